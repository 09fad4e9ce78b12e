import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { INDEX_PAGE_URLS, w3cDate } from "../../src/archive/sitemap.ts";
import { parseArticleDate } from "../../src/content/dates.ts";
import { archiveOf } from "../helpers/archive-of.ts";

describe("sitemap", () => {
  it("should write a date-only value as the day and a date-time in full", () => {
    const day = parseArticleDate("2024-12-30");
    const time = parseArticleDate("2024-12-30T09:15:00+03:00");
    assert.ok(!("error" in day) && !("error" in time));
    assert.equal(w3cDate(day), "2024-12-30");
    assert.equal(w3cDate(time), "2024-12-30T09:15:00+03:00");
    assert.equal(w3cDate(undefined), undefined);
  });

  it("should list every page: home pages, articles, indexes, entity pages and date pages", () => {
    const archive = archiveOf(
      [
        { title: "A", date: "2024-12-30", people: ["Ann Example"], places: ["Syria"] },
        { title: "B", date: "2024-11-02", updated: "2025-01-05", places: ["Syria"] },
        { title: "C", date: "2023-05-01" },
      ],
      { site: { pageSize: 2 } },
    );
    const urls = archive.sitemap.map((e) => e.url);
    assert.ok(archive.entityYearPages.length > 0, "the source's years have lists: three articles over two years, two a page");
    const expected = [
      ...archive.homePages.map((p) => p.url),
      ...archive.articles.map((a) => a.url),
      ...INDEX_PAGE_URLS,
      archive.corrections.url,
      "/feeds/",
      ...archive.personPages.map((p) => p.page.url),
      ...archive.countryPages.map((p) => p.page.url),
      ...archive.sourcePages.map((p) => p.page.url),
      ...archive.entityYearPages.map((p) => p.page.url),
      ...archive.yearPages.map((p) => p.page.url),
      ...archive.monthPages.map((p) => p.page.url),
    ];
    assert.deepEqual(urls, expected);
    assert.ok(urls.includes("/page/2/"), "second home page");
    assert.ok(urls.includes("/sources/azernews/page/2/"), "second source page");
    assert.equal(new Set(urls).size, urls.length, "no URL twice");
  });

  it("should date an article by its update, and every page of a list by the list's latest change", () => {
    const archive = archiveOf(
      [
        { title: "A", date: "2024-12-30", places: ["Syria"] },
        { title: "B", date: "2024-11-02", updated: "2025-01-05", places: ["Syria"] },
        { title: "C", date: "2024-10-01", places: ["Syria"] },
      ],
      { site: { pageSize: 2 } },
    );
    const lastmod = new Map(archive.sitemap.map((e) => [e.url, e.lastmod]));
    assert.equal(lastmod.get(archive.articles.find((a) => a.title === "B")!.url), "2025-01-05");
    assert.equal(lastmod.get(archive.articles.find((a) => a.title === "A")!.url), "2024-12-30");
    assert.equal(lastmod.get("/countries/syria/"), "2025-01-05");
    assert.equal(lastmod.get("/countries/syria/page/2/"), "2025-01-05");
    assert.equal(lastmod.get("/"), "2025-01-05");
    assert.equal(lastmod.get("/archive/2024/10/"), "2024-10-01");
  });

  it("should still list the home page of an empty archive, without a date", () => {
    const archive = archiveOf([]);
    assert.deepEqual(archive.sitemap[0], { url: "/", lastmod: undefined });
  });

  it("should date a corrected article and the corrections page by the newest correction", () => {
    const archive = archiveOf([
      { title: "A", date: "2024-12-30", updated: "2025-01-02", places: ["Syria"], corrections: [{ date: "2025-01-07", text: "x" }] },
      { title: "B", date: "2024-12-31" },
    ]);
    const lastmod = new Map(archive.sitemap.map((e) => [e.url, e.lastmod]));
    assert.equal(lastmod.get(archive.articles.find((a) => a.title === "A")!.url), "2025-01-07");
    assert.equal(lastmod.get("/corrections/"), "2025-01-07");
    assert.equal(lastmod.get("/countries/syria/"), "2025-01-07");
    assert.equal(archiveOf([{ title: "B" }]).sitemap.find((e) => e.url === "/corrections/")?.lastmod, undefined, "no correction: no date");
  });
});
