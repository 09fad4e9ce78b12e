/**
 * The people index and person profiles at newsroom scale (issue 15 part 4):
 * 1,500 people sorted by family name with a letter bar, the most mentioned
 * first, a type-ahead filter that finds Arabic and Cyrillic names and
 * announces its count, the whole list without JavaScript, axe clean at 390
 * and 1280 px in both schemes, and the page's weight. Screenshots are kept
 * for a person to look at (`# screenshots: …`).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildPeopleArchive, type PeopleArchive } from "../helpers/people-archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { slugifyName } from "../../src/entities/slug.ts";

let site: PeopleArchive;
let server: StaticServer;
let browser: Browser;
let screenshots: string;

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}+/gu, "").toLocaleLowerCase();

/** Article counts per registry name, read from the articles' front matter (every name written is a canonical one). */
function mentionCounts(contentDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".md")) {
        const front = fs.readFileSync(file, "utf8").split("\n---\n")[0]!;
        const block = /\npeople:\n((?: {2}- .*\n?)+)/.exec(front)?.[1] ?? "";
        for (const line of block.split("\n").filter(Boolean)) {
          const name = JSON.parse(line.replace(/^ {2}- /, "")) as string;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  };
  walk(path.join(contentDir, "articles"));
  return counts;
}

function urlOf(sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), server.url).href;
}

/** Types into the filter and waits until the live region says `count`. */
async function typeFilter(page: Page, text: string, count: number): Promise<void> {
  await page.locator("#people-filter-input").fill(text);
  await page.locator(".people-filter__count", { hasText: new RegExp(`^People shown: ${count}$`) }).waitFor({ timeout: 5000 });
}

before(async () => {
  site = await buildPeopleArchive();
  server = await serveStatic(site.output);
  browser = await launchBrowser();
  screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-people-screenshots-"));
  console.log(`# screenshots: ${screenshots}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("the people index at newsroom scale", () => {
  it("should list the busiest person first under Most mentioned", async () => {
    const counts = [...mentionCounts(site.contentDir).entries()].sort((a, b) => b[1] - a[1]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(urlOf("/people/"));
    const first = page.locator(".most-mentioned li").first();
    assert.equal(await first.locator("bdi").textContent(), counts[0]![0]);
    assert.equal(await first.locator(".chip__count").textContent(), String(counts[0]![1]));
    assert.ok((await page.locator(".most-mentioned li").count()) >= 10);
    assert.equal(await page.locator(".breadcrumbs [aria-current=page]").textContent(), "People");
    await page.close();
  });

  it("should sort by family name and file an entry's sort_as", async () => {
    const page = await browser.newPage();
    await page.goto(urlOf("/people/"));
    const headings = await page.locator(".letter-group h2").allTextContents();
    // Latin letters first, then the Cyrillic and Arabic ones, as an English collator orders scripts.
    const script = (letter: string) => (/\p{Script=Latin}/u.test(letter) ? 0 : /\p{Script=Cyrillic}/u.test(letter) ? 1 : /\p{Script=Arabic}/u.test(letter) ? 2 : 3);
    const order = headings.map(script);
    assert.deepEqual(order, [...order].sort(), headings.join(" "));
    assert.ok(headings.includes("П") && headings.includes("خ"), headings.join(" "));
    // Arabic names are filed without the article: "… الخليل" under خ, not ا.
    assert.ok(!headings.includes("ا"), headings.join(" "));
    // sort_as "Özkan, Rana": filed under O (an English index files Ö with O), though the name's last word starts with R.
    const os = await page.locator("#letter-o ~ .entity-list li a").allTextContents();
    assert.ok(os.includes(site.withInitials), os.join(", "));
    await page.close();
  });

  it("should filter to an Arabic and a Cyrillic name fragment and announce the count", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(urlOf("/people/"));
    for (const fragment of ["الحداد", "Соколова"]) {
      const expected = site.people.filter((name) => fold(name).includes(fold(fragment)));
      assert.ok(expected.length > 0, fragment);
      await typeFilter(page, fragment, expected.length);
      const shown = await page.locator(".entity-list li:visible a").allTextContents();
      assert.deepEqual([...shown].sort(), [...expected].sort(), fragment);
      assert.equal(await page.locator(".people-filter__count").textContent(), `People shown: ${expected.length}`);
      // Letters without a match leave the bar too.
      assert.ok((await page.locator(".letter-nav li:visible").count()) < (await page.locator(".letter-nav li").count()));
    }
    await page.screenshot({ path: path.join(screenshots, "people-filtered-390.png"), fullPage: false });
    await typeFilter(page, "qqqq", 0);
    assert.equal(await page.locator(".entity-list li:visible").count(), 0);
    assert.equal(await page.locator(".people-filter__count").textContent(), "People shown: 0");
    await page.close();
  });

  it("should show the whole list, and no filter box, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf("/people/"));
    assert.equal(await page.locator(".entity-list li").count(), site.people.length);
    assert.equal(await page.locator(".people-filter").isVisible(), false);
    await context.close();
  });

  it("should give every letter of the jump bar a target of at least 24×24 px", async () => {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(urlOf("/people/"));
      for (const box of await page.locator(".letter-nav a").evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
        assert.ok(box.width >= 24 && box.height >= 24, `${width}px: ${box.width}×${box.height}`);
      }
      await page.close();
    }
  });

  it("should keep the people index's HTML and CSS within 60 KB gzipped", () => {
    const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(site.output, file)), { level: 9 }).length;
    const total = gz("people/index.html") + gz("styles.css");
    console.log(`# people index: ${(gz("people/index.html") / 1024).toFixed(1)} KB + styles ${(gz("styles.css") / 1024).toFixed(1)} KB gzipped = ${(total / 1024).toFixed(1)} KB`);
    assert.ok(total <= 60 * 1024, `${total} bytes`);
  });
});

