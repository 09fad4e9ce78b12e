import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { translate } from "../../src/i18n/translate.ts";
import { loadStringOverrides } from "../../src/i18n/strings-overrides.ts";
import { writeContent } from "../helpers/fixture.ts";

function overrides(yaml: string) {
  return loadStringOverrides(writeContent([], { "strings.yaml": yaml }));
}

describe("strings.yaml", () => {
  it("should override nothing when the file is missing or empty", () => {
    assert.deepEqual(loadStringOverrides(writeContent([])), { overrides: {}, problems: [] });
    assert.deepEqual(overrides(""), { overrides: {}, problems: [] });
  });

  it("should take plain texts and counted strings, by category or as one text", () => {
    const { overrides: found, problems } = overrides(
      'nav.people: Who\'s who\ncount.articles:\n  one: "{count} story"\n  other: "{count} stories"\narticle.minRead: "{count} min"\ndate.day: "EEEE d MMMM yyyy"\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(found, {
      "nav.people": "Who's who",
      "count.articles": { one: "{count} story", other: "{count} stories" },
      "article.minRead": "{count} min",
      "date.day": "EEEE d MMMM yyyy",
    });
  });

  it("should call an unknown key an error at its line, with the closest key as a hint", () => {
    const { overrides: found, problems } = overrides("nav.people: Who's who\nnav.peopel: Staff\n");
    assert.deepEqual(found, {});
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, "unknown-field");
    assert.equal(problems[0]!.severity, "error");
    assert.equal(problems[0]!.line, 2);
    assert.equal(problems[0]!.field, "nav.peopel");
    assert.match(problems[0]!.file!, /_data\/strings\.yaml$/);
    assert.match(problems[0]!.hint!, /did you mean "nav\.people"/);
  });

  it("should call a misspelt or missing placeholder an error naming it", () => {
    const misspelt = overrides('count.articles: "{cout} stories"\n').problems.map((p) => p.message);
    assert.deepEqual(misspelt, [
      'uses {cout}, which "count.articles" does not fill; it fills {count}',
      'leaves out {count}, which "count.articles" must show',
    ]);
    const missing = overrides('person.description: "Articles about this person."\n').problems;
    assert.equal(missing.length, 1);
    assert.equal(missing[0]!.code, "invalid-field");
    assert.equal(missing[0]!.line, 1);
    assert.match(missing[0]!.message, /leaves out \{name\}/);
    assert.match(missing[0]!.hint!, /Articles mentioning \{name\}/);
    // A counted form may name its number in words, so long as some form shows {count}.
    assert.deepEqual(overrides('count.articles:\n  one: "one story"\n  other: "{count} stories"\n').problems, []);
    assert.equal(overrides('count.articles:\n  one: "one story"\n  other: "some stories"\n').problems.length, 1);
  });

  it("should call a value that is not text an error, and a counted string without `other` or with an unknown form", () => {
    const cases = ["nav.people: 42\n", "nav.people: [a, b]\n", "nav.people: ''\n", "nav.people:\n  one: x\n  other: y\n", 'count.articles:\n  one: "{count} story"\n', 'count.articles:\n  single: "{count} story"\n  other: "{count} stories"\n', "- a list\n"];
    for (const yaml of cases) {
      const { overrides: found, problems } = overrides(yaml);
      assert.deepEqual(found, {}, yaml);
      assert.ok(problems.length >= 1 && problems.every((p) => p.severity === "error"), yaml);
    }
  });

  it("should refuse a date pattern date-fns cannot use", () => {
    const { problems } = overrides('date.month: "LLLL yyyy j"\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /date pattern/);
  });

  it("should lay a site's overrides over its language's table when content loads", async () => {
    const dir = writeContent([], { "site.yaml": "language: fr\n", "strings.yaml": "nav.people: Les gens\n" });
    const { strings, problems } = await loadContent(dir, { render: false, cache: false });
    assert.deepEqual(problems, []);
    assert.equal(translate(strings, "nav.people"), "Les gens");
    assert.equal(translate(strings, "nav.countries"), "Pays");
  });
});
