import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validateFrontMatter } from "../../src/content/front-matter-schema.ts";
import { parseArticle } from "../../src/content/parse-article.ts";

const FILE = "/content/articles/2024/12/a.md";
const HEAD = "---\ntitle: Visit\ndate: 2024-12-30\nsource: AzerNews\n";

function errorsOf(text: string) {
  return parseArticle(FILE, text).problems.filter((p) => p.severity === "error");
}

describe("front matter: corrections", () => {
  it("should read a list of corrections with their dates and plain text, in the file's order", () => {
    const { article, problems } = parseArticle(
      FILE,
      `${HEAD}corrections:\n  - date: 2025-01-02\n    text: The minister's name was misspelled.\n  - date: 2025-01-05\n    text: >\n      A folded\n      line.\n---\nBody.\n`,
    );
    assert.deepEqual(problems, []);
    const corrections = article!.frontMatter.corrections;
    assert.deepEqual(
      corrections.map((c) => [c.date.ymd, c.text]),
      [
        ["2025-01-02", "The minister's name was misspelled."],
        ["2025-01-05", "A folded line."],
      ],
    );
  });

  it("should give an article without corrections, or with an empty corrections field, none", () => {
    for (const raw of [{}, { corrections: null }, { corrections: [] }]) {
      const result = validateFrontMatter({ title: "T", date: "2024-12-30", source: "S", ...raw });
      assert.ok("value" in result);
      assert.deepEqual(result.value.corrections, []);
    }
  });

  it("should report a correction without text at the line of its entry", () => {
    const [problem, ...rest] = errorsOf(`${HEAD}corrections:\n  - date: 2025-01-02\n    text: Fine.\n  - date: 2025-01-03\n---\n`);
    assert.equal(rest.length, 0);
    assert.equal(problem?.code, "invalid-field");
    assert.equal(problem?.field, "corrections.1.text");
    assert.equal(problem?.line, 8);
    assert.match(problem!.message, /text/);
    assert.match(problem!.hint ?? "", /corrections:/);
  });

  it("should refuse empty text", () => {
    const [problem] = errorsOf(`${HEAD}corrections:\n  - date: 2025-01-02\n    text: "  "\n---\n`);
    assert.equal(problem?.field, "corrections.0.text");
    assert.equal(problem?.line, 7);
    assert.match(problem!.message, /must not be empty/);
  });

  it("should report an impossible correction date at its own line", () => {
    const [problem, ...rest] = errorsOf(`${HEAD}corrections:\n  - text: Fine.\n    date: 2025-02-30\n---\n`);
    assert.equal(rest.length, 0);
    assert.equal(problem?.code, "invalid-field");
    assert.equal(problem?.field, "corrections.0.date");
    assert.equal(problem?.line, 7);
    assert.match(problem!.message, /not a real calendar day/);
  });

  it("should refuse corrections written as a mapping or an entry that is not a mapping", () => {
    const [mapping] = errorsOf(`${HEAD}corrections:\n  date: 2025-01-02\n  text: Fine.\n---\n`);
    assert.equal(mapping?.field, "corrections");
    assert.match(mapping!.message, /list of corrections/);
    const [entry] = errorsOf(`${HEAD}corrections:\n  - A sentence.\n---\n`);
    assert.equal(entry?.field, "corrections.0");
    assert.equal(entry?.line, 6);
  });
});
