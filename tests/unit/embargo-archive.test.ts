import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/content/article.ts";
import type { Schedule } from "../../src/content/embargo.ts";
import { DEFAULT_SITE } from "../../src/content/site-settings.ts";
import type { Registry } from "../../src/entities/registry.ts";
import { searchRecords } from "../../src/search/search-index.ts";
import { archiveOf, type ArticleFields } from "../helpers/archive-of.ts";

const NOW = Date.parse("2030-01-01T07:00:00Z");
const AT_NOW: Schedule = { now: NOW, future: false };

const registry: Registry = {
  people: [{ name: "Ilham Aliyev", aliases: ["I. Aliyev"], file: "/content/_data/people.yaml", line: 1 }],
  places: [],
};

const PUBLISHED: ArticleFields[] = [
  { title: "Forum opens in Baku", date: "2029-12-30", people: ["Ilham Aliyev", "Jeyhun Bayramov"], places: ["Azerbaijan"] },
  { title: "Talks in Tbilisi", date: "2029-12-31T18:00:00+04:00", people: ["Jeyhun Bayramov"], places: ["Georgia", "Azerbaijan"] },
];

/** Scheduled: 09:00 in Paris on 1 January 2030 is 08:00 UTC, an hour after NOW. */
const SCHEDULED: ArticleFields = {
  title: "Embargoed summit statement",
  date: "2030-01-01T09:00:00+01:00",
  source: "Embargo Wire",
  people: ["Ilham Aliyev", "Only Inthe Embargo"],
  places: ["Azerbaijan", "Japan"],
};

describe("buildArchive with a scheduled article", () => {
  it("should build exactly the archive it would build without the article: no list, count, feed, sitemap entry, related link or redirect of its own", () => {
    const withScheduled = archiveOf([...PUBLISHED, SCHEDULED], { registry, schedule: AT_NOW });
    const without = archiveOf(PUBLISHED, { registry, schedule: AT_NOW });
    assert.deepEqual(withScheduled, without);
    const text = JSON.stringify(withScheduled);
    for (const word of ["Embargoed", "Embargo Wire", "Only Inthe Embargo", "Japan", "/2030/"]) {
      assert.ok(!text.includes(word), `${word} appears in the archive`);
    }
    assert.ok(!withScheduled.people.some((person) => person.name === "Only Inthe Embargo"), "a person only the scheduled article mentions has no page");
    assert.ok(!withScheduled.countries.some((country) => country.name === "Japan"));
    assert.ok(!withScheduled.years.some((year) => year.year === 2030));
    assert.ok(!JSON.stringify(searchRecords(withScheduled)).includes("Embargoed"), "no search record");
  });

  it("should publish it everywhere with --future", () => {
    const archive = archiveOf([...PUBLISHED, SCHEDULED], { registry, schedule: { now: NOW, future: true } });
    assert.equal(archive.articles.length, 3);
    assert.equal(archive.articles[0]!.title, "Embargoed summit statement");
    assert.ok(archive.people.some((person) => person.name === "Only Inthe Embargo"));
    assert.ok(archive.countries.some((country) => country.name === "Japan"));
    assert.ok(archive.feeds[0]!.articles.some((article) => article.title === "Embargoed summit statement"));
    assert.ok(archive.sitemap.some((entry) => entry.url === archive.articles[0]!.url));
    assert.equal(searchRecords(archive).length, 3);
  });

  it("should publish it from its instant on", () => {
    const archive = archiveOf([...PUBLISHED, SCHEDULED], { registry, schedule: { now: Date.parse("2030-01-01T08:00:00Z"), future: false } });
    assert.equal(archive.articles.length, 3);
  });

  it("should read a date-only article's midnight in the site's time zone", () => {
    const newYear: ArticleFields = { title: "New year", date: "2030-01-01" };
    const inTokyo = archiveOf([newYear], { schedule: AT_NOW, site: { ...DEFAULT_SITE, timezone: "Asia/Tokyo" } });
    const inLosAngeles = archiveOf([newYear], { schedule: AT_NOW, site: { ...DEFAULT_SITE, timezone: "America/Los_Angeles" } });
    assert.equal(inTokyo.articles.length, 1, "16:00 on 1 January in Tokyo");
    assert.equal(inLosAngeles.articles.length, 0, "23:00 on 31 December in Los Angeles");
  });

  it("should keep drafts out whatever the schedule", () => {
    const draft: ArticleFields & Pick<Article, "draft"> = { title: "Draft", date: "2020-01-01", draft: true };
    assert.equal(archiveOf([draft], { schedule: { now: NOW, future: true } }).articles.length, 0);
  });
});