describe("person profiles", () => {
  it("should show the photo at its size, the role, Wikidata and links, and first and last mention", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(urlOf(`/people/${slugifyName(site.withPhoto)}/`));
    const img = page.locator(".person-profile__photo img");
    await img.evaluate((el: HTMLImageElement) => el.decode());
    assert.ok(await img.evaluate((el: HTMLImageElement) => el.naturalWidth > 0 && el.currentSrc.endsWith(".webp")));
    assert.equal(await page.locator(".person-profile__role").textContent(), "Minister of Invented Affairs");
    assert.equal(await page.locator(".person-profile__links a").first().getAttribute("href"), "https://www.wikidata.org/wiki/Q42");
    assert.equal(await page.locator(".person-profile__mentions dt").count(), 2);
    await page.close();
    const other = await browser.newPage();
    await other.goto(urlOf(`/people/${slugifyName(site.withInitials)}/`));
    assert.equal(await other.locator(".person-profile__initials").getAttribute("aria-hidden"), "true");
    assert.equal(await other.locator(".person-profile__initials").textContent(), "RÖ");
    await other.close();
  });

  it("should pass axe (WCAG 2.2 AA, best practices) on the index and both profiles at 390 and 1280 px, light and dark", async () => {
    const pages = [
      { kind: "people", path: "/people/" },
      { kind: "person-photo", path: `/people/${slugifyName(site.withPhoto)}/` },
      { kind: "person-initials", path: `/people/${slugifyName(site.withInitials)}/` },
    ];
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        for (const { kind, path: sitePath } of pages) {
          await page.goto(urlOf(sitePath));
          for (const v of await runAxe(page)) found.push(`${kind} ${width} ${colorScheme}: ${v.rule} (${v.help}) at ${v.targets.join(", ")}`);
          await page.screenshot({ path: path.join(screenshots, `${kind}-${width}-${colorScheme}.png`), fullPage: false });
        }
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
});
