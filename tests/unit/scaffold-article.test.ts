import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseArticle } from "../../src/content/parse-article.ts";
import {
  articleFileText,
  articleSlug,
  BODY_PLACEHOLDER,
  InvalidFieldsError,
  scaffoldArticle,
  validateFields,
  type NewArticleFields,
} from "../../src/editor/scaffold-article.ts";
import { tempDir } from "../helpers/fixture.ts";

const FIELDS: NewArticleFields = {
  title: "Baku hosts regional transport forum",
  date: "2025-06-03",
  source: "AzerNews",
  people: ["Ilham Aliyev", "Yalchin Rafiyev"],
  places: ["Azerbaijan", "Georgia"],
};

describe("articleFileText", () => {
  it("should write complete front matter in the order of the front matter reference (docs/editors.md), then the placeholder body", () => {
    assert.equal(
      articleFileText({ ...FIELDS, url: "https://www.azernews.az/", summary: "A forum." }),
      [
        "---",
        "title: Baku hosts regional transport forum",
        "date: 2025-06-03",
        "source: AzerNews",
        "people:",
        "  - Ilham Aliyev",
        "  - Yalchin Rafiyev",
        "places:",
        "  - Azerbaijan",
        "  - Georgia",
        "url: https://www.azernews.az/",
        "summary: A forum.",
        "---",
        BODY_PLACEHOLDER,
        "",
      ].join("\n"),
    );
  });

  it("should quote values that YAML would otherwise misread", () => {
    const text = articleFileText({ ...FIELDS, title: 'Baku: "forum" # 1', source: "1984", people: ["- dash", "yes"], places: [] });
    const parsed = parseArticle("/x.md", text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.article?.frontMatter.title, 'Baku: "forum" # 1');
    assert.equal(parsed.article?.frontMatter.source, "1984");
    assert.deepEqual(parsed.article?.frontMatter.people, ["- dash", "yes"]);
  });

  it("should round-trip any printable title, source and names through the build's parser", () => {
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029]/.test(s));
    const tidy = (s: string) => s.trim().replace(/\s+/g, " ");
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 4 }), (title, source, people) => {
        const parsed = parseArticle("/x.md", articleFileText({ ...FIELDS, title, source, people }));
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.article?.frontMatter.title, tidy(title));
        assert.equal(parsed.article?.frontMatter.source, tidy(source));
        assert.deepEqual(parsed.article?.frontMatter.people, people.map(tidy));
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateFields", () => {
  it("should report every refused field with a hint, using the build's schema", () => {
    assert.throws(
      () => validateFields({ ...FIELDS, title: " ", date: "2025-02-30", url: "javascript:alert(1)" }),
      (error: unknown) => {
        assert.ok(error instanceof InvalidFieldsError);
        assert.deepEqual(error.fields.map((f) => f.field).sort(), ["date", "title", "url"]);
        assert.ok(error.fields.every((f) => f.hint));
        return true;
      },
    );
  });
});

describe("articleSlug", () => {
  it("should make the file name from the title with the site's slug rules", () => {
    assert.equal(articleSlug("Baku hosts regional transport forum"), "baku-hosts-regional-transport-forum");
    assert.equal(articleSlug("Türkiye & Syria: talks"), "turkiye-and-syria-talks");
  });
});

describe("scaffoldArticle", () => {
  it("should write the article under articles/YYYY/MM/ from the date as written", () => {
    const dir = tempDir();
    const file = scaffoldArticle(dir, { ...FIELDS, date: "2025-06-30T23:30:00-08:00" });
    assert.equal(path.relative(dir, file), path.join("articles", "2025", "06", "baku-hosts-regional-transport-forum.md"));
    assert.equal(fs.readFileSync(file, "utf8"), articleFileText({ ...FIELDS, date: "2025-06-30T23:30:00-08:00" }));
  });

  it("should never overwrite an existing file but take the next free slug", () => {
    const dir = tempDir();
    const first = scaffoldArticle(dir, FIELDS);
    fs.writeFileSync(first, "edited by hand");
    const second = scaffoldArticle(dir, FIELDS);
    const third = scaffoldArticle(dir, FIELDS);
    assert.equal(fs.readFileSync(first, "utf8"), "edited by hand");
    assert.deepEqual([path.basename(second), path.basename(third)], [
      "baku-hosts-regional-transport-forum-2.md",
      "baku-hosts-regional-transport-forum-3.md",
    ]);
  });

  it("should write nothing when a field is invalid", () => {
    const dir = tempDir();
    assert.throws(() => scaffoldArticle(dir, { ...FIELDS, date: "03/06/2025" }), InvalidFieldsError);
    assert.equal(fs.existsSync(path.join(dir, "articles")), false);
  });
});
