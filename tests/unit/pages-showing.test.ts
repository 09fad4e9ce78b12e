import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ENTITY_FEED_SIZE } from "../../src/archive/feed-list.ts";
import type { ArticleView } from "../../src/archive/model.ts";
import { pagesShowing, type PageJob } from "../../src/preview/pages-showing.ts";
import { archiveOf, type ArticleFields } from "../helpers/archive-of.ts";

/** Each job as "kind url", the URL being the page the job writes. */
function described(jobs: PageJob[]): string[] {
  return jobs.map((job) => {
    switch (job.kind) {
      case "article":
        return `article ${job.item.url}`;
      case "home":
        return `home ${job.item.url}`;
      case "feed":
        return `feed ${job.item.url}`;
      case "json-feed":
        return `json-feed ${job.item.jsonUrl}`;
      case "corrections":
      case "corrections-feed":
      case "news-sitemap":
        return job.kind;
      default:
        return `${job.kind} ${job.item.page.url}`;
    }
  });
}

function viewTitled(articles: ArticleView[], title: string): ArticleView {
  const view = articles.find((article) => article.title === title);
  assert.ok(view, `no article titled ${title}`);
  return view;
}

/** Five articles a day apart (newest first: e, d, c, b, a), two people, two countries, two sources. */
const FIVE: ArticleFields[] = [
  { title: "a", date: "2024-11-01", people: ["Ann Lee"], places: ["Syria"], source: "AzerNews" },
  { title: "b", date: "2024-11-02", people: ["Ann Lee", "Bo Chen"], places: ["Syria"], source: "AzerNews" },
  { title: "c", date: "2024-12-03", people: ["Bo Chen"], places: ["Japan"], source: "Kyodo" },
  { title: "d", date: "2024-12-04", people: [], places: ["Japan"], source: "Kyodo" },
  { title: "e", date: "2024-12-05", people: ["Ann Lee"], places: ["Damascus"], source: "AzerNews" },
];

