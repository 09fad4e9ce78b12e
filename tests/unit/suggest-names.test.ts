import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { allowedDistance, NameSuggester } from "../../src/editor/suggest-names.ts";
import { writeContent } from "../helpers/fixture.ts";
import { NO_EMBARGO } from "../helpers/articles.ts";

const PEOPLE = `- name: Ilham Aliyev
  aliases: [İlham Əliyev, President Aliyev]
- name: Asaad Hassan al-Shaibani
  aliases: [Assad Hassan Al-Shibani]
`;
const PLACES = `- name: Aleppo
  country: Syria
  aliases: [Halab]
- name: Turkey
  aliases: [Türkiye Cumhuriyeti]
`;

describe("NameSuggester", () => {
  let suggester: NameSuggester;

  before(async () => {
    const dir = writeContent(
      [
        {
          path: "2024/01/a.md",
          frontMatter: { title: "A", date: "2024-01-01", source: "S", people: ["Maria Kovalenko", "Ilham Aliyev"], places: ["Syria"] },
        },
      ],
      { "people.yaml": PEOPLE, "places.yaml": PLACES },
    );
    const content = await loadContent(dir, { render: false });
    assert.deepEqual(content.problems, []);
    suggester = new NameSuggester(content.registry, buildArchive({ ...content, schedule: NO_EMBARGO }).people);
  });

  it("should keep a canonical registry name as it is", () => {
    assert.deepEqual(suggester.person("Ilham Aliyev"), { written: "Ilham Aliyev", name: "Ilham Aliyev", known: true, didYouMean: [] });
  });

  it("should replace a registry alias by the canonical name and say why", () => {
    const match = suggester.person("President Aliyev");
    assert.equal(match.name, "Ilham Aliyev");
    assert.equal(match.replaced, 'an alias of "Ilham Aliyev" in people.yaml');
    assert.equal(suggester.person("Assad Hassan Al-Shibani").name, "Asaad Hassan al-Shaibani");
  });

  it("should respell a name that differs only in case or accents", () => {
    const match = suggester.person("ilham aliyev");
    assert.equal(match.name, "Ilham Aliyev");
    assert.equal(match.replaced, "spelled as in people.yaml");
    const seen = suggester.person("maria  KOVALENKO");
    assert.equal(seen.name, "Maria Kovalenko");
    assert.match(seen.replaced ?? "", /already mentioning/);
  });

  it("should suggest the closest known person for a near miss and keep the name as typed", () => {
    const match = suggester.person("Ilham Aliev");
    assert.equal(match.name, "Ilham Aliev");
    assert.equal(match.known, false);
    assert.deepEqual(match.didYouMean, ["Ilham Aliyev"]);
    assert.deepEqual(suggester.person("Maria Kovalenco").didYouMean, ["Maria Kovalenko"]);
  });

  it("should suggest nothing for a name far from every known name", () => {
    assert.deepEqual(suggester.person("Jane Newperson"), { written: "Jane Newperson", name: "Jane Newperson", known: false, didYouMean: [] });
  });

  it("should write countries by their common name, whatever name or code was typed", () => {
    assert.deepEqual([suggester.place("Georgia").name, suggester.place("Georgia").replaced], ["Georgia", undefined]);
    assert.equal(suggester.place("TR").name, "Türkiye");
    assert.equal(suggester.place("Türkiye Cumhuriyeti").name, "Türkiye");
    assert.equal(suggester.place("Syrian Arab Republic").replaced, "another name of Syria");
  });

  it("should resolve registry places, their aliases and capitals", () => {
    assert.equal(suggester.place("Halab").name, "Aleppo");
    assert.equal(suggester.place("Halab").replaced, 'an alias of "Aleppo" in places.yaml');
    assert.equal(suggester.place("damascus").name, "Damascus");
    assert.equal(suggester.place("Damascus").replaced, undefined);
  });

  it("should offer countries, capitals and registry places for a misspelt place", () => {
    assert.deepEqual(suggester.place("Gorgia").didYouMean, ["Georgia"]);
    assert.deepEqual(suggester.place("Azerbajan").didYouMean, ["Azerbaijan"]);
    assert.deepEqual(suggester.place("Alepo").didYouMean, ["Aleppo"]);
    assert.equal(suggester.place("Atlantis").known, false);
    assert.deepEqual(suggester.place("Atlantis").didYouMean, []);
  });
});

describe("allowedDistance", () => {
  it("should allow no typo in very short names, one in short ones and two in long ones", () => {
    assert.deepEqual([3, 4, 8, 9, 20].map(allowedDistance), [0, 1, 1, 2, 2]);
  });
});
