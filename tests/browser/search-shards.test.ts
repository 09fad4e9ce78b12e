/**
 * The search index in year shards, merged in the browser with Pagefind's
 * `mergeIndex`, against one index of the same records: for words from titles
 * and bodies, people's names in three scripts, each filter and an empty query
 * with a filter, the merged shards find the same articles with the same filter
 * counts; and the search page's newest/oldest order (year by year, each year
 * in its shard's date order) is the single index's date order.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as pagefind from "pagefind";
import type { Browser, Page } from "playwright-core";
import { loadArchive } from "../../src/cli/load-archive.ts";
import { searchRecords, type SearchRecord } from "../../src/search/search-index.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildNewsroomArchive, type NewsroomArchive } from "../helpers/newsroom-archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

/** The folder, inside the served site, of the single index made for comparison. */
const SINGLE = "pagefind-single";

type Filters = Record<string, string | { any: string[] }>;
interface Query {
  name: string;
  term: string | null;
  filters?: Filters;
}
interface Found {
  urls: string[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** One Pagefind index of every record, as the build made before shards. */
async function writeSingleIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    for (let start = 0; start < records.length; start += 500) {
      await Promise.all(records.slice(start, start + 500).map((record) => index.addCustomRecord(record)));
    }
    const written = await index.writeFiles({ outputPath });
    assert.deepEqual(written.errors, []);
  } finally {
    await pagefind.close();
  }
}

/** Runs every query against the single index and the merged shards, in the page; answers with each one's result URLs (sorted) and filter counts. */
async function compareInBrowser(page: Page, queries: Query[]): Promise<{ totals: unknown[]; found: { single: Found; merged: Found }[] }> {
  return page.evaluate(
    async ({ queries, single: singlePath }) => {
      type Api = {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        mergeIndex(url: string, o: object): Promise<void>;
        filters(): Promise<unknown>;
        search(term: string | null, o: object): Promise<{ results: { data(): Promise<{ url: string }> }[]; filters: never; totalFilters: never }>;
      };
      const single = (await import(`/${singlePath}/pagefind.js`)) as Api;
      await single.options({ baseUrl: "/" });
      await single.init();
      const shards = ((await (await fetch("/pagefind/shards.json")).json()) as { shards: { path: string }[] }).shards;
      const merged = (await import(`/pagefind/${shards[0]!.path}pagefind.js`)) as Api;
      await merged.options({ baseUrl: "/" });
      await merged.init();
      await Promise.all(shards.slice(1).map((shard) => merged.mergeIndex(new URL(`/pagefind/${shard.path}`, location.href).href, { baseUrl: "/" })));
      // No named helper in here: tsx would wrap it in a __name() call the page does not have.
      const found = [];
      for (const query of queries) {
        const pair: Record<string, unknown> = {};
        for (const [which, api] of [["single", single], ["merged", merged]] as const) {
          const result = await api.search(query.term, { filters: query.filters ?? {} });
          const urls = (await Promise.all(result.results.map((one) => one.data()))).map((data) => data.url).sort();
          pair[which] = { urls, filters: result.filters, totalFilters: result.totalFilters };
        }
        found.push(pair as unknown as { single: Found; merged: Found });
      }
      return { totals: [await single.filters(), await merged.filters()], found };
    },
    { queries, single: SINGLE },
  );
}

