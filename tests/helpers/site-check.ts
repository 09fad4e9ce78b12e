/** Whole-site checks on a built site: HTML validity (html-validate) and internal links, crawled from every page. */
import fs from "node:fs";
import path from "node:path";
import { parse } from "parse5";
import { HtmlValidate, type ConfigData } from "html-validate";
import { listFiles } from "./build-site.ts";
import { attr, elementsIn } from "./html.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The project's html-validate configuration (`.htmlvalidate.json`), the one the CLI uses too. */
export function htmlValidateConfig(): ConfigData {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
  return { ...config, root: true };
}

/** Every HTML page of a built site (the search bundle's own files left out), relative paths. */
export function htmlPages(output: string): string[] {
  return listFiles(output).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
}

/** The URL a built file is served at (`people/x/index.html` → `/news/people/x/`). */
export function urlOfFile(file: string, prefix = "/"): string {
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  return base + (file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file);
}

/** Every html-validate error in the site, one line each: `file:line:column rule: message`. */
export async function htmlErrors(output: string): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig());
  const errors: string[] = [];
  for (const file of htmlPages(output)) {
    const report = await validator.validateString(fs.readFileSync(path.join(output, file), "utf8"), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}

/** Attributes that hold a URL, on any element. */
const URL_ATTRIBUTES = ["href", "src", "poster", "action", "cite"];

/** What a crawl found. */
export interface Crawl {
  /** Internal links checked (with fragment targets), counted once per page and URL. */
  checked: number;
  /** `page → url: reason` for every link that leads nowhere. */
  broken: string[];
}

/**
 * Follows every internal URL in every page (links, stylesheets, scripts,
 * images, meta refresh, canonical and OpenGraph URLs on the site's own
 * address) and reports those that lead to no file, or to no element with the
 * fragment's id. URLs outside the path prefix are broken too: they would leave
 * the site when it is hosted under the prefix.
 */
export function crawl(output: string, options: { prefix?: string; siteUrl: string }): Crawl {
  const prefix = options.prefix ?? "/";
  const siteOrigin = new URL(options.siteUrl).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const document = parse(fs.readFileSync(file, "utf8"));
      found = new Set(elementsIn(document as never).flatMap((element) => [attr(element, "id"), attr(element, "name")]).filter((v): v is string => !!v));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of htmlPages(output)) {
    const pageUrl = new URL(urlOfFile(page, prefix), siteOrigin);
    const document = parse(fs.readFileSync(path.join(output, page), "utf8"));
    const urls = new Set<string>();
    for (const element of elementsIn(document as never)) {
      for (const name of URL_ATTRIBUTES) {
        const value = attr(element, name);
        if (value !== undefined) urls.add(value);
      }
      const srcset = attr(element, "srcset");
      if (srcset) for (const candidate of srcset.split(",")) urls.add(candidate.trim().split(/\s+/)[0]!);
      const content = attr(element, "content");
      if (element.tagName === "meta" && content) {
        if (attr(element, "http-equiv")?.toLowerCase() === "refresh") urls.add(content.replace(/^\s*\d+\s*;\s*url=/i, ""));
        else if (/^https?:\/\//.test(content)) urls.add(content);
      }
    }
    for (const raw of urls) {
      if (/^(mailto|tel|javascript|data):/i.test(raw)) continue;
      const target = new URL(raw, pageUrl);
      if (target.origin !== siteOrigin) continue;
      checked++;
      const reason = missing(output, prefix, target, idsOf);
      if (reason) broken.push(`${urlOfFile(page, prefix)} → ${raw}: ${reason}`);
    }
  }
  return { checked, broken };
}

function missing(output: string, prefix: string, target: URL, idsOf: (file: string) => Set<string>): string | undefined {
  const pathname = decodeURIComponent(target.pathname);
  if (!pathname.startsWith(prefix)) return `outside the path prefix ${prefix}`;
  const relative = pathname.slice(prefix.length);
  const file = path.join(output, relative.endsWith("/") || relative === "" ? `${relative}index.html` : relative);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return "no such file";
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && file.endsWith(".html") && !idsOf(file).has(fragment)) return `no element with id "${fragment}"`;
  return undefined;
}
