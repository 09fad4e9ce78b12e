import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { nextClockChange } from "../../src/archive/next-clock-change.ts";
import { NEWS_WINDOW_MS } from "../../src/archive/news-sitemap.ts";
import { parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";
import { datesNear, FAR_ZONES } from "../helpers/dates-near-now.ts";
import { publicationInstant } from "../../src/content/embargo.ts";

describe("nextClockChange", () => {
  it("should find what looking up every article's zone would, though it skips the articles long past", () => {
    const now = Date.parse("2024-12-05T12:00:00Z");
    // Dates within four days of now, with and without offsets, read in zones as far from UTC as there are.
    const written = datesNear(now);
    const article = fc.tuple(written, fc.boolean()).map(([date, draft]) => ({ draft, date: parseArticleDate(date) as ArticleDate }));
    const zones = FAR_ZONES;
    fc.assert(
      fc.property(fc.array(article, { maxLength: 40 }), fc.array(written, { maxLength: 5 }), zones, (articles, recent, zone) => {
        const newsSitemap = recent.map((date) => ({ date: parseArticleDate(date) as ArticleDate }));
        let expected = Infinity;
        for (const { draft, date } of articles) {
          const live = publicationInstant(date, zone);
          if (!draft && live > now && live < expected) expected = live;
        }
        for (const { date } of newsSitemap) {
          const leaves = publicationInstant(date, zone) + NEWS_WINDOW_MS;
          if (leaves > now && leaves < expected) expected = leaves;
        }
        assert.equal(nextClockChange(articles, newsSitemap, now, zone), expected);
      }),
      { numRuns: 300 },
    );
  });

  const day = (ymd: string, time = "T00:00:00Z") => {
    const instant = Date.parse(`${ymd}${time}`);
    return { written: `${ymd}${time}`, hasTime: true, instant };
  };
  const now = Date.parse("2025-06-01T12:00:00Z");

  it("should be the next scheduled article going live, drafts left out", () => {
    const articles = [
      { draft: false, date: day("2025-05-01") },
      { draft: true, date: day("2025-06-02") },
      { draft: false, date: day("2025-06-10") },
      { draft: false, date: day("2025-06-05") },
    ];
    assert.equal(nextClockChange(articles, [], now, "UTC"), Date.parse("2025-06-05T00:00:00Z"));
  });

  it("should be the first article of the news sitemap leaving its window, when sooner", () => {
    const recent = { draft: false, date: day("2025-05-31", "T18:00:00Z") };
    assert.equal(nextClockChange([recent, { draft: false, date: day("2025-06-10") }], [recent], now, "UTC"), recent.date.instant + NEWS_WINDOW_MS);
  });

  it("should be never for an archive the clock cannot change", () => {
    assert.equal(nextClockChange([{ draft: false, date: day("2020-01-01") }], [], now, "UTC"), Infinity);
  });
});
