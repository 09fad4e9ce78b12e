import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EMPTY_FEED_UPDATED, ENTITY_FEED_SIZE, SITE_FEED_SIZE, lastModified } from "../../src/archive/feed-list.ts";
import { feedUrl } from "../../src/archive/urls.ts";
import { archiveOf } from "../helpers/archive-of.ts";

function days(count: number, fields: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    return { title: `Day ${i}`, date: day, ...fields };
  });
}

describe("feed list", () => {
  it("should put a page's feed inside the page's folder", () => {
    assert.equal(feedUrl("/people/yalchin-rafiyev/"), "/people/yalchin-rafiyev/feed.xml");
    assert.equal(feedUrl("/countries/syria"), "/countries/syria/feed.xml");
  });

  it("should make the site feed first, then one feed per person, country and source", () => {
    const archive = archiveOf([{ title: "A", people: ["Ann Example"], places: ["Syria"], source: "Example Times" }]);
    assert.deepEqual(
      archive.feeds.map((f) => [f.url, f.title, f.pageUrl]),
      [
        ["/feed.xml", "", "/"],
        ["/people/ann-example/feed.xml", "Ann Example", "/people/ann-example/"],
        ["/countries/syria/feed.xml", "Syria", "/countries/syria/"],
        ["/sources/example-times/feed.xml", "Example Times", "/sources/example-times/"],
      ],
    );
    assert.equal(archive.feeds[1]!.subtitle, "Articles mentioning Ann Example.");
  });

  it(`should keep the newest ${SITE_FEED_SIZE} articles in the site feed and ${ENTITY_FEED_SIZE} in an entity's`, () => {
    const archive = archiveOf(days(60, { people: ["Ann Example"] }));
    const [site, person] = archive.feeds;
    assert.equal(site!.articles.length, SITE_FEED_SIZE);
    assert.equal(person!.articles.length, ENTITY_FEED_SIZE);
    assert.equal(site!.articles[0]!.title, "Day 59");
    assert.equal(person!.articles.at(-1)!.title, `Day ${60 - ENTITY_FEED_SIZE}`);
  });

  it("should date a feed by the latest update or publication among its articles, not the clock", () => {
    const archive = archiveOf([
      { title: "Old but updated", date: "2024-01-01", updated: "2024-06-01T10:00:00+02:00" },
      { title: "Newer", date: "2024-03-01" },
    ]);
    assert.equal(archive.feeds[0]!.updated, "2024-06-01T10:00:00+02:00");
    assert.equal(lastModified(archive.articles)?.iso, "2024-06-01T10:00:00+02:00");
  });

  it("should give an empty site a fixed feed date", () => {
    const archive = archiveOf([]);
    assert.deepEqual(archive.feeds.map((f) => [f.url, f.articles.length, f.updated]), [["/feed.xml", 0, EMPTY_FEED_UPDATED]]);
  });

  it("should date a feed by a correction later than its articles' updates", () => {
    const archive = archiveOf([
      { title: "A", date: "2024-12-30", corrections: [{ date: "2025-01-07T09:00:00+01:00", text: "x" }] },
      { title: "B", date: "2024-12-31", updated: "2025-01-05" },
    ]);
    assert.equal(archive.feeds[0]!.updated, "2025-01-07T09:00:00+01:00");
  });
});