/** The result links of the search page at `address`, every page of them (clicking "More results" until there are none). */
async function searchPageResults(page: Page, address: string): Promise<string[]> {
  await page.goto(address);
  await page.locator("#search-status", { hasText: /: \d/ }).waitFor({ timeout: 20_000 });
  await page.locator("#search-results:not([aria-busy])").waitFor({ timeout: 20_000 });
  const more = page.locator("#search-more");
  while (await more.isVisible()) {
    const shown = await page.locator("#search-results .article-item").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results .article-item").length > n, shown);
  }
  return page.locator("#search-results .article-item__title a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe("search index in year shards, merged", () => {
  let newsroom: NewsroomArchive & { output: string };
  let records: SearchRecord[];
  let sortKey: Map<string, string>;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    newsroom = await buildNewsroomArchive();
    const { archive } = await loadArchive(newsroom.contentDir, { now: Date.now(), future: false });
    records = searchRecords(archive);
    sortKey = new Map(records.map((record) => [record.url, record.sort.date!]));
    await writeSingleIndex(records, path.join(newsroom.output, SINGLE));
    server = await serveStatic(newsroom.output);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should make one shard per year of the archive", () => {
    const listed = JSON.parse(fs.readFileSync(path.join(newsroom.output, "pagefind", "shards.json"), "utf8")).shards as { year: number; records: number }[];
    const years = [...new Set(records.map((record) => Number(record.filters.year![0])))].sort((a, b) => b - a);
    assert.ok(years.length >= 4, `the newsroom spans years: ${years.join(", ")}`);
    assert.deepEqual(listed.map((shard) => shard.year), years);
    assert.equal(listed.reduce((sum, shard) => sum + shard.records, 0), records.length);
  });

  it("should find the same articles with the same filter counts as one index, for every query", async () => {
    const byScript = (pattern: RegExp) => newsroom.people.find((name) => pattern.test(name) && records.filter((r) => r.filters.person!.includes(name)).length >= 3)!;
    const arabic = byScript(/^\p{Script=Arabic}/u);
    const cyrillic = byScript(/^\p{Script=Cyrillic}/u);
    const latin = newsroom.people[0]!;
    const busiestCountry = [...newsroom.countryCounts].sort((a, b) => b[1] - a[1])[0]![0];
    const queries: Query[] = [
      { name: "a word from bodies", term: "harvest" },
      { name: "a common word", term: "minister" },
      { name: "two words", term: "railway election" },
      { name: "a word from titles", term: "envoys" },
      { name: "a title's number, quoted", term: '"report 1234"' },
      { name: "a word no article has (found by its longest indexed prefix)", term: "zeppelin" },
      { name: "a person's name", term: latin },
      { name: "an Arabic name", term: arabic },
      { name: "a Cyrillic name", term: cyrillic },
      { name: "a word, by person", term: "minister", filters: { person: latin } },
      { name: "a word, by country", term: "talks", filters: { country: busiestCountry } },
      { name: "a word, by source", term: "budget", filters: { source: "Новости Каспия" } },
      { name: "a word, by two years", term: "court", filters: { year: { any: ["2022", "2024"] } } },
      { name: "no words, by country", term: null, filters: { country: "Qatar" } },
      { name: "no words, by year", term: null, filters: { year: "2023" } },
      { name: "no words, by Arabic source and country", term: null, filters: { source: "الرصد اليومي", country: "Lebanon" } },
      { name: "no words, by Cyrillic person", term: null, filters: { person: cyrillic } },
      { name: "a word, by two people", term: "said", filters: { person: { any: [latin, arabic] } } },
    ];
    const page = await browser.newPage();
    await page.goto(server.url);
    const { totals, found } = await compareInBrowser(page, queries);
    await page.close();
    assert.deepEqual(totals[1], totals[0], "the filters of the whole index");
    const empty: string[] = [];
    const differing: string[] = [];
    queries.forEach((query, i) => {
      const { single, merged } = found[i]!;
      if (single.urls.length === 0) empty.push(query.name);
      if (!isDeepStrictEqual(merged.urls, single.urls)) differing.push(`${query.name}: ${merged.urls.length} articles against ${single.urls.length}`);
      else if (!isDeepStrictEqual(merged.filters, single.filters)) differing.push(`${query.name}: filter counts`);
      else if (!isDeepStrictEqual(merged.totalFilters, single.totalFilters)) differing.push(`${query.name}: counts without filters`);
    });
    assert.deepEqual(differing, []);
    assert.deepEqual(empty, [], "every query finds articles: none is compared on nothing");
  });

  it("should, for a word only some years hold, add what the other years hold of its longest indexed prefix (Pagefind's fallback, per shard)", async () => {
    // Pagefind searches a word no indexed word begins with as the longest indexed word
    // that begins it ("1234" as "123"): each shard decides that on its own, so the years
    // without "1234" add their "123…" articles. docs/performance.md says so.
    const page = await browser.newPage();
    await page.goto(server.url);
    const { found } = await compareInBrowser(page, [{ name: "a title's number", term: "report 1234" }]);
    await page.close();
    const { single, merged } = found[0]!;
    assert.equal(single.urls.length, 1);
    assert.ok(merged.urls.includes(single.urls[0]!), "the article itself is found");
    const year = single.urls[0]!.split("/")[2];
    const extra = merged.urls.filter((url) => url !== single.urls[0]);
    assert.ok(extra.length > 0, "the fallback adds articles (if Pagefind stops doing so, the docs must change)");
    assert.ok(extra.every((url) => url.split("/")[2] !== year), `none from ${year}, the one year that holds "1234": ${extra.join(", ")}`);
  });

  it("should list results newest first and oldest first across years, as one index sorts them", async () => {
    // A country named in some tens of articles over every year: its results span every shard and several pages.
    const [country] = [...newsroom.countryCounts].filter(([, n]) => n >= 25 && n <= 60).sort((a, b) => a[1] - b[1])[0] ?? [];
    assert.ok(country, "the newsroom has a country of some tens of articles");
    const expected = records.filter((record) => record.filters.country!.includes(country)).map((record) => record.url);
    assert.ok(new Set(expected.map((url) => sortKey.get(url)!.slice(0, 4))).size >= 3, "they span several years");
    const page = await browser.newPage();
    for (const direction of ["desc", "asc"] as const) {
      const shown = await searchPageResults(page, `${server.url}search/?country=${encodeURIComponent(country)}&sort=date%3A${direction}`);
      assert.deepEqual([...shown].sort(), [...expected].sort(), `${direction}: every article of ${country}`);
      const keys = shown.map((url) => sortKey.get(url)!);
      const inOrder = [...keys].sort();
      if (direction === "desc") inOrder.reverse();
      assert.deepEqual(keys, inOrder, `${direction}: in date order, year after year`);
    }
    // And with words: within a year, the shard's own date order.
    const shown = await searchPageResults(page, `${server.url}search/?q=harvest&person=${encodeURIComponent(newsroom.people[0]!)}&sort=date%3Adesc`);
    assert.ok(shown.length >= 2, `${shown.length} results`);
    const keys = shown.map((url) => sortKey.get(url)!);
    assert.deepEqual(keys, [...keys].sort().reverse());
    await page.close();
  });
});
