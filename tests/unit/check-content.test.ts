import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { checkContent, formatCheckJson, formatCheckText, placeholderWarnings } from "../../src/editor/check-content.ts";
import { articleFileText, BODY_PLACEHOLDER } from "../../src/editor/scaffold-article.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";
import { NO_EMBARGO } from "../helpers/articles.ts";

const GOOD = { path: "2024/01/good.md", frontMatter: { title: "Good", date: "2024-01-01", source: "S", places: ["Syria"] } };
const BAD = { path: "2024/01/bad.md", frontMatter: { title: "Bad", date: "2024-01-32", source: "S" } };

describe("checkContent", () => {
  it("should count files and valid articles, and sort errors and warnings apart", async () => {
    const dir = writeContent([GOOD, BAD, { path: "2024/01/odd.md", frontMatter: { ...GOOD.frontMatter, title: "Odd", colour: "red" } }]);
    const result = await checkContent(dir, NO_EMBARGO);
    assert.deepEqual([result.files, result.valid], [3, 2]);
    assert.deepEqual(result.errors.map((p) => [p.code, path.basename(p.file), p.line, p.field]), [["invalid-field", "bad.md", 3, "date"]]);
    assert.deepEqual(result.warnings.map((p) => [p.code, path.basename(p.file), p.field]), [["unknown-field", "odd.md", "colour"]]);
  });

  it("should refuse a folder that does not exist", async () => {
    await assert.rejects(checkContent(path.join(tempDir(), "missing"), NO_EMBARGO), /there is no content folder at/);
  });
});

describe("formatCheckText", () => {
  it("should print paths relative to the working folder, errors then warnings, then the summary", async () => {
    const dir = writeContent([GOOD, BAD, { path: "2024/01/odd.md", frontMatter: { ...GOOD.frontMatter, title: "Odd", colour: "red" } }]);
    const text = formatCheckText(await checkContent(dir, NO_EMBARGO), dir);
    assert.equal(
      text,
      [
        "1 error (the site will not build until it is fixed):",
        "",
        'articles/2024/01/bad.md:3: date: "2024-01-32" is not a real calendar day',
        "    hint: write the publication date as YYYY-MM-DD (e.g. date: 2024-12-30) or an ISO 8601 date-time",
        "",
        "1 warning (the site builds; have a look):",
        "",
        "articles/2024/01/odd.md:6: warning: colour: is not a field Dateline knows; it is ignored",
        "    hint: known fields: title, date, source, people, places, url, summary, author, lang, updated, draft, corrections, slug, aliases, image, image_alt, image_caption, image_credit",
        "",
        "3 articles checked, 1 with errors: 1 error, 1 warning.",
      ].join("\n"),
    );
  });

  it("should print only the summary for clean content", async () => {
    assert.equal(formatCheckText(await checkContent(writeContent([GOOD]), NO_EMBARGO)), "1 article checked: 0 errors, 0 warnings.");
  });
});

describe("formatCheckJson", () => {
  it("should give the same findings with forward-slash paths relative to the working folder", async () => {
    const dir = writeContent([GOOD, BAD]);
    const report = JSON.parse(formatCheckJson(await checkContent(dir, NO_EMBARGO), dir));
    assert.equal(report.ok, false);
    assert.deepEqual([report.articles, report.valid], [2, 1]);
    assert.deepEqual(report.errors[0], {
      code: "invalid-field",
      severity: "error",
      file: "articles/2024/01/bad.md",
      line: 3,
      column: 7,
      field: "date",
      message: '"2024-01-32" is not a real calendar day',
      hint: "write the publication date as YYYY-MM-DD (e.g. date: 2024-12-30) or an ISO 8601 date-time",
    });
    assert.deepEqual(report.warnings, []);
  });
});

describe("placeholderWarnings", () => {
  it("should find the placeholder body at its line and leave written articles alone", () => {
    const text = articleFileText({ title: "T", date: "2025-06-03", source: "S", people: [], places: [] });
    const dir = writeContent([
      { path: "2025/06/t.md", text },
      { path: "2025/06/written.md", text: text.replace(BODY_PLACEHOLDER, "The real text.") },
    ]);
    const warnings = placeholderWarnings([path.join(dir, "articles/2025/06/t.md"), path.join(dir, "articles/2025/06/written.md")]);
    assert.deepEqual(warnings.map((w) => [w.code, path.basename(w.file), w.line]), [["placeholder-body", "t.md", 8]]);
  });
});
