/**
 * The site satisfies its own content security policy: every page kind of a
 * built archive, served by a local static server that sends the headers of
 * the built `_headers` file as real response headers (as Netlify and
 * Cloudflare Pages would), loads in Chromium without one violation: search
 * run (Pagefind's WebAssembly), a video player started, a feed opened. A page
 * with inline code, served the same way, shows the check can fail.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CONTENT_SECURITY_POLICY } from "../../src/archive/header-rules.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, listFiles } from "../helpers/build-site.ts";
import { readHeadersFile } from "../helpers/headers-file.ts";
import { writeNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { writePhoto } from "../helpers/photos.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { videoArticleBody } from "../helpers/video-article.ts";

const PREFIX = "/news/";
const VIDEO_PATH = "articles/2025/05/talks-on-video/";
const CORRECTED_PATH = "articles/2025/05/corrected-report/";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let output: string;

/** Each `path` the site has, one per shape (numbers and names generalised), so new page kinds are covered without being listed. */
function onePagePerShape(site: string): string[] {
  const shapes = new Map<string, string>();
  for (const file of listFiles(site)) {
    if (!file.endsWith(".html")) continue;
    const segments = file.split("/");
    const shape = segments.map((segment, i) => (/^\d+$/.test(segment) ? "#" : i === 0 || i === segments.length - 1 ? segment : "*")).join("/");
    if (!shapes.has(shape)) shapes.set(shape, file.replace(/index\.html$/, ""));
  }
  return [...shapes.values()];
}

/** Opens a site path and returns the policy violations the page reported (the listener is installed before any of the page's code runs). */
async function violationsOn(page: Page, sitePath: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) console.push(message.text());
  });
  const response = await page.goto(new URL(sitePath, server.url).href, { waitUntil: "load" });
  assert.ok(response, `no response for ${sitePath}`);
  assert.equal(response.headers()["content-security-policy"], CONTENT_SECURITY_POLICY, `${sitePath} was served without the policy`);
  if (act) await act(page);
  await page.waitForTimeout(50);
  const reported = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  return [...reported, ...console];
}

