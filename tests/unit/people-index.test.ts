import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PersonView } from "../../src/archive/model.ts";
import { peopleByFilingLetter } from "../../src/archive/people-index.ts";
import { personJsonLd } from "../../src/eleventy/json-ld.ts";
import type { Registry } from "../../src/entities/registry.ts";
import { archiveOf } from "../helpers/archive-of.ts";

const registry: Registry = {
  people: [
    { name: "Ilham Aliyev", aliases: [], role: "President", wikidata: "Q1", links: [{ label: "Site", url: "https://president.example/" }], file: "people.yaml", line: 1 },
    { name: "Zed Abbot", aliases: [], sortAs: "Zed, Abbot", links: [], file: "people.yaml", line: 5 },
  ],
  places: [],
};

const archive = archiveOf(
  [
    { title: "One", date: "2024-01-01", people: ["Ilham Aliyev", "Asaad Hassan al-Shaibani"] },
    { title: "Two", date: "2024-06-01", people: ["Ilham Aliyev", "Zed Abbot", "Алексей Петров Ильхамович"] },
    { title: "Three", date: "2025-02-01", people: ["Ilham Aliyev", "Asaad Hassan al-Shaibani", "Omar Özkan"] },
  ],
  { registry },
);

describe("the people index's orders", () => {
  it("should group by the family name's letter (sort_as where given), Latin before other scripts", () => {
    const groups = archive.peopleByLetter.map((group) => `${group.letter}:${group.items.map((p) => p.name).join("+")}`);
    assert.deepEqual(groups, ["A:Ilham Aliyev", "O:Omar Özkan", "S:Asaad Hassan al-Shaibani", "Z:Zed Abbot", "П:Алексей Петров Ильхамович"]);
    assert.deepEqual(archive.peopleByLetter.map((group) => group.id), ["a", "o", "s", "z", "u041f"]);
  });

  it("should list the most mentioned first, ties in index order", () => {
    assert.deepEqual(archive.peopleMostMentioned.map((p) => `${p.name} ${p.count}`).slice(0, 3), ["Ilham Aliyev 3", "Asaad Hassan al-Shaibani 2", "Omar Özkan 1"]);
  });

  it("should sort under the site's language: a Turkish index files Ö after O", () => {
    const turkish = archiveOf([{ title: "T", people: ["Omar Özkan", "Ali Oral", "Veli Pekkan"] }], { site: { language: "tr" } });
    assert.deepEqual(turkish.peopleByLetter.map((group) => group.letter), ["O", "Ö", "P"]);
  });
});

describe("a person's profile", () => {
  const aliyev = archive.people.find((p) => p.name === "Ilham Aliyev")!;

  it("should name the first and last mention, and the registry's fields", () => {
    assert.equal(aliyev.profile.firstMention?.title, "One");
    assert.equal(aliyev.profile.lastMention?.title, "Three");
    assert.equal(aliyev.profile.role, "President");
    assert.deepEqual(aliyev.profile.wikidata, { id: "Q1", url: "https://www.wikidata.org/wiki/Q1" });
    assert.equal(aliyev.profile.initials, "IA");
    assert.equal(aliyev.profile.photo, undefined);
  });

  it("should give Wikidata and links as sameAs in the person's JSON-LD", () => {
    const data = personJsonLd(aliyev, { site: { url: "https://news.example.org", title: "T", language: "en" }, root: "/" });
    assert.equal(data["@type"], "Person");
    assert.equal(data.jobTitle, "President");
    assert.deepEqual(data.sameAs, ["https://www.wikidata.org/wiki/Q1", "https://president.example/"]);
    const plain = personJsonLd(archive.people.find((p) => p.name === "Omar Özkan")!, { site: { url: "https://news.example.org", title: "T", language: "en" }, root: "/" });
    assert.equal("sameAs" in plain, false);
  });
});

describe("peopleByFilingLetter with thousands of letters", () => {
  it("should group 20,000 people under 20,000 different letters in linear time", () => {
    // CJK names file under their first character: as many letters as people.
    const people = Array.from({ length: 20_000 }, (_, i) => ({ profile: { letter: String.fromCodePoint(0x4e00 + i) } }) as unknown as PersonView);
    const started = performance.now();
    const groups = peopleByFilingLetter(people, "en");
    assert.equal(groups.length, 20_000);
    assert.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
  });
});
