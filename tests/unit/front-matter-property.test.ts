import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseArticle } from "../../src/content/parse-article.ts";
import { FRONT_MATTER_FIELDS } from "../../src/content/front-matter-schema.ts";
import { stringify } from "yaml";

// Any YAML value an editor could plausibly type, nested a little.
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom("2024-12-30", "2024-02-30", "javascript:alert(1)", "https://example.org", "yes", "~", ""),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

const frontMatter = fc.dictionary(
  fc.oneof(fc.constantFrom(...FRONT_MATTER_FIELDS), fc.string({ maxLength: 10 })),
  yamlValue,
  { maxKeys: 12 },
);

describe("front matter validation under random input", () => {
  it("should either accept an article or name a field and line for every error, never throw", () => {
    fc.assert(
      fc.property(frontMatter, fc.string({ maxLength: 200 }), (data, body) => {
        const text = `---\n${stringify(data)}---\n${body}`;
        const { article, problems } = parseArticle("/content/articles/x.md", text);
        const errors = problems.filter((p) => p.severity === "error");
        assert.ok(article ? errors.length === 0 : errors.length > 0);
        for (const problem of problems) {
          assert.ok(problem.message.length > 0 && !problem.message.includes("\n    at "), problem.message);
          assert.equal(problem.file, "/content/articles/x.md");
          assert.ok(problem.line === undefined || (Number.isInteger(problem.line) && problem.line >= 1));
        }
        if (article) {
          assert.ok(article.frontMatter.title.length > 0);
          assert.ok(!("error" in article.frontMatter.date));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("should never throw on arbitrary file text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseArticle("/content/articles/x.md", `---\n${text}\n---\n`);
        assert.ok(result.article || result.problems.length > 0);
      }),
      { numRuns: 400 },
    );
  });
});
