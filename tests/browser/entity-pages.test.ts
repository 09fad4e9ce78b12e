/**
 * Person, country and source pages at newsroom scale (2,000 articles, 1,500
 * people) in a real browser: the first headline on the first screen beside
 * the entity's aside, no sideways scroll on a phone, timeline years that lead
 * to lists of exactly that year's articles, and axe (WCAG 2.2 AA, best
 * practice, target size) clean at 390 and 1280 px in both color schemes.
 * Screenshots are kept for a person to look at.
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
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [390, 1280] as const;

let server: StaticServer;
let browser: Browser;
let screenshots: string;
/** Site paths of the busiest person, Syria (the busiest country) and the busiest source. */
let pages: { kind: string; path: string }[];

/** The entity in `folder` of the built site with the most list pages (`<slug>/page/<n>/`), as a site path. */
function busiest(output: string, folder: string): string {
  let best = { slug: "", pages: -1 };
  for (const slug of fs.readdirSync(path.join(output, folder))) {
    const paged = path.join(output, folder, slug, "page");
    const count = fs.existsSync(paged) ? fs.readdirSync(paged).length : 0;
    if (count > best.pages) best = { slug, pages: count };
  }
  return `/${folder}/${best.slug}/`;
}

function urlOf(sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), server.url).href;
}

async function open(sitePath: string, width: number, scheme: (typeof SCHEMES)[number] = "light"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, colorScheme: scheme });
  const page = await context.newPage();
  const response = await page.goto(urlOf(sitePath));
  assert.equal(response?.status(), 200, sitePath);
  return page;
}

/** The first headline of the page's article list. */
const firstHeadline = (page: Page) => page.locator(".entity__list li :is(h2, h3, h4)").first();

before(async () => {
  const site = await buildNewsroomArchive();
  const person = busiest(site.output, "people");
  const source = busiest(site.output, "sources");
  const personYear = fs.readdirSync(path.join(site.output, person)).filter((name) => /^\d{4}$/.test(name)).sort()[0];
  assert.ok(personYear, `${person} has lists of its years`);
  pages = [
    { kind: "person", path: person },
    { kind: "person-year", path: `${person}${personYear}/` },
    { kind: "country", path: "/countries/syria/" },
    { kind: "source", path: source },
  ];
  server = await serveStatic(site.output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-entity-shots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("entity pages at newsroom scale", () => {
  it("should show the first article's headline wholly within the first 800 px at 1280×800, beside the aside", async () => {
    for (const { kind, path: sitePath } of pages.filter((p) => p.kind !== "person-year")) {
      const page = await open(sitePath, 1280);
      const box = (await firstHeadline(page).boundingBox())!;
      assert.ok(box.y + box.height <= 800, `${kind} ${sitePath}: the headline ends at y=${Math.round(box.y + box.height)}`);
      const aside = (await page.locator(".entity__aside").boundingBox())!;
      assert.ok(aside.x > box.x + box.width / 2, `${kind}: the aside stands beside the list`);
      await page.context().close();
    }
  });

  it("should never scroll sideways on a 390 px phone, and put the list before the aside", async () => {
    for (const { kind, path: sitePath } of pages) {
      const page = await open(sitePath, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${kind} ${sitePath} scrolls sideways by ${overflow} px`);
      if (kind !== "person-year") {
        const list = (await firstHeadline(page).boundingBox())!;
        const aside = (await page.locator(".entity__aside").boundingBox())!;
        assert.ok(list.y < aside.y, `${kind}: the list comes first on a phone`);
      }
      await page.context().close();
    }
  });

  it("should lead from each year under the timeline to a list of exactly that year's articles, as many as the timeline says", async () => {
    const page = await open(pages[0]!.path, 1280);
    const years = page.locator(".timeline__years a");
    const count = await years.count();
    assert.ok(count >= 2, `${count} year links`);
    const label = (await years.nth(1).innerText()).replace(/\s+/g, " ").trim();
    const [year, shown] = label.split(" ");
    await years.nth(1).click();
    await page.waitForURL(new RegExp(`/${year}/$`));
    assert.match(await page.locator("h1").innerText(), new RegExp(`in ${year}$`));
    let listed = 0;
    for (;;) {
      const dates = await page.locator(".entity__list li time, main li.article-item time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
      assert.ok(dates.length > 0);
      assert.deepEqual(dates.filter((date) => !date.startsWith(year!)), [], `only ${year}'s articles`);
      listed += dates.length;
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState();
    }
    assert.equal(listed, Number(shown), `${year}: the timeline says ${shown}, its list holds ${listed}`);
    await page.context().close();
  });

  it("should pass axe (WCAG 2.2 AA, best practice, target size) at 390 and 1280 px, light and dark, keeping screenshots", async () => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const { kind, path: sitePath } of pages) {
          await page.goto(urlOf(sitePath));
          for (const violation of await runAxe(page)) found.push(`${kind} ${width}px ${scheme}: ${violation.rule} (${violation.impact}) ${violation.help}: ${violation.targets.join(", ")}`);
          await page.screenshot({ path: path.join(screenshots, `${kind}-${width}-${scheme}.png`) });
        }
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
});
