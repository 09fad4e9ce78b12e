/**
 * A site made its owner's own (menu, logo, accent, footer, pages, an
 * override), in Debian's Chromium: axe-core clean at 390 and 1280 px in both
 * colour schemes, the accent really applied from /theme.css, the menu usable
 * by keyboard; screenshots kept for a person to look at.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { writeCustomSite } from "../helpers/custom-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const PAGES = [
  { kind: "home", path: "/" },
  { kind: "about", path: "/about/" },
  { kind: "press-contact", path: "/press/contact/" },
];
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [390, 1280] as const;

let server: StaticServer;
let browser: Browser;
let screenshots: string;

before(async () => {
  const site = await writeCustomSite();
  const built = buildSite(site.content, { args: [`--layouts=${site.layouts}`] });
  assert.equal(built.status, 0, built.stderr);
  server = await serveStatic(built.output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-custom-screenshots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("a customised site in the browser", () => {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      it(`should have no axe violations at ${width} px in the ${scheme} scheme, and take the accent from /theme.css`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, ...(width === 390 && { isMobile: true, hasTouch: true }) });
        const page = await context.newPage();
        const failed: string[] = [];
        page.on("requestfailed", (request) => failed.push(request.url()));
        for (const { kind, path: sitePath } of PAGES) {
          await page.goto(new URL(sitePath.slice(1), server.url).href);
          assert.deepEqual(await runAxe(page), [], `${kind} ${scheme} ${width}`);
          const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
          assert.equal(accent, scheme === "light" ? "#1a5f7a" : "#7cc4e0");
          const logo = await page.evaluate(() => (document.querySelector(".site-logo") as HTMLImageElement | null)?.naturalWidth ?? 0);
          assert.equal(logo, 240, "the logo loads");
          const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          assert.equal(scrolls, false, `${kind} does not scroll sideways at ${width} px`);
          await page.screenshot({ path: path.join(screenshots, `${kind}-${scheme}-${width}.png`), fullPage: true });
        }
        assert.deepEqual(failed, []);
        await context.close();
      });
    }
  }

  it("should reach the menu's items by keyboard, with a visible focus", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    let reached = "";
    for (let i = 0; i < 15 && reached !== "About"; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    }
    assert.equal(reached, "About");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, "none");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/about\/$/);
    await context.close();
  });
});
