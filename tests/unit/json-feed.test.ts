import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { NEWS_SITEMAP_SIZE, newsSitemapArticles } from "../../src/archive/news-sitemap.ts";
import { jsonFeedUrl } from "../../src/archive/urls.ts";
import { feedHtml } from "../../src/eleventy/feeds.ts";
import { buildJsonFeed } from "../../src/eleventy/json-feed.ts";
import { archiveOf } from "../helpers/archive-of.ts";
import { datesNear, FAR_ZONES } from "../helpers/dates-near-now.ts";
import type { ArticleView } from "../../src/archive/model.ts";
import { publicationInstant } from "../../src/content/embargo.ts";
import { parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";

const SITE = { title: "Caspian Wire", language: "en", dir: "ltr", base: "https://news.example.org/archive/" };

describe("JSON Feed", () => {
  it("should put a page's JSON feed beside its Atom feed", () => {
    assert.equal(jsonFeedUrl("/people/yalchin-rafiyev/"), "/people/yalchin-rafiyev/feed.json");
    assert.equal(jsonFeedUrl("/countries/syria"), "/countries/syria/feed.json");
    const archive = archiveOf([{ title: "A", people: ["Ann Example"] }]);
    assert.deepEqual(archive.feeds.map((feed) => feed.jsonUrl), ["/feed.json", "/people/ann-example/feed.json", "/sources/azernews/feed.json"]);
  });

  it("should hold the required fields of JSON Feed 1.1 with absolute URLs under the path prefix", async () => {
    const archive = archiveOf([
      {
        title: "Rafiyev meets Lavrov",
        date: "2024-12-05",
        updated: "2024-12-06",
        people: ["Yalchin Rafiyev", "Сергей Лавров"],
        places: ["Russia"],
        author: "Leyla Aliyeva",
        url: "https://azernews.az/a/1",
        rendered: { html: '<p>See <img src="photo.jpg" alt="him">.</p>', text: "See him.", excerpt: "See him.", words: 2, readingMinutes: 1 },
      },
    ]);
    const person = archive.feeds.find((feed) => feed.title === "Yalchin Rafiyev")!;
    const json = JSON.parse(JSON.stringify(await buildJsonFeed(person, SITE, feedHtml)));
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.equal(json.title, "Yalchin Rafiyev · Caspian Wire");
    assert.equal(json.home_page_url, "https://news.example.org/archive/people/yalchin-rafiyev/");
    assert.equal(json.feed_url, "https://news.example.org/archive/people/yalchin-rafiyev/feed.json");
    assert.equal(json.language, "en");
    assert.equal(json.items.length, 1);
    const [item] = json.items;
    assert.equal(item.id, "https://news.example.org/archive/articles/2024/12/rafiyev-meets-lavrov/");
    assert.equal(item.url, item.id);
    assert.equal(item.external_url, "https://azernews.az/a/1");
    assert.equal(item.title, "Rafiyev meets Lavrov");
    assert.equal(item.date_published, archive.articles[0]!.date.iso);
    assert.equal(item.date_modified, archive.articles[0]!.modified.iso);
    assert.notEqual(item.date_modified, item.date_published);
    assert.deepEqual(item.authors, [{ name: "Leyla Aliyeva" }]);
    assert.deepEqual(item.tags, ["Yalchin Rafiyev", "Сергей Лавров", "Russia"]);
    // Relative URLs in the body are made absolute against the article's URL, as in the Atom feed.
    assert.match(item.content_html, /src="https:\/\/news\.example\.org\/archive\/articles\/2024\/12\/rafiyev-meets-lavrov\/photo\.jpg"/);
  });

  it("should escape hostile text by JSON.stringify and mark a right-to-left body's direction", async () => {
    const title = 'Quote " backslash \\ </script> \u2028 line';
    const archive = archiveOf([{ title, lang: "ar", people: ["حسن نصر الله"] }]);
    const text = JSON.stringify(await buildJsonFeed(archive.feeds[0]!, SITE, feedHtml));
    const json = JSON.parse(text);
    assert.equal(json.items[0].title, title);
    assert.equal(json.items[0].language, "ar");
    assert.match(json.items[0].content_html, /^<div dir="rtl" lang="ar">/);
  });

  it("should give an empty feed an empty item list", async () => {
    const archive = archiveOf([]);
    const json = await buildJsonFeed(archive.feeds[0]!, SITE, feedHtml);
    assert.deepEqual(json.items, []);
    assert.equal(json.feed_url, "https://news.example.org/archive/feed.json");
  });
});

describe("news sitemap articles", () => {
  it("should keep only articles that went live in the two days before now, none in the future", () => {
    const archive = archiveOf(
      [
        { title: "Future", date: "2024-12-06T09:00:00Z" },
        { title: "Today", date: "2024-12-05T08:00:00Z" },
        { title: "Yesterday", date: "2024-12-04" },
        { title: "Old", date: "2024-12-03T11:59:00Z" },
      ],
      { schedule: { now: Date.parse("2024-12-05T12:00:00Z"), future: true } },
    );
    assert.deepEqual(archive.newsSitemap.map((view) => view.title), ["Today", "Yesterday"]);
  });

  it("should read a date without an offset on the site's clock", () => {
    // 2024-12-03 00:00 in Baku (UTC+4) is 2 December 20:00 UTC: out of a window starting 3 December 06:00 UTC.
    const archive = archiveOf([{ title: "Baku", date: "2024-12-03T12:00:00" }, { title: "Early", date: "2024-12-03T09:00:00" }], {
      site: { timezone: "Asia/Baku" },
      schedule: { now: Date.parse("2024-12-05T06:00:00Z"), future: false },
    });
    // 12:00 Baku = 08:00 UTC (in), 09:00 Baku = 05:00 UTC (out).
    assert.deepEqual(archive.newsSitemap.map((view) => view.title), ["Baku"]);
  });

  it(`should list at most ${NEWS_SITEMAP_SIZE} articles, the newest`, () => {
    const now = Date.parse("2024-12-05T12:00:00Z");
    const archive = archiveOf(
      Array.from({ length: NEWS_SITEMAP_SIZE + 5 }, (_, i) => ({ title: `Wire ${i}`, date: new Date(now - (i + 1) * 60_000).toISOString().replace(/\.\d+Z$/, "Z") })),
      { schedule: { now, future: false } },
    );
    const listed = newsSitemapArticles(archive.articles, { now }, "UTC");
    assert.equal(listed.length, NEWS_SITEMAP_SIZE);
    assert.equal(listed[0]!.title, "Wire 0");
  });

  it("should list what checking every article would, in any zone, though it stops at the first article too old", () => {
    const now = Date.parse("2024-12-05T12:00:00Z");
    // Dates within four days of now, with and without offsets, read in zones as far from UTC as there are.
    const written = datesNear(now);
    const zones = FAR_ZONES;
    fc.assert(
      fc.property(fc.array(written, { maxLength: 60 }), zones, (dates, zone) => {
        const views = dates
          .map((date) => ({ date: parseArticleDate(date) as ArticleDate }) as ArticleView)
          .sort((a, b) => b.date.instant - a.date.instant);
        const everyArticle = views.filter((view) => {
          const live = publicationInstant(view.date, zone);
          return live > now - 2 * 86_400_000 && live <= now;
        });
        assert.deepEqual(newsSitemapArticles(views, { now }, zone), everyArticle);
      }),
      { numRuns: 300 },
    );
  });
});
