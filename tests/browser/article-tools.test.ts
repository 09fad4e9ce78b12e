/**
 * Issue 15 parts 7 and 9 in a real browser (Debian's Chromium), on the
 * newsroom archive (2,000 articles, 1,500 people) with one more article that
 * names a place nothing resolves: copy link and cite this (clipboard granted,
 * refused, and no JavaScript at all), the printed page, plain chips against
 * link chips, a feed shown as a styled page, and axe on the article page and
 * /feeds/ at 390 and 1280 px, light and dark.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { articleText } from "../helpers/fixture.ts";
import { writeNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SITE_URL = "https://archive.example.org";
const ARTICLE_URL = "/articles/2025/06/harbour-talks-atlantis/";
const ADDRESS = `${SITE_URL}${ARTICLE_URL}`;
const TITLE = "Harbour talks resume near Atlantis";
const SCREENSHOTS = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-article-tools-screenshots-"));

let browser: Browser;
let server: StaticServer;
let person: string;

before(async () => {
  const started = performance.now();
  const archive = await writeNewsroomArchive();
  person = archive.people[0]!;
  // One article with a place nothing resolves, so its page has a plain chip beside link chips.
  fs.mkdirSync(path.join(archive.contentDir, "articles/2025/06"), { recursive: true });
  fs.writeFileSync(
    path.join(archive.contentDir, "articles/2025/06/harbour-talks-atlantis.md"),
    articleText({
      path: "",
      frontMatter: { title: TITLE, date: "2025-06-15", source: "Gulf Ledger", people: [person], places: ["Syria", "Atlantis-on-Sea"] },
      body: "Delegates met at the harbour for a new round of talks.",
    }),
  );
  const site = buildSite(archive.contentDir, { args: ["--now=2026-01-01T00:00:00Z"] });
  assert.equal(site.status, 0, site.stderr);
  server = await serveStatic(site.output);
  browser = await launchBrowser();
  console.log(`# newsroom archive written and built in ${Math.round((performance.now() - started) / 1000)} s; screenshots: ${SCREENSHOTS}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: "load" });
  assert.equal(response?.status(), 200, url);
  return page;
}

const statusText = (page: Page) => page.locator(".article-tools__status").textContent();

describe("copy link and cite this", () => {
  it("should copy the canonical address with the keyboard and say so politely", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await open(context, ARTICLE_URL);
    const button = page.getByRole("button", { name: "Copy link" });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".article-tools__status")?.textContent === "Link copied");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ADDRESS);
    assert.equal(await page.locator(".article-tools__status").getAttribute("role"), "status");
    await context.close();
  });

  it("should show a citation with outlet, date, title and absolute address, and copy it", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await open(context, ARTICLE_URL);
    assert.equal(await page.locator("#article-citation").isVisible(), false, "folded until asked for");
    await page.getByText("Cite this article").click();
    const citation = await page.locator("#article-citation").innerText();
    assert.equal(citation, `Gulf Ledger, “${TITLE}”, 15 June 2025, ${ADDRESS}`);
    await page.getByRole("button", { name: "Copy citation" }).click();
    await page.waitForFunction(() => document.querySelector(".article-tools__status")?.textContent === "Citation copied");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
    await context.close();
  });

  it("should select the address for the keyboard when the clipboard refuses", async () => {
    const context = await browser.newContext();
    // A string, not a function: tsx would wrap a function's inner functions in a helper the page does not have.
    await context.addInitScript(`{
      const refusing = { writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) };
      Object.defineProperty(Navigator.prototype, "clipboard", { configurable: true, get: () => refusing });
    }`);
    const page = await open(context, ARTICLE_URL);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.waitForFunction(() => (document.querySelector(".article-tools__status")?.textContent ?? "").length > 0);
    assert.match((await statusText(page)) ?? "", /text is selected/);
    assert.equal(await page.evaluate(() => window.getSelection()?.toString()), ADDRESS);
    await context.close();
  });

  it("should leave the address and citation as text, and no copy button, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, ARTICLE_URL);
    assert.equal(await page.locator(".article-tools__copy").count(), 2);
    for (const button of await page.locator(".article-tools__copy").all()) assert.equal(await button.isVisible(), false);
    assert.equal(await page.locator("#article-address").innerText(), ADDRESS);
    await context.close();
  });

  it("should load the script on article pages only", async () => {
    const context = await browser.newContext();
    const page = await open(context, "/feeds/");
    assert.equal(await page.locator("script[src$='article-tools.js']").count(), 0);
    await context.close();
  });
});

describe("printing", () => {
  it("should hide navigation, search and the tools, and end with the site's name and the page's address", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, ARTICLE_URL);
    const line = page.locator(".print-address");
    assert.equal(await line.isVisible(), false, "not on screen");
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".site-nav", ".article-tools", ".breadcrumbs", ".article-nav", ".back-to-top"]) {
      assert.equal(await page.locator(selector).first().isVisible(), false, selector);
    }
    assert.equal(await line.isVisible(), true);
    assert.equal(await line.innerText(), `Printed from Newsroom Archive: ${ADDRESS}`);
    // It is the last thing printed: nothing visible comes below it.
    const below = await page.evaluate(() => {
      const lineBox = document.querySelector(".print-address")!.getBoundingClientRect();
      return [...document.querySelectorAll("body *")].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.top >= lineBox.bottom;
      }).length;
    });
    assert.equal(below, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "article-print.png"), fullPage: true });
    const pdf = await page.pdf();
    assert.ok(pdf.length > 1000, "prints to PDF");
    await context.close();
  });
});

describe("chips", () => {
  it("should show a place that is not a link as plain text, unlike link chips, which keep 24×24 px targets", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await open(context, ARTICLE_URL);
    const style = (selector: string) =>
      page.locator(selector).first().evaluate((element) => {
        const computed = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return { color: computed.color, background: computed.backgroundColor, border: computed.borderTopColor, width: box.width, height: box.height };
      });
    const plain = await style(".chip--plain");
    const link = await style("a.chip");
    assert.equal(await page.locator(".chip--plain").first().innerText(), "Atlantis-on-Sea");
    assert.equal(plain.background, "rgba(0, 0, 0, 0)", "no pill");
    assert.equal(plain.border, "rgba(0, 0, 0, 0)", "no border");
    assert.notEqual(plain.color, link.color);
    assert.notEqual(link.background, "rgba(0, 0, 0, 0)");
    for (const chip of await page.locator("a.chip").all()) {
      const box = (await chip.boundingBox())!;
      assert.ok(box.width >= 24 && box.height >= 24, `${await chip.innerText()}: ${box.width}×${box.height}`);
    }
    await context.close();
  });
});

describe("a feed in the browser", () => {
  it("should show /feed.xml as a styled page whose note links to /feeds/", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, "/feed.xml");
    const shown = await page.evaluate(() => {
      const root = document.documentElement;
      const entryTitle = document.querySelector("entry > title")!;
      const content = document.querySelector("entry > content")!;
      return {
        stylesheets: document.styleSheets.length,
        root: getComputedStyle(root).display,
        entryTitle: getComputedStyle(entryTitle).display,
        content: getComputedStyle(content).display,
      };
    });
    assert.deepEqual(shown, { stylesheets: 1, root: "block", entryTitle: "block", content: "none" });
    await page.screenshot({ path: path.join(SCREENSHOTS, "feed-1280.png") });
    const link = page.getByRole("link", { name: "What feeds are and how to follow one" });
    assert.equal(await link.getAttribute("href"), `${SITE_URL}/feeds/`);
    await context.close();
  });
});

describe("accessibility", () => {
  for (const url of [ARTICLE_URL, "/feeds/"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [390, 1280]) {
        it(`should have no axe violations on ${url} at ${width} px, ${colorScheme}`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
          const page = await open(context, url);
          if (url === ARTICLE_URL) await page.getByText("Cite this article").click();
          assert.deepEqual(await runAxe(page), [], `${url} ${width} ${colorScheme}`);
          const name = url.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          await context.close();
        });
      }
    }
  }
});
