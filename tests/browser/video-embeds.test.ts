/**
 * Click-to-load videos in a real browser (Debian's Chromium), built and in
 * `npm start`: every request the page makes is recorded (this machine has no
 * internet, so requests leaving the test server are recorded and aborted).
 * Nothing goes to YouTube or Vimeo before a press on play; after one, exactly
 * the player's address. Without JavaScript the placeholder is a plain link.
 * Keyboard, axe in both schemes, reduced motion, and no layout shift.
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
import { startPreview, waitFor, type Preview } from "../helpers/preview-process.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { TITLED, VIDEO_URL, VIMEO_ID, writeVideoContent, YOUTUBE_ID } from "../helpers/video-article.ts";

const PROVIDERS = /youtube|youtu\.be|vimeo|ytimg|vimeocdn|googlevideo|doubleclick/;
const YOUTUBE_PLAYER = `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1`;
const SCREENSHOTS = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-video-screenshots-"));

let browser: Browser;
let server: StaticServer;
let content: string;

before(async () => {
  content = writeVideoContent();
  const site = buildSite(content);
  assert.equal(site.status, 0, site.stderr);
  server = await serveStatic(site.output);
  browser = await launchBrowser();
  console.log(`# screenshots: ${SCREENSHOTS}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A context whose requests away from `local` are recorded in `away` and aborted; `errors` gathers script errors. */
async function recordingContext(local: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const away: string[] = [];
  const errors: string[] = [];
  const origin = new URL(local).origin;
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      away.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  context.on("weberror", (error) => errors.push(error.error().message));
  return { context, away, errors };
}

/** Opens the video article and waits until the page and its scripts are done. */
async function openArticle(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(VIDEO_URL.slice(1), base).href, { waitUntil: "networkidle" });
  assert.equal(response?.status(), 200);
  return page;
}

