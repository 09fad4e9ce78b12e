/**
 * The map and the flags in a real browser (Debian's Chromium, which has no
 * colour-emoji font): on the newsroom archive (2,000 articles, 40 countries,
 * Lebanon, Qatar, Bahrain, Malta, Singapore and Cyprus among them) every
 * country with articles is a map target of at least 24×24 CSS px at 390 and
 * 1280 px, targets do not overlap, axe (target size included) finds nothing
 * in either colour scheme; country pages with their locator and flag stay
 * within the page-weight budget; the example site and an empty archive too.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { PROJECT_CONTENT, tempDir } from "../helpers/fixture.ts";
import { buildNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const WIDTHS = [390, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

let browser: Browser;
let newsroom: { server: StaticServer; output: string; countries: string[] };
let example: StaticServer;
let empty: StaticServer;

before(async () => {
  const archive = await buildNewsroomArchive();
  newsroom = { server: await serveStatic(archive.output), output: archive.output, countries: [...archive.countryCounts.keys()] };
  const exampleSite = buildSite(PROJECT_CONTENT);
  assert.equal(exampleSite.status, 0, exampleSite.stderr);
  example = await serveStatic(exampleSite.output);
  const emptySite = buildSite(tempDir("dateline-empty-"), { args: ["--allow-empty"] });
  assert.equal(emptySite.status, 0, emptySite.stderr);
  empty = await serveStatic(emptySite.output);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([newsroom?.server.close(), example?.close(), empty?.close()]);
});

async function open(server: StaticServer, sitePath: string, width: number, scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(new URL(sitePath.replace(/^\//, ""), server.url).href);
  return page;
}

/** The map's displayed links: name and box in CSS px. */
function visibleTargets(page: Page) {
  return page.$$eval(".world-map__svg a", (links) =>
    links
      .map((a) => ({ label: a.getAttribute("aria-label") ?? "", box: a.getBoundingClientRect().toJSON() as DOMRect }))
      .filter(({ box }) => box.width > 0 && box.height > 0),
  );
}

/** Pairs of boxes that overlap. */
function overlapping(targets: { label: string; box: DOMRect }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i]!.box;
      const b = targets[j]!.box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${targets[i]!.label} / ${targets[j]!.label}`);
    }
  }
  return found;
}

describe("the map on the newsroom archive", () => {
  for (const width of WIDTHS) {
    it(`should make every country with articles a target of at least 24×24 px, none overlapping, at ${width} px`, async () => {
      const page = await open(newsroom.server, "/countries/", width, "light");
      const targets = await visibleTargets(page);
      assert.equal(targets.length, newsroom.countries.length, "one displayed link per country");
      for (const country of newsroom.countries) {
        const target = targets.find((t) => t.label.startsWith(`${country}, `));
        assert.ok(target, `${country} on the map`);
        assert.ok(target.box.width >= 24 && target.box.height >= 24, `${country}: ${target.box.width.toFixed(1)}×${target.box.height.toFixed(1)} px`);
      }
      assert.deepEqual(overlapping(targets), []);
      await page.close();
    });

    for (const scheme of SCHEMES) {
      it(`should pass axe (target size included) on /countries/ and the pages of Lebanon and Qatar at ${width} px, ${scheme}`, async () => {
        for (const sitePath of ["/countries/", "/countries/lebanon/", "/countries/qatar/"]) {
          const page = await open(newsroom.server, sitePath, width, scheme);
          assert.deepEqual(await runAxe(page), [], `${sitePath} at ${width} px, ${scheme}`);
          await page.close();
        }
      });
    }
  }

  it("should reach each marker with the keyboard, named, with a visible focus ring", async () => {
    const page = await open(newsroom.server, "/countries/", 1280, "light");
    await page.focus(".world-map__markers--wide a");
    // The second marker's ring while it is not focused, then Tab moves focus to it.
    const before = await page.$$eval(".world-map__markers--wide a circle", (circles) => getComputedStyle(circles[1]!).stroke);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement!;
      const circle = a.querySelector("circle");
      return { inMap: !!a.closest(".world-map__markers--wide"), label: a.getAttribute("aria-label"), stroke: circle ? getComputedStyle(circle).stroke : "", width: circle ? getComputedStyle(circle).strokeWidth : "" };
    });
    assert.ok(focused.inMap && /: \d+ articles?$/.test(focused.label ?? ""), JSON.stringify(focused));
    assert.notEqual(focused.stroke, before, "the focused marker's ring differs from the others'");
    await page.close();
  });

  it("should show every flag as a loaded image (no emoji font needed) and keep country pages within 60 KB of HTML and CSS, gzipped", async () => {
    const css = gzipSync(fs.readFileSync(path.join(newsroom.output, "styles.css"))).length;
    for (const sitePath of ["/countries/", "/countries/syria/", "/countries/lebanon/", "/countries/malta/"]) {
      const html = gzipSync(readPage(newsroom.output, sitePath)).length;
      assert.ok(html + css <= 60 * 1024, `${sitePath}: ${((html + css) / 1024).toFixed(1)} KB`);
      const page = await open(newsroom.server, sitePath, 390, "light");
      const flags = await page.$$eval("img.flag:not([loading=lazy])", (imgs) => imgs.map((img) => ({ src: img.getAttribute("src"), loaded: (img as HTMLImageElement).naturalWidth > 0 })));
      assert.ok(flags.length > 0, sitePath);
      assert.deepEqual(flags.filter((f) => !f.loaded), [], sitePath);
      await page.close();
    }
  });
});

describe("the map on the example site and an empty archive", () => {
  for (const width of WIDTHS) {
    it(`should give the example site's countries 24 px targets and pass axe at ${width} px`, async () => {
      for (const scheme of SCHEMES) {
        const page = await open(example, "/countries/", width, scheme);
        const targets = await visibleTargets(page);
        assert.ok(targets.length > 0);
        for (const t of targets) assert.ok(t.box.width >= 24 && t.box.height >= 24, `${t.label}: ${t.box.width}×${t.box.height}`);
        assert.deepEqual(overlapping(targets), []);
        assert.deepEqual(await runAxe(page), [], `${width} px, ${scheme}`);
        await page.close();
      }
    });
  }

  it("should show no map and pass axe on an empty archive's /countries/", async () => {
    const page = await open(empty, "/countries/", 390, "light");
    assert.equal(await page.locator(".world-map__svg").count(), 0);
    assert.deepEqual(await runAxe(page), []);
    await page.close();
  });
});