before(async () => {
  const archive = await writeNewsroomArchive({ articles: 300, people: 150 });
  const articleFile = (relative: string) => path.join(archive.contentDir, "articles", relative);
  fs.mkdirSync(path.dirname(articleFile("2025/05/x.md")), { recursive: true });
  fs.writeFileSync(
    articleFile("2025/05/talks-on-video.md"),
    `---\ntitle: Talks on video\ndate: 2025-05-14\nsource: Caspian Daily\npeople: [Mira Portrait-Holder]\nplaces: [Switzerland]\n---\n${videoArticleBody()}`,
  );
  fs.writeFileSync(
    articleFile("2025/05/corrected-report.md"),
    [
      "---",
      "title: A corrected report with a table",
      "date: 2025-05-15",
      "source: Caspian Daily",
      "places: [Lebanon]",
      "corrections:",
      "  - date: 2025-05-16",
      "    text: The budget figure was wrong.",
      "---",
      "| Item | Value |\n| --- | ---: |\n| Budget | 1,240 |\n\n- [x] checked\n- [ ] open\n\nA footnote.[^1]\n\n[^1]: The note.",
    ].join("\n"),
  );
  // Everything a publisher and an editor can add: a menu, footer, logo, accent, social image, a page, a person with a photo and links.
  await writePhoto(path.join(archive.contentDir, "_data", "logo.png"), 120, 40, 2);
  await writePhoto(path.join(archive.contentDir, "people", "mira.jpg"), 400, 400, 3);
  fs.appendFileSync(
    path.join(archive.contentDir, "_data", "site.yaml"),
    "menu:\n  - {label: About, url: /about/}\n  - {label: Mastodon, url: 'https://example.social/@news'}\nfooter: Published by an invented newsroom.\nlogo: _data/logo.png\nimage: _data/logo.png\naccent: {light: '#1a5f7a', dark: '#9fd3e6'}\n",
  );
  fs.appendFileSync(
    path.join(archive.contentDir, "_data", "people.yaml"),
    "- name: Mira Portrait-Holder\n  role: Spokesperson\n  wikidata: Q42\n  links: ['https://example.org/mira']\n  image: people/mira.jpg\n",
  );
  fs.mkdirSync(path.join(archive.contentDir, "pages"), { recursive: true });
  fs.writeFileSync(path.join(archive.contentDir, "pages", "about.md"), "---\ntitle: About this archive\n---\nWho we are, with a [link](https://example.org/) and a table:\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
  const built = buildSite(archive.contentDir, { pathPrefix: PREFIX, args: ["--now=2026-01-01T00:00:00Z"] });
  assert.equal(built.status, 0, built.stderr);
  output = built.output;
  // A page breaking the policy, to show the check sees violations.
  fs.writeFileSync(
    path.join(output, "policy-breaker.html"),
    '<!doctype html><html lang="en"><title>x</title><p style="color: red">inline style</p><script>document.title = "ran";</script>',
  );
  server = await serveStatic(output, PREFIX, readHeadersFile(path.join(output, "_headers")));
  browser = await launchBrowser();
  context = await browser.newContext();
  // Runs before every page's own code; an init script is the browser's, not the page's, so the policy does not apply to it.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  // No network here: the players answer with an empty page, which is enough for the frame to load.
  await context.route(/youtube-nocookie\.com|player\.vimeo\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }));
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("the site under its own content security policy", () => {
  it("should write _headers with the policy for every path and long caching only for fingerprinted folders", () => {
    const headersFor = readHeadersFile(path.join(output, "_headers"));
    assert.equal(headersFor(`${PREFIX}articles/x/`)["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert.equal(headersFor(`${PREFIX}articles/x/`)["x-content-type-options"], "nosniff");
    assert.equal(headersFor(`${PREFIX}styles.css`)["cache-control"], undefined, "the stylesheet is not fingerprinted");
    assert.equal(headersFor(`${PREFIX}pagefind/pagefind.js`)["cache-control"], undefined, "Pagefind's entry is not fingerprinted");
    const photo = listFiles(path.join(output, "img"))[0];
    assert.ok(photo, "the archive has processed photos");
    assert.match(headersFor(`${PREFIX}img/${photo}`)["cache-control"] ?? "", /immutable/);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it("should report the violations of a page with an inline style and an inline script (the check can fail)", async () => {
    const page = await context.newPage();
    const violations = await violationsOn(page, "policy-breaker.html");
    await page.close();
    assert.ok(violations.some((line) => line.startsWith("style-src")), violations.join("\n"));
    assert.ok(violations.some((line) => line.startsWith("script-src")), violations.join("\n"));
  });

  it("should load one page of every shape the site has without a violation", async () => {
    const paths = onePagePerShape(output).filter((sitePath) => sitePath !== "policy-breaker.html");
    assert.ok(paths.length >= 15, `only ${paths.length} page shapes: ${paths.join(", ")}`);
    const failures: string[] = [];
    for (const sitePath of [...paths, VIDEO_PATH, CORRECTED_PATH, "about/", "people/mira-portrait-holder/", "feed.xml", "corrections/feed.xml"]) {
      const page = await context.newPage();
      const violations = await violationsOn(page, sitePath);
      await page.close();
      if (violations.length > 0) failures.push(`${sitePath}:\n  ${violations.join("\n  ")}`);
    }
    assert.deepEqual(failures, []);
  });

  it("should search (Pagefind's WebAssembly) without a violation", async () => {
    const page = await context.newPage();
    const violations = await violationsOn(page, "search/", async (searchPage) => {
      await searchPage.getByRole("searchbox").first().fill("report");
      await searchPage.waitForFunction(() => document.querySelectorAll('main a[href*="/articles/"]').length > 0, undefined, { timeout: 20_000 });
    });
    await page.close();
    assert.deepEqual(violations, []);
  });

  it("should start a video player in its frame without a violation", async () => {
    const page = await context.newPage();
    const violations = await violationsOn(page, VIDEO_PATH, async (videoPage) => {
      await videoPage.locator(".video-embed__play").first().click();
      await videoPage.locator("iframe[src*='youtube-nocookie.com']").waitFor();
      await videoPage.frameLocator("iframe").first().locator("title").waitFor({ state: "attached" });
    });
    await page.close();
    assert.deepEqual(violations, []);
  });
});
