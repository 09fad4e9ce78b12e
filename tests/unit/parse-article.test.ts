import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/content/parse-article.ts";
import { formatProblem } from "../../src/content/problems.ts";

const FILE = "/content/articles/2024/12/a.md";

function errorsOf(text: string) {
  return parseArticle(FILE, text).problems.filter((p) => p.severity === "error");
}

describe("parseArticle", () => {
  it("should return typed front matter and the body of a valid article", () => {
    const { article, problems } = parseArticle(
      FILE,
      "---\ntitle: Visit\ndate: 2024-12-30\nsource: AzerNews\npeople: Yalchin Rafiyev\nplaces: [Syria, Damascus]\nurl: https://example.org/a\ndraft: false\n---\nBody.\n",
    );
    assert.deepEqual(problems, []);
    assert.ok(article);
    assert.equal(article.frontMatter.title, "Visit");
    assert.equal(article.frontMatter.date.ymd, "2024-12-30");
    assert.deepEqual(article.frontMatter.people, ["Yalchin Rafiyev"]);
    assert.deepEqual(article.frontMatter.places, ["Syria", "Damascus"]);
    assert.equal(article.body, "Body.\n");
  });

  it("should report a missing title at the front matter with the field named", () => {
    const [problem, ...rest] = errorsOf("---\ndate: 2024-12-30\nsource: A\n---\n");
    assert.equal(rest.length, 0);
    assert.equal(problem?.field, "title");
    assert.equal(problem?.code, "missing-field");
    assert.match(formatProblem(problem!, "/"), /^content\/articles\/2024\/12\/a\.md:2: title: is required\n {4}hint: /);
  });

  it("should report every problem at once, each at its own line", () => {
    const problems = errorsOf(
      "---\ntitle: ''\ndate: 2024-02-30\nsource: A\npeople:\n  name: X\nurl: javascript:alert(1)\nlang: 'not a tag'\ndraft: yes\n---\n",
    );
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.line]));
    assert.deepEqual(byField, { title: 2, date: 3, people: 5, url: 7, lang: 8, draft: 9 });
  });

  it("should refuse urls that are not http or https", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", "example.org"]) {
      const problems = errorsOf(`---\ntitle: T\ndate: 2024-12-30\nsource: A\nurl: ${JSON.stringify(url)}\n---\n`);
      assert.equal(problems[0]?.field, "url", url);
    }
  });

  it("should report broken YAML with its line, not a stack trace", () => {
    const [problem] = errorsOf("---\ntitle: T\ndate: 2024-12-30\nsource: [A\npeople: x\n---\n");
    assert.equal(problem?.code, "yaml-syntax");
    assert.equal(typeof problem?.line, "number");
    assert.match(problem!.message, /not valid YAML/);
    assert.doesNotMatch(problem!.message, /\n\s+at /);
  });

  it("should report a file without front matter", () => {
    const [problem] = errorsOf("Just a body.\n");
    assert.equal(problem?.code, "missing-front-matter");
  });

  it("should warn about unknown fields and suggest a near one", () => {
    const { article, problems } = parseArticle(FILE, "---\ntitle: T\ndate: 2024-12-30\nsource: A\npeple: [X]\n---\n");
    assert.ok(article);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.severity, "warning");
    assert.equal(problems[0]?.line, 5);
    assert.match(problems[0]?.hint ?? "", /did you mean 'people'/);
  });

  it("should read files with a byte-order mark and CRLF line endings", () => {
    const { article, problems } = parseArticle(FILE, "\uFEFF---\r\ntitle: T\r\ndate: 2024-12-30\r\nsource: A\r\n---\r\nBody\r\n");
    assert.deepEqual(problems, []);
    assert.equal(article?.frontMatter.title, "T");
  });

  it("should keep date-like and boolean-like words as the editor wrote them", () => {
    const { article } = parseArticle(FILE, "---\ntitle: 2024-12-30\ndate: 2024-12-30\nsource: no\n---\n");
    assert.equal(article?.frontMatter.title, "2024-12-30");
    assert.equal(article?.frontMatter.source, "no");
  });
});
