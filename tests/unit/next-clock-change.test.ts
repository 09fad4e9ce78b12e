import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { nextClockChange } from "../../src/archive/next-clock-change.ts";
import { NEWS_WINDOW_MS } from "../../src/archive/news-sitemap.ts";
import { parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";
import { publicationInstant } from "../../src/content/embargo.ts";

describe("nextClockChange", () => {
  it("should find what looking up every article's zone would, though it skips the articles long past", () => {
    const now = Date.parse("2024-12-05T12:00:00Z");
    // Dates within four days of now, with and without offsets, read in zones as far from UTC as there are.
    const written = fc
      .tuple(fc.integer({ min: -96 * 60, max: 96 * 60 }), fc.constantFrom("", "Z", "+14:00", "-12:00", "+05:45"), fc.boolean())
      .map(([minutes, offset, dateOnly]) => {
        const iso = new Date(now + minutes * 60_000).toISOString();
        return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 16)}${offset}`;
      });
    const article = fc.tuple(written, fc.boolean()).map(([date, draft]) => ({ draft, date: parseArticleDate(date) as ArticleDate }));
    const zones = fc.constantFrom("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Europe/London");
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
});