describe("pagesShowing", () => {
  it("should list the article's page, the one page of each list holding it, its feeds, and the articles linking to it", () => {
    const archive = archiveOf(FIVE, { site: { pageSize: 2 } });
    const b = viewTitled(archive.articles, "b");
    assert.deepEqual(described(pagesShowing(archive, b)).sort(), [
      // Its own page, then the articles whose links name it: a (next), c (previous), and a, e (related through Ann Lee or Syria).
      "article /articles/2024/11/a/",
      "article /articles/2024/11/b/",
      "article /articles/2024/12/c/",
      "article /articles/2024/12/e/",
      "country /countries/syria/",
      "feed /countries/syria/feed.xml",
      "feed /feed.xml",
      "feed /people/ann-lee/feed.xml",
      "feed /people/bo-chen/feed.xml",
      "feed /sources/azernews/feed.xml",
      // Newest first with two a page: e, d | c, b | a.
      "home /page/2/",
      "json-feed /countries/syria/feed.json",
      "json-feed /feed.json",
      "json-feed /people/ann-lee/feed.json",
      "json-feed /people/bo-chen/feed.json",
      "json-feed /sources/azernews/feed.json",
      "month /archive/2024/11/",
      // Ann Lee and AzerNews: e, b | a. Bo Chen: c, b.
      "person /people/ann-lee/",
      "person /people/bo-chen/",
      "source /sources/azernews/",
      "year /archive/2024/page/2/",
    ]);
  });

  it("should list the page of each year list that holds the article", () => {
    // Ann Lee, Syria and AzerNews have three articles over 2023 and 2024, more than a page of two: lists of their years.
    const archive = archiveOf([...FIVE.slice(0, 2), { title: "old", date: "2023-06-01", people: ["Ann Lee"], places: ["Syria"], source: "AzerNews" }], { site: { pageSize: 2 } });
    const old = viewTitled(archive.articles, "old");
    const yearJobs = described(pagesShowing(archive, old)).filter((job) => job.startsWith("entity-year "));
    assert.deepEqual(yearJobs.sort(), ["entity-year /countries/syria/2023/", "entity-year /people/ann-lee/2023/", "entity-year /sources/azernews/2023/"]);
  });

  it("should list a person's first page when the article is their first mention, though it is on a later page of their list", () => {
    const archive = archiveOf(FIVE, { site: { pageSize: 2 } });
    const a = viewTitled(archive.articles, "a");
    const jobs = described(pagesShowing(archive, a));
    // Ann Lee's list: e, b | a. Page 2 holds a; page 1 names it as her first mention.
    assert.ok(jobs.includes("person /people/ann-lee/page/2/"), jobs.join("\n"));
    assert.ok(jobs.includes("person /people/ann-lee/"), jobs.join("\n"));
  });

  it("should put the article's own page first and list every page once", () => {
    const archive = archiveOf(FIVE, { site: { pageSize: 2 } });
    for (const view of archive.articles) {
      const jobs = described(pagesShowing(archive, view));
      assert.equal(jobs[0], `article ${view.url}`);
      assert.equal(new Set(jobs).size, jobs.length, `a page is listed twice for ${view.title}`);
    }
  });

  it("should list exactly the articles whose previous, next or related links point to it", () => {
    const archive = archiveOf(FIVE);
    for (const view of archive.articles) {
      const linking = archive.articles
        .filter((other) => other !== view)
        .filter((other) => [other.prev, other.next, ...(other.related ?? [])].some((link) => link?.url === view.url))
        .map((other) => `article ${other.url}`)
        .sort();
      const listed = described(pagesShowing(archive, view)).filter((job) => job.startsWith("article ")).slice(1).sort();
      assert.deepEqual(listed, linking, view.title);
    }
  });

  it("should leave out a feed the article has dropped out of", () => {
    // Ann Lee is in 21 articles: the oldest is on her list (page 2 of 20 a page) but not in her feed (the newest ENTITY_FEED_SIZE).
    const count = Math.max(ENTITY_FEED_SIZE, 20) + 1;
    const articles: ArticleFields[] = Array.from({ length: count }, (_, i) => ({
      title: `story ${String(i).padStart(2, "0")}`,
      date: `2024-01-${String(i + 1).padStart(2, "0")}`,
      people: ["Ann Lee"],
    }));
    const archive = archiveOf(articles);
    const oldest = viewTitled(archive.articles, "story 00");
    const newest = viewTitled(archive.articles, `story ${count - 1}`);
    assert.ok(!described(pagesShowing(archive, oldest)).includes("feed /people/ann-lee/feed.xml"));
    assert.ok(described(pagesShowing(archive, oldest)).includes("person /people/ann-lee/page/2/"));
    assert.ok(described(pagesShowing(archive, newest)).includes("feed /people/ann-lee/feed.xml"));
  });

  it("should list no entity pages for an article without people or places beyond its source, date and home page", () => {
    const archive = archiveOf([{ title: "alone", date: "2024-05-05", source: "AzerNews" }]);
    assert.deepEqual(described(pagesShowing(archive, archive.articles[0]!)).sort(), [
      "article /articles/2024/05/alone/",
      "feed /feed.xml",
      "feed /sources/azernews/feed.xml",
      "home /",
      "json-feed /feed.json",
      "json-feed /sources/azernews/feed.json",
      "month /archive/2024/05/",
      "source /sources/azernews/",
      "year /archive/2024/",
    ]);
  });

  it("should add the corrections page and feed for an article with corrections, and only then", () => {
    const archive = archiveOf([...FIVE.slice(0, 4), { ...FIVE[4]!, corrections: [{ date: "2024-12-06", text: "Fixed." }] }], { site: { pageSize: 2 } });
    const corrected = described(pagesShowing(archive, viewTitled(archive.articles, "e")));
    assert.ok(corrected.includes("corrections") && corrected.includes("corrections-feed"), corrected.join(", "));
    const plain = described(pagesShowing(archive, viewTitled(archive.articles, "d")));
    assert.ok(!plain.includes("corrections") && !plain.includes("corrections-feed"));
  });

  it("should add the news sitemap for an article of the two days before now, and only then", () => {
    // "Now" is noon on 5 December: e (the 5th) and d (the 4th) are recent, c (the 3rd, 00:00) is 60 hours old.
    const archive = archiveOf(FIVE, { schedule: { now: Date.parse("2024-12-05T12:00:00Z"), future: false } });
    assert.deepEqual(archive.newsSitemap.map((view) => view.title), ["e", "d"]);
    assert.ok(described(pagesShowing(archive, viewTitled(archive.articles, "d"))).includes("news-sitemap"));
    assert.ok(!described(pagesShowing(archive, viewTitled(archive.articles, "c"))).includes("news-sitemap"));
  });
});
