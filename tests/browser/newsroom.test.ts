/**
 * Every page kind of a newsroom-sized archive (2,000 articles, 1,500 people)
 * and of an archive with no articles at all, in a real browser (Debian's
 * Chromium): axe-core with the WCAG 2.2 AA and best-practice rule sets, no
 * sideways scrolling and no console errors at 390 px and 1280 px, light and
 * dark; and every page kind's weight, HTML plus the stylesheet gzipped, within
 * the budgets (60 KB here, 20 KB for every page of the example site).
 * The weights are printed as a table (`t.diagnostic`) for the notes that quote them.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { PROJECT_CONTENT, tempDir } from "../helpers/fixture.ts";
import { buildNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { htmlPages, urlOfFile } from "../helpers/site-check.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const NEWSROOM_BUDGET = 60 * 1024;
const EXAMPLE_BUDGET = 20 * 1024;
const NOT_FOUND = "/no-such-page/";
const VIEWS = [
  { width: 390, height: 844, scheme: "light" },
  { width: 390, height: 844, scheme: "dark" },
  { width: 1280, height: 800, scheme: "light" },
  { width: 1280, height: 800, scheme: "dark" },
] as const;

/** One page of a kind, as a site path. */
interface PageKind {
  kind: string;
  path: string;
}

/** A built site served over HTTP, and its page kinds. */
interface Site {
  output: string;
  server: StaticServer;
  kinds: PageKind[];
}

let browser: Browser;
let newsroom: Site;
let empty: Site;

/** The site path of a page folder under `output` (`people/x` → `/people/x/`). */
function sitePath(folder: string): string {
  return urlOfFile(`${folder}/index.html`);
}

/** Subfolders of `dir` that hold a page, sorted. */
function pageFolders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "index.html")))
    .map((entry) => entry.name)
    .sort();
}

/** How many pages an entity's list has (1 when it has no `page/` folder). */
function listPages(dir: string): number {
  return pageFolders(path.join(dir, "page")).length + 1;
}

/** One URL of every page kind, found in the built output: the busiest person, country, source and month, a newest year. */
function pageKinds(output: string): PageKind[] {
  const kinds: PageKind[] = [{ kind: "home", path: "/" }];
  if (fs.existsSync(path.join(output, "page/2/index.html"))) kinds.push({ kind: "home page 2", path: "/page/2/" });
  // Article pages, not the small redirect pages of old addresses.
  const articles = htmlPages(output)
    .filter((file) => file.startsWith("articles/"))
    .map((file) => ({ file, html: fs.readFileSync(path.join(output, file), "utf8") }))
    .filter(({ html }) => html.includes('<article class="article'));
  const withPhoto = articles.find(({ html }) => html.includes('class="lead-photo"'))?.file;
  const plain = articles.find(({ html }) => !html.includes('class="lead-photo"'))?.file;
  if (plain) kinds.push({ kind: "article", path: urlOfFile(plain) });
  if (withPhoto) kinds.push({ kind: "article with lead photo", path: urlOfFile(withPhoto) });
  const busiest = (section: string) => pageFolders(path.join(output, section)).sort((a, b) => listPages(path.join(output, section, b)) - listPages(path.join(output, section, a)))[0];
  for (const [index, entity, section] of [["people index", "person", "people"], ["country index", "country", "countries"], ["sources", "source", "sources"]] as const) {
    if (fs.existsSync(path.join(output, section, "index.html"))) kinds.push({ kind: index, path: `/${section}/` });
    const one = busiest(section);
    if (one) kinds.push({ kind: entity, path: sitePath(`${section}/${one}`) });
  }
  kinds.push({ kind: "archive", path: "/archive/" });
  const year = pageFolders(path.join(output, "archive")).at(-1);
  if (year) {
    kinds.push({ kind: "year", path: sitePath(`archive/${year}`) });
    const month = pageFolders(path.join(output, "archive", year)).filter((name) => /^\d\d$/.test(name))[0];
    if (month) kinds.push({ kind: "month", path: sitePath(`archive/${year}/${month}`) });
  }
  kinds.push({ kind: "corrections", path: "/corrections/" }, { kind: "search", path: "/search/" }, { kind: "404", path: NOT_FOUND });
  return kinds;
}

