/**
 * The reader's experience in a real browser (Debian's Chromium): a walk from
 * the home page through real links, axe-core on every page kind in both color
 * schemes, phones that never scroll sideways, no console errors, and
 * screenshots of every page kind kept for a person to look at.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildReaderSite, GFM_URL, SEED_URL } from "../helpers/reader-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

/** One page of each kind the site has (more kinds, e.g. search, are appended here). */
const PAGE_KINDS: { kind: string; path: string }[] = [
  { kind: "home", path: "/" },
  { kind: "home-page-2", path: "/page/2/" },
  { kind: "article", path: SEED_URL },
  { kind: "article-other-language", path: "/articles/2025/03/rapport-en-francais/" },
  { kind: "article-corrected", path: "/articles/2025/02/invented-report-2/" },
  { kind: "article-gfm", path: GFM_URL },
  { kind: "people", path: "/people/" },
  { kind: "person", path: "/people/yalchin-rafiyev/" },
  { kind: "person-page-2", path: "/people/yalchin-rafiyev/page/2/" },
  { kind: "countries", path: "/countries/" },
  { kind: "country", path: "/countries/syria/" },
  { kind: "sources", path: "/sources/" },
  { kind: "source", path: "/sources/fictional-wire/" },
  { kind: "corrections", path: "/corrections/" },
  { kind: "not-found", path: "/no-such-page/" },
];

const SCHEMES = ["light", "dark"] as const;

let server: StaticServer;
let browser: Browser;
let screenshots: string;
/** Every console error, page error and failed request on any page, with the page it happened on. */
const problems: string[] = [];

/** A page that records its console errors, script errors and failed requests into `problems`. */
async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: script error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`${page.url()}: request failed: ${request.url()}`));
  return page;
}

/** Full URL of a site path on the test server. */
function urlOf(sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), server.url).href;
}

async function goto(page: Page, sitePath: string, expectStatus = 200): Promise<void> {
  const response = await page.goto(urlOf(sitePath));
  const expected = sitePath === "/no-such-page/" ? 404 : expectStatus;
  assert.equal(response?.status(), expected, `status of ${sitePath}`);
}

before(async () => {
  const site = buildReaderSite();
  server = await serveStatic(site.output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-screenshots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("a reader's walk through the archive", () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await watchedPage(context);
  });
  after(() => context.close());

  it("should open the home page with the latest articles", async () => {
    await goto(page, "/");
    assert.equal(await page.locator("h1").textContent(), "Latest articles");
    assert.equal(await page.locator(".site-nav [aria-current=page]").textContent(), "Home");
  });

  it("should reach the seed article by the link on the home page's last page", async () => {
    // The seed is the oldest article: follow the pagination to its page, as a reader would.
    await page.locator(".pagination a", { hasText: /^4$/ }).click();
    await page.waitForURL(urlOf("/page/4/"));
    await page.getByRole("link", { name: /Azerbaijani delegation visits Damascus/ }).click();
    await page.waitForURL(urlOf(SEED_URL));
    assert.match((await page.locator("h1").textContent()) ?? "", /^Azerbaijani delegation visits Damascus/);
    assert.equal(await page.locator(".breadcrumbs [aria-current=page]").count(), 1);
    assert.equal(await page.locator(".related__list li").count(), 5);
    assert.equal(await page.locator(".article-nav a[rel=next]").count(), 1);
  });

  it("should reach Yalchin Rafiyev's page from the article's people", async () => {
    await page.locator(".article__entities").getByRole("link", { name: "Yalchin Rafiyev" }).click();
    await page.waitForURL(urlOf("/people/yalchin-rafiyev/"));
    assert.equal(await page.locator("h1").textContent(), "Yalchin Rafiyev");
    assert.equal(await page.locator(".timeline svg[role=img]").count(), 1);
    assert.match((await page.locator(".timeline__summary").textContent()) ?? "", /^7 articles from December 2024 to April 2025/);
  });

  it("should reach Syria's page from the person's countries", async () => {
    await page.locator(".entity__aside").getByRole("link", { name: /^Syria/ }).click();
    await page.waitForURL(urlOf("/countries/syria/"));
    assert.match((await page.locator("h1").textContent()) ?? "", /Syria$/);
    assert.equal(await page.locator(".site-nav [aria-current=page]").textContent(), "Countries");
    assert.ok((await page.locator(".article-list li").count()) > 0);
  });

  it("should reach a country's page from the world map", async () => {
    await page.locator(".site-nav").getByRole("link", { name: "Countries" }).click();
    await page.waitForURL(urlOf("/countries/"));
    await page.locator(".world-map__svg").getByRole("link", { name: "Kenya, KE: 2 articles" }).click();
    await page.waitForURL(urlOf("/countries/kenya/"));
    assert.match((await page.locator("h1").textContent()) ?? "", /Kenya$/);
  });

  // The search step (/search/, Pagefind) is appended here when search lands.
});

