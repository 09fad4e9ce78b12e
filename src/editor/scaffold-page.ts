/**
 * `npm run new -- --page about`: a new page file of the site's own,
 * `pages/about.md`, with front matter the build accepts. Never overwrites: a
 * page already at that address (as `about.md` or `about/index.md`) is refused.
 */
import fs from "node:fs";
import path from "node:path";
import { ARTICLES_FOLDER_URL, contentPageUrl, FEEDS_URL, reservedFolderOf } from "../archive/urls.ts";
import { pageSegments } from "../content/content-page.ts";
import { parsePage } from "../content/parse-page.ts";

/** A page that cannot be made, with what to do instead. */
export class PageScaffoldError extends Error {
  override name = "PageScaffoldError";
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** What a new page's text says until its editor writes it. */
export const PAGE_BODY_PLACEHOLDER = "Write the page here, in Markdown.";

/** Writes `<contentDir>/pages/<name>.md` (`name` as `about` or `press/contact`, `.md` optional) and returns its path. */
export function scaffoldPage(contentDir: string, name: string, title?: string): string {
  const cleaned = name.trim().replace(/\.md$/, "").replace(/^\/+|\/+$/g, "");
  const named = pageSegments(`pages/${cleaned}.md`);
  if (cleaned === "" || "mistake" in named) {
    throw new PageScaffoldError(
      `"${name}" cannot be a page's name${"mistake" in named ? `: ${named.mistake}` : ""}`,
      "name it with lowercase ASCII letters, digits and hyphens, with / between folders, e.g. --page about or --page press/contact",
    );
  }
  // A page the next build would refuse (its URL is one the site makes) is not written at all.
  const url = contentPageUrl(named.segments);
  const taken = reservedFolderOf(url) ?? (url.startsWith(ARTICLES_FOLDER_URL) ? ARTICLES_FOLDER_URL : url === FEEDS_URL ? FEEDS_URL : undefined);
  if (taken) throw new PageScaffoldError(`the page would be at ${url}, under ${taken}, where the site makes its own pages`, "choose another name, e.g. --page about");
  const file = path.join(contentDir, "pages", ...named.segments) + ".md";
  const twin = path.join(contentDir, "pages", ...named.segments, "index.md");
  if (fs.existsSync(twin)) throw new PageScaffoldError(`${twin} is already the page at /${named.segments.join("/")}/`, "edit that file instead");
  const text = `---\ntitle: ${JSON.stringify(oneLine(title ?? titleOf(named.segments.at(-1)!)))}\ndescription: ""\n---\n\n${PAGE_BODY_PLACEHOLDER}\n`;
  // Belt and braces: parse the finished file as the build will.
  const check = parsePage(file, text);
  if (!check.page) throw new PageScaffoldError(check.problems.map((p) => `${p.field ?? "front matter"}: ${p.message}`).join("; "), "give a plain-text --title");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx" fails when the file exists, even if it appeared a moment ago: nothing is ever overwritten.
    fs.writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new PageScaffoldError(`${file} already exists`, "edit it, or choose another name");
  }
  return file;
}

/** `contact-us` → `Contact us`: a first title the editor will likely change. */
function titleOf(segment: string): string {
  const words = segment.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function oneLine(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}
