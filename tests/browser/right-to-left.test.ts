/**
 * Right-to-left text in a real browser (Debian's Chromium): an Arabic site
 * whose whole layout mirrors, and an Arabic article on an English site whose
 * title and body run right to left while the page around them does not;
 * axe-core in both color schemes, and screenshots at a phone's and a desktop's
 * width kept for a person to look at.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { ARABIC_URL, buildRtlSite, ENGLISH_URL } from "../helpers/rtl-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [390, 1280] as const;

let browser: Browser;
let arabicSite: StaticServer;
let englishSite: StaticServer;
let screenshots: string;

before(async () => {
  arabicSite = await serveStatic(buildRtlSite("ar").output);
  englishSite = await serveStatic(buildRtlSite("en").output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-rtl-screenshots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await arabicSite?.close();
  await englishSite?.close();
});

async function open(server: StaticServer, sitePath: string, options: { width?: number; scheme?: "light" | "dark" } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.scheme ?? "light" });
  const response = await page.goto(new URL(sitePath.replace(/^\//, ""), server.url).href);
  assert.equal(response?.status(), 200, sitePath);
  return page;
}

/** The lines of the first element matching `selector` (the left and right ends of its text on each), and the box of the element it is laid out in. */
interface Lines {
  lines: { left: number; right: number }[];
  boxLeft: number;
  boxRight: number;
}

async function textLines(page: Page, selector: string, container: string): Promise<Lines> {
  return page.locator(selector).first().evaluate((element, containerSelector) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const byTop = new Map<number, { left: number; right: number }>();
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      const top = Math.round(rect.top + rect.height / 2);
      const line = [...byTop.entries()].find(([key]) => Math.abs(key - top) < rect.height / 2)?.[1];
      if (line) {
        line.left = Math.min(line.left, rect.left);
        line.right = Math.max(line.right, rect.right);
      } else byTop.set(top, { left: rect.left, right: rect.right });
    }
    const box = (element.closest(containerSelector) ?? element).getBoundingClientRect();
    return { lines: [...byTop.values()], boxLeft: box.left, boxRight: box.right };
  }, container);
}

/** Text that starts at the right: every line ends on the box's right edge, and some line leaves room on its left. */
async function startsAtRight(page: Page, selector: string, container: string, what: string): Promise<void> {
  const { lines, boxLeft, boxRight } = await textLines(page, selector, container);
  assert.ok(lines.length > 0, `${what}: no text`);
  for (const line of lines) assert.ok(Math.abs(line.right - boxRight) < 2, `${what}: a line ends at ${line.right}, its box at ${boxRight}`);
  assert.ok(lines.some((line) => line.left > boxLeft + 8), `${what}: every line reaches the box's left edge`);
}

/** Text that starts at the left: every line starts on the box's left edge, and some line leaves room on its right. */
async function startsAtLeft(page: Page, selector: string, container: string, what: string): Promise<void> {
  const { lines, boxLeft, boxRight } = await textLines(page, selector, container);
  assert.ok(lines.length > 0, `${what}: no text`);
  for (const line of lines) assert.ok(Math.abs(line.left - boxLeft) < 2, `${what}: a line starts at ${line.left}, its box at ${boxLeft}`);
  assert.ok(lines.some((line) => line.right < boxRight - 8), `${what}: every line reaches the box's right edge`);
}

