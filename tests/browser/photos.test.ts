/**
 * Articles with photos in a real browser: the photos arrive late (each image
 * response is held back), and the page must not move when they do
 * (PerformanceObserver's layout shifts add up to 0); axe finds nothing, in
 * both color schemes, on a phone and a desktop.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";
import { BUNDLE_URL, PHOTO_SITE_NOW, PORT_URL, writePhotoSite } from "../helpers/photo-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const PREFIX = "/news/";
let server: StaticServer;
let browser: Browser;

describe("photos in the browser", () => {
  before(async () => {
    const { input } = await writePhotoSite();
    const site = buildSite(input, { pathPrefix: PREFIX, args: [`--now=${PHOTO_SITE_NOW}`], env: { DATELINE_CACHE_DIR: tempDir("dateline-cache-") } });
    assert.equal(site.status, 0, site.stderr);
    server = await serveStatic(site.output, PREFIX);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      it(`should not shift the layout when photos load, and pass axe, at ${width} px (${scheme})`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        // Every photo arrives 400 ms after the page: a photo without its size would push the text down when it lands.
        await context.route("**/img/**", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
          }).observe({ type: "layout-shift", buffered: true });
        });
        for (const url of [PORT_URL, BUNDLE_URL]) {
          await page.goto(`${server.url}${url.slice(1)}`);
          // Scroll through the page so the lazy photos load too, then wait for every one.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 300) {
              window.scrollTo(0, y);
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          });
          await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0), undefined, { timeout: 20_000 });
          const loaded = await page.evaluate(() => [...document.images].map((img) => img.currentSrc));
          assert.ok(loaded.length >= 2 && loaded.every((src) => src.includes("/news/img/")), loaded.join("\n"));
          await page.waitForTimeout(200);
          const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
          assert.equal(shifts.reduce((sum, value) => sum + value, 0), 0, `${url}: layout shifts ${shifts.join(", ")}`);
          assert.deepEqual(await runAxe(page), [], url);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          assert.equal(wide, false, `${url} scrolls sideways`);
        }
        await context.close();
      });
    }
  }
});