describe("keyboard and no-JavaScript reading", () => {
  it("should show the skip link first and land on the main content", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await watchedPage(context);
    await goto(page, SEED_URL);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0, "the focused skip link is on screen");
    await page.keyboard.press("Enter");
    // The fragment navigation is the browser's, a moment after the key: wait for it, then check where it went.
    await page.waitForURL(/#main$/, { timeout: 5_000 });
    assert.equal(new URL(page.url()).hash, "#main");
    // Back to top is a plain link to the header.
    await page.locator(".back-to-top a").click();
    await page.waitForURL(/#top$/, { timeout: 5_000 });
    assert.equal(new URL(page.url()).hash, "#top");
    assert.equal(await page.evaluate(() => Math.round(window.scrollY)), 0);
    await context.close();
  });
});

for (const scheme of SCHEMES) {
  describe(`every page kind in the ${scheme} color scheme`, () => {
    it("should have no axe violations, one h1, and be kept as a screenshot", async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const page = await watchedPage(context);
      const found: Record<string, unknown> = {};
      for (const { kind, path: sitePath } of PAGE_KINDS) {
        await goto(page, sitePath);
        const violations = await runAxe(page);
        if (violations.length > 0) found[kind] = violations;
        assert.equal(await page.locator("h1").count(), 1, `${kind}: one h1`);
        await page.screenshot({ path: path.join(screenshots, `${kind}-${scheme}-1280.png`), fullPage: true });
      }
      await context.close();
      assert.deepEqual(found, {}, `axe violations (${scheme}):\n${JSON.stringify(found, null, 2)}`);
    });

    it("should not scroll sideways on a 390 px phone", async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, isMobile: true, hasTouch: true });
      const page = await watchedPage(context);
      const wide: string[] = [];
      for (const { kind, path: sitePath } of PAGE_KINDS) {
        await goto(page, sitePath);
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scrollWidth! > innerWidth!) wide.push(`${kind}: ${scrollWidth} > ${innerWidth}`);
        await page.screenshot({ path: path.join(screenshots, `${kind}-${scheme}-390.png`), fullPage: true });
      }
      await context.close();
      assert.deepEqual(wide, []);
    });
  });
}

describe("GitHub-flavoured Markdown in an article", () => {
  it("should scroll a 12-column table inside its focusable region on a 390 px phone, never the page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await watchedPage(context);
    await goto(page, GFM_URL);
    const region = page.locator(".table-scroll", { has: page.locator("th", { hasText: "Registered" }) });
    assert.equal(await region.locator("th").count(), 12);
    const [pageWidth, regionWidth, tableWidth] = await region.evaluate((element) => [
      document.documentElement.scrollWidth,
      element.clientWidth,
      element.scrollWidth,
    ]);
    assert.ok(pageWidth! <= 390, `the page is ${pageWidth} px wide`);
    assert.ok(tableWidth! > regionWidth!, `the table (${tableWidth} px) scrolls in its region (${regionWidth} px)`);
    // A keyboard reader can focus the region and scroll it with the arrow keys.
    await region.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.className), "table-scroll");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0);
    await context.close();
  });

  it("should hide a section's link until its heading is hovered or the link is focused, and lead to the heading", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await watchedPage(context);
    await goto(page, GFM_URL);
    const anchor = page.locator("h2 .heading-anchor").first();
    const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
    assert.equal(await opacity(), "0");
    await anchor.focus();
    assert.equal(await opacity(), "1");
    assert.equal(await anchor.getAttribute("aria-label"), "Link to this section: Results by region");
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    assert.equal(await opacity(), "0");
    await anchor.locator("xpath=..").hover();
    assert.equal(await opacity(), "1");
    await anchor.click();
    assert.equal(new URL(page.url()).hash, "#user-content-results-by-region");
    assert.equal(await page.evaluate(() => document.querySelector(":target")?.tagName), "H2");
    await context.close();
  });
});

describe("pages in another language", () => {
  it("should mark the title, summary and body of an article written in French with lang=fr inside an English page", async () => {
    const context = await browser.newContext();
    const page = await watchedPage(context);
    await goto(page, "/articles/2025/03/rapport-en-francais/");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    // The title, summary and body are the article's; its date line and facts are in the site's language.
    assert.equal(await page.locator("h1.article__title").getAttribute("lang"), "fr");
    assert.equal(await page.locator(".article__body").getAttribute("lang"), "fr");
    assert.equal(await page.locator(".dateline").evaluate((element) => element.closest("[lang]")?.getAttribute("lang")), "en");
    await context.close();
  });
});

describe("console", () => {
  it("should have logged no errors and failed no requests on any page visited", () => {
    // The 404 page is asked for on purpose; Chromium logs its status as a console error.
    const unexpected = problems.filter((problem) => !problem.includes("/no-such-page/: console: Failed to load resource"));
    assert.deepEqual(unexpected, []);
  });
});
