/**
 * Search on a newsroom-sized archive (2,000 articles, 1,500 people): facets
 * that stay short and find any value by typing, the state in the address, no
 * layout shift on a phone, the filter button, axe in both schemes at both
 * widths, excerpts from article text only; and the page's words when the
 * archive is empty or the index is missing, and the 404's search box.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { PROJECT_CONTENT, tempDir } from "../helpers/fixture.ts";
import { buildNewsroomArchive } from "../helpers/newsroom-archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const RESULT = "#search-results .article-item";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** How many articles name each person in their front matter. */
function articlesPerPerson(contentDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith(".md") ? [full] : [];
    });
  for (const file of walk(path.join(contentDir, "articles"))) {
    const list = /\npeople:\n((?: {2}- ".*"\n)+)/.exec(fs.readFileSync(file, "utf8"));
    for (const line of list?.[1]?.trim().split("\n") ?? []) {
      const name = JSON.parse(line.trim().slice(2)) as string;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

function facet(page: Page, name: string): Locator {
  return page.locator(".facet", { has: page.locator("legend", { hasText: new RegExp(`^${name}$`) }) });
}

/** The facet's shown options: name and count. */
async function options(page: Page, name: string): Promise<{ name: string; count: number }[]> {
  return facet(page, name).locator(".facet__option").evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector("bdi")?.textContent ?? "",
      count: Number((item.querySelector(".facet__count")?.textContent ?? "").replace(/\D/g, "")),
    })),
  );
}

async function waitForResults(page: Page): Promise<void> {
  await page.locator("#search-results:not([aria-busy])").waitFor({ timeout: 20_000 });
  await page.locator(RESULT).first().waitFor({ timeout: 20_000 });
  await page.locator("#search-status", { hasText: /: \d/ }).waitFor({ timeout: 20_000 });
}

/** The number at the end of the status line ("Results for “x”: 1,835"). */
async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator("#search-status").textContent()) ?? "";
  return Number(/: ([\d,]+)$/.exec(text)?.[1]?.replace(/,/g, "") ?? Number.NaN);
}

