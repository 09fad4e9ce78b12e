import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/content/parse-article.ts";
import { formatProblem } from "../../src/problems/problems.ts";

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

describe("parseArticle, front matter as data only", () => {
  const sentinel = path.join(os.tmpdir(), `dateline-js-fence-${process.pid}`);
  const payload = `{ title: require('fs').writeFileSync(${JSON.stringify(sentinel)}, 'x') || 'ran', date: '2024-12-30', source: 'S' }`;

  it("should refuse every fence language but YAML at line 1, naming it, and never run it", () => {
    const fences = ["---js", "---javascript", "--- js", "--- JavaScript", "---JS", "---coffee", "---json", "---toml", "---python", "---js  "];
    for (const fence of fences) {
      for (const text of [`${fence}\n${payload}\n---\nBody\n`, `\uFEFF${fence}\r\n${payload}\r\n---\r\nBody\r\n`]) {
        const { article, problems } = parseArticle(FILE, text);
        assert.equal(article, undefined, fence);
        assert.deepEqual(
          problems.map((p) => [p.code, p.severity, p.line, p.column]),
          [["front-matter-not-yaml", "error", 1, 4]],
          fence,
        );
        assert.equal(problems[0]!.message, `front matter must be YAML; this file's opens with \`${fence.trimEnd()}\`, which Dateline never runs`);
        assert.equal(fs.existsSync(sentinel), false, `${fence} ran`);
      }
    }
  });

  it("should accept a plain or yaml fence and leave ---- (not a fence) to the usual message", () => {
    for (const fence of ["---", "--- ", "---yaml", "--- YAML", "---yml"]) {
      const { problems } = parseArticle(FILE, `${fence}\ntitle: T\ndate: 2024-12-30\nsource: S\n---\nBody\n`);
      assert.deepEqual(problems, [], fence);
    }
    assert.deepEqual(errorsOf(`----js\n${payload}\n---\n`).map((p) => p.code), ["missing-front-matter"]);
    assert.equal(fs.existsSync(sentinel), false);
  });

  it("should warn about control characters and noncharacters at their line and column, and keep them out of the article", () => {
    const { article, problems } = parseArticle(FILE, "---\ntitle: Bad\u0008 news\ndate: 2024-12-30\nsource: S\u{FFFF}\n---\nA bell\u0007 rang.\n");
    assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.column]), [
      ["control-character", "warning", 2, 11],
      ["noncharacter", "warning", 4, 10],
      ["control-character", "warning", 6, 7],
    ]);
    assert.equal(article?.frontMatter.title, "Bad news");
    assert.equal(article?.frontMatter.source, "S");
    assert.equal(article?.body, "A bell rang.\n");
  });

  it("should name a YAML tag and the plain value to write instead, at the tag's column", () => {
    const cases: [string, string][] = [
      ["date: !!timestamp 2024-12-30", "YAML tags like `!!timestamp` are not supported; write the value plainly: date: 2024-12-30"],
      ["title: !!js/function 'function () {}'", "YAML tags like `!!js/function` are not supported; write the value plainly: title: 'function () {}'"],
      ["title: !!binary aGVsbG8=", "YAML tags like `!!binary` are not supported; write the value plainly: title: aGVsbG8="],
      ["title: !custom Hello", "YAML tags like `!custom` are not supported; write the value plainly: title: Hello"],
      ["people: !!set {a, b}", "YAML tags like `!!set` are not supported; write the value plainly: people: {a, b}"],
    ];
    for (const [line, message] of cases) {
      const text = `---\n${line.startsWith("date") ? "title: T" : "date: 2024-12-30"}\n${line}\nsource: S\n---\n`;
      const problems = errorsOf(text);
      assert.deepEqual(problems.map((p) => [p.code, p.line, p.column, p.message]), [["yaml-tag", 3, line.indexOf("!") + 1, message]], line);
    }
  });

  it("should give the column of a syntax error and of a bad value", () => {
    assert.deepEqual(errorsOf("---\ntitle: T\ndate: 2024-12-30\nsource: S\ntitle: again\n---\n").map((p) => [p.code, p.line, p.column]), [["yaml-syntax", 5, 1]]);
    assert.deepEqual(errorsOf("---\ntitle: T\ndate:   2024-13-01\nsource: S\n---\n").map((p) => [p.code, p.line, p.column]), [["invalid-field", 3, 9]]);
    const unknown = parseArticle(FILE, "---\ntitle: T\ndate: 2024-12-30\nsource: S\n  # c\ntittle: x\n---\n").problems;
    assert.deepEqual(unknown.map((p) => [p.code, p.line, p.column]), [["unknown-field", 6, 1]]);
  });
});

describe("parseArticle, escapes in quoted values", () => {
  it("should remove the control characters a YAML escape makes, warning at the value", () => {
    const { article, problems } = parseArticle(FILE, '---\ntitle: "Bell\\a and \\u0007 \\x1b"\ndate: 2024-12-30\nsource: "S\\uFFFE"\npeople: ["A\\0B"]\n---\nBody\n');
    assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.column]), [
      ["control-character", "warning", 2, 8],
      ["noncharacter", "warning", 4, 9],
      ["control-character", "warning", 5, 10],
    ]);
    assert.match(problems[0]!.message, /writes a control character as an escape \(U\+0007, U\+001B\)/);
    assert.equal(article?.frontMatter.title, "Bell and");
    assert.equal(article?.frontMatter.source, "S");
    assert.deepEqual(article?.frontMatter.people, ["AB"]);
  });
});
