/**
 * The /data/ page in a real browser (Debian's Chromium), on the 2,000-article
 * newsroom archive and on an Arabic site: axe-core (WCAG 2.2 AA and best
 * practices) at a phone's and a desktop's width in both color schemes, no
 * sideways scrolling of the page, the fields tables reachable by keyboard,
 * and the files the page links served and readable. Screenshots are kept
 * for a person to look at.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { buildRtlSite } from "../helpers/rtl-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [390, 1280] as const;

let browser: Browser;
let newsroom: StaticServer;
let arabic: StaticServer;
let screenshots: string;

before(async () => {
  newsroom = await serveStatic((await buildNewsroomArchive()).output);
  arabic = await serveStatic(buildRtlSite("ar").output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-open-data-screenshots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await newsroom?.close();
  await arabic?.close();
});

async function open(server: StaticServer, sitePath: string, width: number, scheme: "light" | "dark"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  const response = await page.goto(new URL(sitePath.replace(/^\//, ""), server.url).href);
  assert.equal(response?.status(), 200, sitePath);
  return page;
}

describe("the /data/ page", () => {
  for (const [site, server] of [["newsroom", () => newsroom], ["arabic", () => arabic]] as const) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        it(`should pass axe and fit the screen on the ${site} site at ${width} px, ${scheme}`, async () => {
          const page = await open(server(), "/data/", width, scheme);
          try {
            assert.deepEqual(await runAxe(page), []);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
            await page.screenshot({ path: path.join(screenshots, `data-${site}-${width}-${scheme}.png`), fullPage: true });
          } finally {
            await page.close();
          }
        });
      }
    }
  }

  it("should let a keyboard reach each fields table's scrolling region, with a visible focus", async () => {
    const page = await open(newsroom, "/data/", 390, "light");
    try {
      let reached = 0;
      for (let i = 0; i < 60 && reached < 4; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return element?.classList.contains("open-data__fields") ? getComputedStyle(element).outlineStyle : undefined;
        });
        if (focused !== undefined) {
          assert.notEqual(focused, "none");
          reached++;
        }
      }
      assert.equal(reached, 4);
    } finally {
      await page.close();
    }
  });

  it("should link files the browser can fetch and read: every article of the archive, as JSON and CSV", async () => {
    const page = await open(newsroom, "/data/", 1280, "light");
    try {
      const counts = await page.evaluate(async () => {
        const links = [...document.querySelectorAll<HTMLAnchorElement>(".open-data__links a")].map((a) => a.href);
        const json = await (await fetch(links.find((href) => href.endsWith("/articles.json"))!)).json();
        const csv = await (await fetch(links.find((href) => href.endsWith("/articles.csv"))!)).text();
        const schema = await (await fetch(links.find((href) => href.endsWith("/articles.schema.json"))!)).json();
        return { links: links.length, items: json.items.length, count: json.count, schemaId: schema.$id, jsonSchema: json.$schema, csvStart: csv.slice(0, 4) };
      });
      assert.equal(counts.links, 12);
      assert.equal(counts.items, 2000);
      assert.equal(counts.count, 2000);
      assert.equal(counts.schemaId, counts.jsonSchema);
      // fetch().text() drops the BOM as a decoder does: the header starts right after it.
      assert.equal(counts.csvStart, "id,u");
    } finally {
      await page.close();
    }
  });
});