/** Gzipped bytes of a page's HTML plus the stylesheet: what a first visit to it downloads before images and scripts. */
function pageWeight(output: string, kind: PageKind): { html: number; css: number } {
  const file = kind.path === NOT_FOUND ? path.join(output, "404.html") : path.join(output, kind.path, "index.html");
  return { html: zlib.gzipSync(fs.readFileSync(file)).length, css: zlib.gzipSync(fs.readFileSync(path.join(output, "styles.css"))).length };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function serve(output: string): Promise<Site> {
  return { output, server: await serveStatic(output), kinds: pageKinds(output) };
}

before(async () => {
  const [built] = await Promise.all([buildNewsroomArchive(), launchBrowser().then((b) => (browser = b))]);
  newsroom = await serve(built.output);
  const nothing = buildSite(tempDir(), { args: ["--allow-empty"] });
  assert.equal(nothing.status, 0, nothing.stderr);
  empty = await serve(nothing.output);
});

after(async () => {
  await browser?.close();
  await newsroom?.server.close();
  await empty?.server.close();
});

/** Loads every page kind of `site` in one view and returns what went wrong, by page kind. */
async function checkPages(site: Site, view: (typeof VIEWS)[number]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: view.scheme, ...(view.width < 600 && { isMobile: true, hasTouch: true }) });
  const page: Page = await context.newPage();
  const found: string[] = [];
  let current = "";
  page.on("console", (message) => {
    // The browser reports the 404 page's own status as a console error; that one is expected.
    if (message.type() === "error" && !(current === "404" && message.text().includes("404"))) found.push(`${current}: console: ${message.text()}`);
  });
  page.on("pageerror", (error) => found.push(`${current}: script error: ${error.message}`));
  try {
    for (const { kind, path: sitePath } of site.kinds) {
      current = kind;
      const response = await page.goto(new URL(sitePath.replace(/^\//, ""), site.server.url).href, { waitUntil: kind === "search" ? "networkidle" : "load" });
      assert.equal(response?.status(), sitePath === NOT_FOUND ? 404 : 200, `${kind} ${sitePath}`);
      for (const violation of await runAxe(page)) found.push(`${kind} ${sitePath}: axe ${violation.rule} (${violation.impact}): ${violation.help} at ${violation.targets.join(", ")}`);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (scrollWidth! > innerWidth!) found.push(`${kind} ${sitePath}: scrolls sideways, ${scrollWidth} > ${innerWidth} px`);
    }
  } finally {
    await context.close();
  }
  return found;
}

// The four views of a site are independent: run them side by side (each has its own browser context).
describe("a newsroom-sized archive in the browser", { concurrency: true }, () => {
  it("should find every page kind in the built output", () => {
    assert.deepEqual(
      newsroom.kinds.map((k) => k.kind),
      ["home", "home page 2", "article", "article with lead photo", "people index", "person", "country index", "country", "sources", "source", "archive", "year", "month", "corrections", "search", "404"],
    );
  });

  for (const view of VIEWS) {
    it(`should pass axe, never scroll sideways and log no errors on every page kind at ${view.width} px, ${view.scheme}`, async () => {
      assert.deepEqual(await checkPages(newsroom, view), []);
    });
  }

  it("should keep every page kind's HTML and CSS within 60 KB gzipped", (t) => {
    const rows = newsroom.kinds.map((kind) => ({ kind, ...pageWeight(newsroom.output, kind) }));
    t.diagnostic("page kind | path | HTML KB gz | + CSS KB gz | total KB gz");
    for (const { kind, html, css } of rows) t.diagnostic(`${kind.kind} | ${kind.path} | ${kb(html)} | ${kb(css)} | ${kb(html + css)}`);
    const over = rows.filter(({ html, css }) => html + css > NEWSROOM_BUDGET).map(({ kind, html, css }) => `${kind.kind} ${kind.path}: ${kb(html + css)} KB`);
    assert.deepEqual(over, [], "over the 60 KB budget");
  });
});

describe("an archive with no articles in the browser", { concurrency: true }, () => {
  for (const view of VIEWS) {
    it(`should pass axe, never scroll sideways and log no errors on every page it has at ${view.width} px, ${view.scheme}`, async () => {
      assert.deepEqual(await checkPages(empty, view), []);
    });
  }

  it("should say on /archive/ that nothing is there yet", async () => {
    const html = fs.readFileSync(path.join(empty.output, "archive/index.html"), "utf8");
    assert.match(html, /<p class="empty">No articles yet\.<\/p>/);
    assert.doesNotMatch(html, /<table/);
  });
});

describe("the example site", () => {
  it("should keep every page's HTML and CSS within 20 KB gzipped", (t) => {
    const built = buildSite(PROJECT_CONTENT);
    assert.equal(built.status, 0, built.stderr);
    const css = zlib.gzipSync(fs.readFileSync(path.join(built.output, "styles.css"))).length;
    const pages = htmlPages(built.output).map((file) => ({ path: urlOfFile(file), html: zlib.gzipSync(fs.readFileSync(path.join(built.output, file))).length }));
    const heaviest = [...pages].sort((a, b) => b.html - a.html)[0]!;
    t.diagnostic(`example site: ${pages.length} pages, heaviest ${heaviest.path} ${kb(heaviest.html)} KB + CSS ${kb(css)} KB = ${kb(heaviest.html + css)} KB gzipped`);
    const over = pages.filter((page) => page.html + css > EXAMPLE_BUDGET).map((page) => `${page.path}: ${kb(page.html + css)} KB`);
    assert.deepEqual(over, [], "over the 20 KB budget");
  });
});
