import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addReadingAids, entityNames, placeKeys, RELATED_NAMES_SHOWN } from "../../src/archive/reading-aids.ts";
import { entityYears } from "../../src/archive/entity-years.ts";
import type { ArticleView, PersonView } from "../../src/archive/model.ts";
import { parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";
import { countryIndex } from "../../src/entities/countries.ts";

function date(ymd: string): ArticleDate {
  const parsed = parseArticleDate(ymd);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

function article(id: string, ymd: string): ArticleView {
  return {
    id, url: `/articles/${id}/`, title: `Title ${id}`, date: date(ymd), dateText: ymd, modified: date(ymd), corrections: [],
    source: { name: "S", url: "/sources/s/" }, month: { name: "Month", url: "/archive/" }, people: [], places: [], excerpt: "", description: "", html: "", text: "",
    dir: "ltr", words: 0, readingMinutes: 1,
  };
}

describe("placeKeys", () => {
  it("should give a city its country's key and its own, and a country only its own", () => {
    const syria = countryIndex().find("Syria")!;
    assert.deepEqual(placeKeys({ kind: "country", country: syria }), ["country:SY"]);
    assert.deepEqual(placeKeys({ kind: "place", key: "place:damascus", name: "Damascus", country: syria }), ["country:SY", "place:damascus"]);
    assert.deepEqual(placeKeys({ kind: "unknown", key: "place:atlantis", name: "Atlantis" }), ["place:atlantis"]);
  });
});

describe("addReadingAids", () => {
  it("should link each article to the one published before (prev) and after (next) it", () => {
    const [newest, middle, oldest] = [article("c", "2025-03-01"), article("b", "2025-02-01"), article("a", "2025-01-01")];
    addReadingAids([newest, middle, oldest].map((view) => ({ view, keys: ["person:x"] })), []);
    assert.equal(newest!.next, undefined);
    assert.equal(newest!.prev?.url, "/articles/b/");
    assert.deepEqual(middle!.prev, { title: "Title a", dir: "ltr", url: "/articles/a/", dateText: "2025-01-01", ymd: "2025-01-01" });
    assert.equal(middle!.next?.url, "/articles/c/");
    assert.equal(oldest!.prev, undefined);
  });

  it("should set related articles as plain links with the number of entities shared", () => {
    const views = [article("c", "2025-03-01"), article("b", "2025-02-01"), article("a", "2025-01-01")];
    addReadingAids(
      [
        { view: views[0]!, keys: ["person:x", "country:SY"] },
        { view: views[1]!, keys: ["person:y"] },
        { view: views[2]!, keys: ["country:SY", "person:x"] },
      ],
      [],
    );
    assert.deepEqual(views[0]!.related, [
      { title: "Title a", dir: "ltr", url: "/articles/a/", dateText: "2025-01-01", ymd: "2025-01-01", shared: 2, alsoAbout: [], alsoMore: 0 },
    ]);
    assert.deepEqual(views[1]!.related, []);
  });

  it("should name the shared people and places, the first three, and count the rest", () => {
    const views = [article("b", "2025-02-01"), article("a", "2025-01-01")];
    const keys = ["person:x", "country:SY", "place:damascus", "person:y", "place:atlantis"];
    const names = new Map([["person:x", "Ilham Aliyev"], ["country:SY", "Syria"], ["place:damascus", "Damascus"], ["person:y", "Sofia Khalil"], ["place:atlantis", "Atlantis"]]);
    addReadingAids([{ view: views[0]!, keys }, { view: views[1]!, keys: [...keys].reverse() }], [], { entityNames: names });
    assert.equal(RELATED_NAMES_SHOWN, 3);
    assert.deepEqual(views[0]!.related?.map((r) => [r.shared, r.alsoAbout, r.alsoMore]), [[5, ["Ilham Aliyev", "Syria", "Damascus"], 2]]);
    assert.deepEqual(views[1]!.related?.map((r) => [r.alsoAbout, r.alsoMore]), [[["Atlantis", "Sofia Khalil", "Damascus"], 2]]);
  });

  it("should call people and countries by their canonical names, and an unresolved place by the first spelling seen", () => {
    const syria = countryIndex().find("Syria")!;
    const names = entityNames(
      [{ key: "person:ilham aliyev", name: "Ilham Aliyev" }],
      [{ country: syria, name: "Syria" }],
      [
        { kind: "country", country: syria },
        { kind: "place", key: "place:damascus", name: "Damascus", country: syria },
        { kind: "unknown", key: "place:atlantis", name: "Atlantis" },
        { kind: "unknown", key: "place:atlantis", name: "ATLANTIS" },
      ],
    );
    assert.deepEqual([...names], [["person:ilham aliyev", "Ilham Aliyev"], ["country:SY", "Syria"], ["place:damascus", "Damascus"], ["place:atlantis", "Atlantis"]]);
  });

  it("should give every person, country and source a timeline of their articles", () => {
    const views = [article("b", "2025-03-09"), article("a", "2025-01-01")];
    const person = { articles: views, years: [] } as unknown as PersonView;
    addReadingAids([], [person]);
    assert.deepEqual(person.timeline?.buckets.map((b) => b.count), [1, 0, 1]);
  });

  it("should link each year of a timeline to the entity's list of that year when it has lists of its years", () => {
    const views = [article("b", "2025-03-09"), article("a", "2024-01-01")];
    const url = "/people/x/";
    const person = { url, articles: views, years: entityYears(url, views, 1) } as unknown as PersonView;
    addReadingAids([], [person]);
    assert.deepEqual(person.timeline?.years.map((y) => [y.label, y.count, y.url]), [["2024", 1, "/people/x/2024/"], ["2025", 1, "/people/x/2025/"]]);
  });
});