/** The sum of every layout shift so far, those right after input included. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0))).observe({
          type: "layout-shift",
          buffered: true,
        });
        setTimeout(() => resolve(0), 500);
      }),
  );
}

const rect = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => JSON.stringify(element.getBoundingClientRect()));

describe("a video placeholder in the built site", () => {
  it("should ask nothing of YouTube or Vimeo before play, and exactly the player's address after", async () => {
    const { context, away, errors } = await recordingContext(server.url);
    const page = await openArticle(context, server.url);
    const buttons = page.locator(".video-embed__play");
    assert.equal(await buttons.count(), 3);
    assert.deepEqual(
      await buttons.evaluateAll((all) => all.map((button) => [button.tagName, button.getAttribute("type"), button.getAttribute("aria-label")])),
      [
        ["BUTTON", "button", "Play video: YouTube video"],
        ["BUTTON", "button", `Play video: ${TITLED}`],
        ["BUTTON", "button", "Play video: Vimeo video"],
      ],
    );
    await page.waitForTimeout(500);
    assert.deepEqual(away.filter((url) => PROVIDERS.test(url)), [], "no request to a provider before play");
    assert.deepEqual(away, [], "no request leaves the site at all");

    const box = await rect(page, ".video-embed__box");
    await page.getByRole("button", { name: "Play video: YouTube video" }).click();
    const frame = page.locator(".video-embed iframe");
    await frame.waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(away, [YOUTUBE_PLAYER], "the player's address and nothing else");
    assert.deepEqual(
      await frame.evaluate((element: HTMLIFrameElement) => [element.getAttribute("src"), element.title, element.allow, element.allowFullscreen, element.referrerPolicy]),
      [YOUTUBE_PLAYER, "YouTube video", "autoplay; fullscreen; picture-in-picture; encrypted-media", true, "strict-origin-when-cross-origin"],
    );
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "IFRAME", "focus moves to the player");
    assert.equal(await rect(page, ".video-embed__box"), box, "the player takes the placeholder's box");
    assert.equal(await buttons.count(), 2, "the other videos still wait for their own press");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("should play with the keyboard alone: Tab to the button, Enter, the Vimeo player with its start and Do Not Track", async () => {
    const { context, away } = await recordingContext(server.url);
    const page = await openArticle(context, server.url);
    const target = "Play video: Vimeo video";
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) === target) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), target, "the button is reached by Tab");
    await page.keyboard.press("Enter");
    await page.locator(".video-embed iframe").waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(away, [`https://player.vimeo.com/video/${VIMEO_ID}?dnt=1&autoplay=1`]);
    await context.close();
  });

  it("should not move anything when the buttons appear or a player replaces one", async () => {
    const withoutScript = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const plain = await openArticle(withoutScript, server.url);
    const before = await plain.locator(".video-embed").evaluateAll((all) => all.map((element) => JSON.stringify(element.getBoundingClientRect())));
    const { context } = await recordingContext(server.url, { viewport: { width: 390, height: 844 } });
    const page = await openArticle(context, server.url);
    assert.deepEqual(await page.locator(".video-embed").evaluateAll((all) => all.map((element) => JSON.stringify(element.getBoundingClientRect()))), before, "the same boxes with and without the script");
    const title = await rect(page, ".video-embed__title");
    await plain.close();
    await withoutScript.close();
    assert.equal(await rect(page, ".video-embed__title"), title);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator(".video-embed__play").nth(1).click();
    await page.locator(".video-embed iframe").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), height);
    assert.equal(await layoutShift(page), 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "390-played.png"), fullPage: true });
    await context.close();
  });

  it("should keep a plain working link to the video without JavaScript, and no button", async () => {
    const { context, away } = await recordingContext(server.url, { javaScriptEnabled: false });
    const page = await openArticle(context, server.url);
    assert.equal(await page.locator(".video-embed__play").count(), 0);
    const link = page.locator(".video-embed__title a").nth(1);
    assert.equal(await link.textContent(), TITLED);
    assert.equal(await link.getAttribute("href"), `https://www.youtube.com/watch?v=${YOUTUBE_ID}&t=90s`);
    assert.deepEqual(away, []);
    await link.click({ noWaitAfter: true });
    await waitUntil(() => away.length > 0);
    assert.deepEqual(away, [`https://www.youtube.com/watch?v=${YOUTUBE_ID}&t=90s`], "following the link is the first request to YouTube");
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`should pass axe in the ${scheme} scheme, before and after play, at 390 and 1280 px`, async () => {
      for (const width of [390, 1280]) {
        const { context } = await recordingContext(server.url, { viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await openArticle(context, server.url);
        await page.locator(".video-embed").first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SCREENSHOTS, `${width}-${scheme}.png`), fullPage: true });
        assert.deepEqual(await runAxe(page), [], `${width} px before play`);
        await page.locator(".video-embed__play").first().click();
        await page.locator(".video-embed iframe").waitFor();
        assert.deepEqual(await runAxe(page), [], `${width} px after play`);
        await context.close();
      }
    });
  }

  it("should animate the button only when the reader has not asked for reduced motion", async () => {
    for (const [reducedMotion, expected] of [
      ["reduce", "0s"],
      ["no-preference", "0.15s"],
    ] as const) {
      const { context } = await recordingContext(server.url, { reducedMotion });
      const page = await openArticle(context, server.url);
      assert.equal(await page.locator(".video-embed__play").first().evaluate((button) => getComputedStyle(button).transitionDuration), expected, reducedMotion);
      await context.close();
    }
  });
});

describe("a video placeholder in npm start", () => {
  let preview: Preview;
  before(async () => {
    preview = await startPreview(content);
    await waitFor("the preview to serve the video article", async () => (await preview.page(VIDEO_URL)).status === 200, preview);
  });
  after(() => preview?.stop());

  it("should play on a press, and ask nothing of the provider before", async () => {
    const base = `http://localhost:${preview.port}/`;
    const { context, away, errors } = await recordingContext(base);
    const page = await context.newPage();
    await page.goto(new URL(VIDEO_URL.slice(1), base).href);
    await page.locator(".video-embed__play").first().waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(away.filter((url) => PROVIDERS.test(url)), []);
    await page.locator(".video-embed__play").first().click();
    await page.locator(".video-embed iframe").waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(away.filter((url) => PROVIDERS.test(url)), [YOUTUBE_PLAYER]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

async function waitUntil(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}