describe("an Arabic site", () => {
  for (const width of WIDTHS) {
    it(`should mirror the header, breadcrumbs, lists and arrows at ${width} px`, async () => {
      const page = await open(arabicSite, "/", { width });
      assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
      const [title, content] = await page.locator(".site-title").evaluate((element) => {
        const header = element.parentElement!;
        return [element.getBoundingClientRect().right, header.getBoundingClientRect().right - parseFloat(getComputedStyle(header).paddingRight)];
      });
      assert.ok(Math.abs(title! - content!) < 2, `the site's name sits at the right (${title} vs ${content})`);
      const name = (await page.locator(".site-title").boundingBox())!;
      const nav = (await page.locator(".site-nav li").first().boundingBox())!;
      if (width > 600) assert.ok(nav.x < name.x, "the navigation is on the left of the name");
      else assert.ok(nav.x + nav.width > name.x, "the navigation's first link starts at the right, under the name");
      await startsAtRight(page, ".article-item__title", ".article-list", "first list item's title");
      await startsAtRight(page, ".article-item__meta", ".article-list", "first list item's date line");
      const arrow = await page.locator(".pagination .arrow").first().evaluate((element) => getComputedStyle(element).transform);
      assert.match(arrow, /^matrix\(-1, 0, 0, 1,/, "the Older arrow is turned to point left");
      await page.goto(new URL(ARABIC_URL.replace(/^\//, ""), arabicSite.url).href);
      const crumbs = page.locator(".breadcrumbs li");
      const home = (await crumbs.first().boundingBox())!;
      const current = (await crumbs.last().boundingBox())!;
      assert.ok(home.x > current.x, "the breadcrumbs start at the right");
      await startsAtRight(page, ".article__body p", ".article__body", "the body's first paragraph");
      const quote = await page.locator(".article__body blockquote").evaluate((element) => {
        const style = getComputedStyle(element);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
      assert.deepEqual(quote, { right: "3px", left: "0px" }, "a quotation's rule is on its start side, the right");
      await page.goto(new URL("people/yalchin-rafiyev/", arabicSite.url).href);
      const chart = await page.locator(".timeline__chart").evaluate((element) => getComputedStyle(element).transform);
      assert.match(chart, /^matrix\(-1, 0, 0, 1,/, "the timeline runs from the right, as its range does");
      await page.close();
    });
  }

  it("should run an English article's title and body left to right inside the mirrored page", async () => {
    const page = await open(arabicSite, ENGLISH_URL);
    await startsAtLeft(page, ".article__body p", ".article__body", "the English body");
    await startsAtRight(page, ".dateline", ".article", "the site's date line");
    await page.close();
  });

  for (const scheme of SCHEMES) {
    it(`should pass axe on the home page, both articles and a person, ${scheme}`, async () => {
      for (const sitePath of ["/", ARABIC_URL, ENGLISH_URL, "/people/yalchin-rafiyev/"]) {
        const page = await open(arabicSite, sitePath, { scheme });
        assert.deepEqual(await runAxe(page), [], `${sitePath} (${scheme})`);
        await page.close();
      }
    });
  }
});

describe("an Arabic article on an English site", () => {
  it("should right-align the article's title, summary and body and keep the page's chrome left to right", async () => {
    const page = await open(englishSite, ARABIC_URL);
    assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
    await startsAtRight(page, ".article__title", ".article", "the title");
    await startsAtRight(page, ".article__summary", ".article", "the summary");
    await startsAtRight(page, ".article__body p", ".article__body", "the body");
    await startsAtLeft(page, ".dateline", ".article", "the site's date line");
    await startsAtLeft(page, ".article__facts", ".article", "the reading time");
    const title = (await page.locator(".site-title").boundingBox())!;
    const nav = (await page.locator(".site-nav li").first().boundingBox())!;
    assert.ok(title.x < nav.x, "the header is not mirrored");
    const arrow = await page.locator(".article-nav .arrow").first().evaluate((element) => getComputedStyle(element).transform);
    assert.equal(arrow, "none", "arrows are not turned on a left-to-right page");
    await page.close();
  });

  it("should right-align the Arabic title in the home page's list, and no other", async () => {
    const page = await open(englishSite, "/");
    const titles = page.locator(".article-item__title");
    const count = await titles.count();
    const aligned: string[] = [];
    for (let index = 0; index < count; index++) {
      const [dir, align] = await titles.nth(index).evaluate((element) => [getComputedStyle(element).direction, getComputedStyle(element).textAlign]);
      aligned.push(`${dir}/${align}`);
    }
    assert.deepEqual(aligned.filter((value) => value.startsWith("rtl")).length, 2, `the Arabic and Hebrew titles: ${aligned.join(", ")}`);
    await page.close();
  });

  for (const scheme of SCHEMES) {
    it(`should pass axe, ${scheme}`, async () => {
      for (const sitePath of [ARABIC_URL, "/"]) {
        const page = await open(englishSite, sitePath, { scheme });
        assert.deepEqual(await runAxe(page), [], `${sitePath} (${scheme})`);
        await page.close();
      }
    });
  }
});

describe("screenshots", () => {
  it("should keep the Arabic site's home and article, and the Arabic article on the English site, at 390 and 1280 px, light and dark", async () => {
    const shots = [
      { name: "ar-site-home", server: arabicSite, sitePath: "/" },
      { name: "ar-site-article", server: arabicSite, sitePath: ARABIC_URL },
      { name: "ar-site-english-article", server: arabicSite, sitePath: ENGLISH_URL },
      { name: "en-site-arabic-article", server: englishSite, sitePath: ARABIC_URL },
    ];
    for (const { name, server, sitePath } of shots) {
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          const page = await open(server, sitePath, { width, scheme });
          const file = path.join(screenshots, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok(fs.statSync(file).size > 10_000, file);
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(sideways, 0, `${name} at ${width} px scrolls sideways`);
          await page.close();
        }
      }
    }
  });
});