describe("search at newsroom scale", () => {
  let browser: Browser;
  let server: StaticServer;
  let emptyServer: StaticServer;
  let missingServer: StaticServer;
  let people: Map<string, number>;
  let rare: { latin: string; cyrillic: string; arabic: string };

  before(async () => {
    const newsroom = await buildNewsroomArchive();
    server = await serveStatic(newsroom.output);
    people = articlesPerPerson(newsroom.contentDir);
    // People named in two or three articles: far from the ten busiest, so only typing can show them.
    const pick = (pattern: RegExp) => newsroom.people.find((name) => pattern.test(name) && [2, 3].includes(people.get(name) ?? 0))!;
    rare = { latin: pick(/^[A-Z]/), cyrillic: pick(/^\p{Script=Cyrillic}/u), arabic: pick(/^\p{Script=Arabic}/u) };
    assert.ok(rare.latin && rare.cyrillic && rare.arabic, "the archive has rarely named people of each script");

    const emptyContent = tempDir("dateline-empty-");
    fs.mkdirSync(path.join(emptyContent, "articles"), { recursive: true });
    const empty = buildSite(emptyContent, { args: ["--allow-empty"] });
    assert.equal(empty.status, 0, empty.stderr);
    emptyServer = await serveStatic(empty.output);

    const missing = buildSite(PROJECT_CONTENT);
    assert.equal(missing.status, 0, missing.stderr);
    fs.rmSync(path.join(missing.output, "pagefind"), { recursive: true });
    missingServer = await serveStatic(missing.output);

    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const s of [server, emptyServer, missingServer]) await s?.close();
  });

  it("should show at most ten people, busiest first, none with zero articles", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}search/`);
    await facet(page, "Person").locator(".facet__option").first().waitFor({ timeout: 20_000 });
    const shown = await options(page, "Person");
    assert.equal(shown.length, 10);
    assert.ok(shown.every((option) => option.count > 0), JSON.stringify(shown));
    assert.deepEqual(shown.map((o) => o.count), shown.map((o) => o.count).sort((a, b) => b - a), "sorted by count");
    const busiest = Math.max(...people.values());
    assert.equal(shown[0]!.count, busiest, "the busiest person comes first, with the number of articles naming them");
    assert.match((await facet(page, "Person").locator(".facet__note").textContent()) ?? "", /^Others \(1,\d{3}\): type to find them\.$/);
    await page.close();
  });

  for (const script of ["latin", "cyrillic", "arabic"] as const) {
    it(`should find a rarely named person by typing part of the name (${script})`, async () => {
      const page = await browser.newPage({ viewport: DESKTOP });
      await page.goto(`${server.url}search/`);
      const name = rare[script];
      assert.equal((await options(page, "Person")).some((o) => o.name === name), false, "not among the ten before typing");
      await page.getByLabel("Find a person").fill(name.slice(2, -1));
      await facet(page, "Person").locator("bdi", { hasText: name }).waitFor({ timeout: 10_000 });
      const found = (await options(page, "Person")).find((o) => o.name === name);
      assert.equal(found?.count, people.get(name));
      await page.close();
    });
  }

  it("should filter results and counts by the person chosen, and keep it all in the address", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}`);
    await page.goto(`${server.url}search/`);
    await page.getByLabel("Search this site").fill("minister");
    await waitForResults(page);
    const name = rare.latin;
    await page.getByLabel("Find a person").fill(name);
    await facet(page, "Person").getByRole("checkbox", { name }).check();
    const before = await page.locator("#search-status").textContent();
    await page.waitForFunction((text) => /: \d/.test(document.getElementById("search-status")!.textContent!) && document.getElementById("search-status")!.textContent !== text, before);
    const count = await statusCount(page);
    assert.ok(count > 0 && count <= people.get(name)!, `${count} of ${people.get(name)} articles naming ${name} also say "minister"`);
    assert.equal(await page.locator(RESULT).count(), count);
    const countries = await options(page, "Country");
    assert.ok(countries.every((o) => o.count <= count), `country counts are within the ${count} results: ${JSON.stringify(countries)}`);

    const address = new URL(page.url());
    assert.equal(address.searchParams.get("q"), "minister");
    assert.deepEqual(address.searchParams.getAll("person"), [name]);
    await page.selectOption("#search-sort", "date:asc");
    await page.waitForURL((url) => url.searchParams.get("sort") === "date:asc");
    // The address changes as the sorted search starts; its results are in once the list is no longer busy.
    await page.locator("#search-results:not([aria-busy])").waitFor({ timeout: 20_000 });
    const titles = await page.locator(`${RESULT} .article-item__title a`).allTextContents();

    await page.reload();
    await waitForResults(page);
    assert.equal(await page.getByLabel("Search this site").inputValue(), "minister");
    assert.equal(await page.locator("#search-sort").inputValue(), "date:asc");
    assert.ok(await facet(page, "Person").getByRole("checkbox", { name }).isChecked());
    assert.deepEqual(await page.locator(`${RESULT} .article-item__title a`).allTextContents(), titles, "a reload shows the same results in the same order");

    await page.locator(`${RESULT} .article-item__title a`).first().click();
    await page.waitForURL("**/articles/**");
    await page.goBack();
    await waitForResults(page);
    assert.equal(await page.getByLabel("Search this site").inputValue(), "minister", "Back from an article restores the search");
    assert.ok(await facet(page, "Person").getByRole("checkbox", { name }).isChecked());
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, "/", "typing made no history entries: Back leaves the search page");
    await page.close();
  });

  it("should restore a shared link with the words, a person and a country", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const name = rare.cyrillic;
    await page.goto(`${server.url}search/?q=minister&person=${encodeURIComponent(name)}&person=${encodeURIComponent("No Such Person")}`);
    await page.locator("#search-status", { hasText: /: \d/ }).waitFor({ timeout: 20_000 });
    assert.ok(await facet(page, "Person").getByRole("checkbox", { name }).isChecked());
    assert.deepEqual(new URL(page.url()).searchParams.getAll("person"), [name, "No Such Person"], "the address is left as given until the reader changes something");
    assert.equal(await facet(page, "Person").getByRole("checkbox", { name: "No Such Person" }).count(), 0, "a value the index lacks is ignored");
    await page.close();
  });

  it("should not shift the layout at 390 px while the index loads and the first search shows", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${server.url}search/?q=minister`);
    await waitForResults(page);
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
    await page.close();
  });

  it("should put the filters behind a Filter button at 390 px, and beside the results at 1280 px", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}search/?q=minister`);
    await waitForResults(page);
    const button = page.getByRole("button", { name: "Filters" });
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await facet(page, "Person").isVisible(), false);
    const firstResult = await page.locator(RESULT).first().boundingBox();
    assert.ok(firstResult && firstResult.y < PHONE.height / 2, `the first result is high on the screen: ${JSON.stringify(firstResult)}`);
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.ok(await facet(page, "Person").isVisible());
    await page.keyboard.press("Enter");
    assert.equal(await facet(page, "Person").isVisible(), false);

    await page.setViewportSize(DESKTOP);
    assert.equal(await button.isVisible(), false);
    const person = await facet(page, "Person").boundingBox();
    const result = await page.locator(RESULT).first().boundingBox();
    assert.ok(person && result && person.x + person.width <= result.x, "filters in a column beside the results");
    await page.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`should pass axe at ${viewport.width} px, ${colorScheme}, with results and filters showing`, async () => {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(`${server.url}search/?q=minister&person=${encodeURIComponent(rare.arabic)}`);
        await page.locator("#search-status", { hasText: /: \d/ }).waitFor({ timeout: 20_000 });
        if (viewport === PHONE) await page.getByRole("button", { name: "Filters" }).click();
        await page.getByLabel("Find a person").fill("a");
        assert.deepEqual(await runAxe(page), []);
        await page.close();
      });
    }
  }

  it("should make excerpts from the article's text only, even for a name found in the index-only lines", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(rare.latin.split(" ").at(-1)!)}`);
    await waitForResults(page);
    const excerpts = await page.locator(`${RESULT} .article-item__excerpt`).allTextContents();
    assert.ok(excerpts.length > 0 && excerpts.every((text) => text.trim().length > 20), JSON.stringify(excerpts));
    for (const text of excerpts) assert.ok(!/People:|Places:/.test(text), text);
    await page.close();
  });

  it("should say an archive with no articles has nothing to search, with no errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${emptyServer.url}search/`);
    assert.equal(await page.locator("#search-status").textContent(), "This archive has no articles to search yet.");
    assert.ok(await page.getByRole("link", { name: "latest articles" }).isVisible());
    await page.waitForTimeout(300);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("should say the index could not be loaded when /pagefind/ is missing, with no script errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      // The browser notes the missing file's 404 itself; anything else would be the page's own error.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
    });
    await page.goto(`${missingServer.url}search/?q=damascus`);
    await page.getByText("The search index could not be loaded.").waitFor({ timeout: 10_000 });
    assert.notEqual(await page.locator("#search-status").textContent(), "Loading the search index…");
    assert.ok(await page.getByRole("link", { name: "country" }).isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("should search from the 404 page's box", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}404.html`);
    await page.getByLabel("Search the archive").fill("minister");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "minister");
    await waitForResults(page);
    assert.equal(await page.getByLabel("Search this site").inputValue(), "minister");
    assert.deepEqual(await runAxe(page), []);
    await page.close();
  });
});
