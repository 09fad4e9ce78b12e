import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords, searchRecords } from "../../src/search/search-index.ts";
import type { Registry } from "../../src/entities/registry.ts";
import { archiveOf } from "../helpers/archive-of.ts";

const REGISTRY: Registry = {
  people: [{ name: "Asaad Hassan al-Shaibani", aliases: ["Abu Qasra", "Assad Hassan Al-Shibani"], file: "people.yaml" }],
  places: [],
};

describe("search records", () => {
  const archive = archiveOf(
    [
      {
        title: "Talks in Damascus",
        date: "2024-12-30T22:00:00-05:00",
        source: "AzerNews",
        people: ["Assad Hassan Al-Shibani", "Ann Example"],
        places: ["Syria", "Damascus", "Turkiye", "Atlantis"],
        summary: "Ministers met.",
        rendered: { html: "<p>Reconstruction was discussed.</p>", text: "Reconstruction was discussed.", excerpt: "", words: 3, readingMinutes: 1 },
        corrections: [{ date: "2025-01-02", text: "An earlier version misspelled the minister's name." }],
      },
      { title: "Older", date: "2023-01-01", lang: "az" },
    ],
    { registry: REGISTRY },
  );
  const [record, older] = searchRecords(archive);

  it("should make one record per article, at the article's URL without prefix", () => {
    assert.equal(searchRecords(archive).length, 2);
    assert.equal(record!.url, "/articles/2024/12/talks-in-damascus/");
    assert.deepEqual(record!.meta, { title: "Talks in Damascus", date: "30 December 2024", source: "AzerNews", excerptStart: "3", excerptEnd: "15" });
  });

  it("should index the headline, summary, body, corrections, and every spelling of each person mentioned", () => {
    for (const words of ["Talks in Damascus", "Ministers met.", "Reconstruction was discussed.", "An earlier version misspelled the minister's name.", "Asaad Hassan al-Shaibani", "Abu Qasra", "Assad Hassan Al-Shibani", "Ann Example"]) {
      assert.ok(record!.content.includes(words), words);
    }
  });

  it("should filter by canonical person, country, source and year", () => {
    assert.deepEqual(record!.filters, {
      person: ["Asaad Hassan al-Shaibani", "Ann Example"],
      country: ["Syria", "Türkiye"],
      source: ["AzerNews"],
      year: ["2024"],
    });
  });

  it("should keep names as written: the search page prints every index field as text", () => {
    const hostile = `<img src=x onerror="alert(2)"> & 'Co'`;
    const [only] = searchRecords(
      archiveOf([{ title: `Headline ${hostile}`, date: "2024-12-30", source: `Outlet ${hostile}`, people: [`Person ${hostile}`], summary: hostile }]),
    );
    assert.deepEqual(only!.filters.person, [`Person ${hostile}`]);
    assert.deepEqual(only!.filters.source, [`Outlet ${hostile}`]);
    assert.equal(only!.meta.title, `Headline ${hostile}`);
    assert.equal(only!.meta.source, `Outlet ${hostile}`);
    assert.ok(only!.content.includes(`Person ${hostile}`));
  });

  it("should put the people and places lines after the readable words, which the excerpt bounds end before", () => {
    const words = record!.content.split(/[^\S\uFEFF]+/);
    const readable = words.slice(Number(record!.meta.excerptStart), Number(record!.meta.excerptEnd)).join(" ");
    assert.equal(readable, "Ministers met. Reconstruction was discussed. An earlier version misspelled the minister's name.");
    assert.match(words.slice(Number(record!.meta.excerptEnd)).join(" "), /^People: Asaad Hassan al-Shaibani \(also written Abu Qasra, Assad Hassan Al-Shibani\); Ann Example\. Places: /);
  });

  it("should count words as Pagefind splits them: any run of white space, leading or trailing ignored", () => {
    assert.equal(countWords("  one\ttwo\n\nthree\u00a0four  "), 4);
    assert.equal(countWords(""), 0);
  });

  it("should sort by the article's year, then by the instant in UTC, so text order is the order of year shards", () => {
    // Written on 30 December at 22:00 in UTC−5: the instant is in 2024-12-31 UTC, the year is the article's own.
    assert.equal(record!.sort.date, "2024/2024-12-31T03:00:00.000Z");
    assert.ok(older!.sort.date! < record!.sort.date!);
    const records = searchRecords(
      archiveOf([
        { title: "Fireworks", date: "2025-01-01T00:30:00+02:00" },
        { title: "Last train", date: "2024-12-31T23:00:00+00:00" },
      ]),
    );
    const newYear = records.find((one) => one.meta.title === "Fireworks");
    const lateOld = records.find((one) => one.meta.title === "Last train");
    // 2025's first article is earlier in UTC than 2024's last, and still sorts after it, as its shard does.
    assert.ok(lateOld!.sort.date! < newYear!.sort.date!, `${lateOld!.sort.date} < ${newYear!.sort.date}`);
  });

  it("should put every article in the site's language, so one index finds them all", () => {
    assert.equal(record!.language, "en");
    assert.equal(older!.language, "en");
  });
});

describe("search records in the site's language", () => {
  it("should write the people and places lines in the site's language, and keep the filter keys the address uses", () => {
    const articles = [{ title: "Переговоры в Дамаске", date: "2024-12-30", source: "AzerNews", people: ["Assad Hassan Al-Shibani"], places: ["Syria"] }];
    const [record] = searchRecords(archiveOf(articles, { registry: REGISTRY, site: { language: "ru" } }));
    assert.deepEqual(Object.keys(record!.filters), ["person", "country", "source", "year"]);
    assert.match(record!.content, /Люди: Asaad Hassan al-Shaibani \(также пишется Abu Qasra, Assad Hassan Al-Shibani\)\./);
    assert.match(record!.content, /Места: Syria\./);
  });
});
