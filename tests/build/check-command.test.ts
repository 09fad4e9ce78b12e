import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { runCli } from "../helpers/build-site.ts";
import { PROJECT_CONTENT, tempDir, writeContent } from "../helpers/fixture.ts";

const CHECK = "src/cli/check.ts";

interface JsonProblem {
  code: string;
  severity: string;
  file: string;
  line?: number;
  field?: string;
  message: string;
  hint?: string;
}

const BROKEN = [
  { path: "2024/01/no-title.md", rawFrontMatter: "date: 2024-01-05\nsource: AzerNews" },
  { path: "2024/01/impossible-date.md", rawFrontMatter: "title: Impossible date\ndate: 2024-02-30\nsource: AzerNews" },
  { path: "2024/01/broken-yaml.md", rawFrontMatter: 'title: "Broken quote\ndate: 2024-01-01\nsource: AzerNews' },
  { path: "2024/01/script-url.md", rawFrontMatter: "title: Script URL\ndate: 2024-01-01\nsource: AzerNews\nurl: javascript:alert(1)" },
  { path: "2024/01/people-mapping.md", rawFrontMatter: "title: People mapping\ndate: 2024-01-01\nsource: AzerNews\npeople:\n  name: Ilham Aliyev" },
  {
    path: "2024/01/valid-with-warnings.md",
    rawFrontMatter: "title: Valid\ndate: 2024-01-01\nsource: AzerNews\nplaces:\n  - Syria\n  - Gorgia\ntags: [x]",
  },
];

describe("npm run check", () => {
  describe("on good content", () => {
    it("should pass the project's own content with exit code 0 and say how many articles it checked", () => {
      const result = runCli(CHECK, [`--input=${PROJECT_CONTENT}`]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^1 article checked: 0 errors, 0 warnings\.$/m);
      assert.equal(result.stderr, "");
    });

    it("should print ok: true as JSON", () => {
      const result = runCli(CHECK, [`--input=${PROJECT_CONTENT}`, "--json"]);
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(report, { ok: true, articles: 1, valid: 1, errors: [], warnings: [], scheduled: { count: 0, next: null, future: false } });
    });

    it("should pass with warnings alone, listing them apart", () => {
      const dir = writeContent([BROKEN[5]!]);
      const result = runCli(CHECK, [`--input=${dir}`]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^2 warnings \(the site builds; have a look\):$/m);
      assert.doesNotMatch(result.stdout, /errors? \(the site will not build/);
    });
  });

  describe("on broken content", () => {
    let dir: string;
    let text: ReturnType<typeof runCli>;
    let json: ReturnType<typeof runCli>;
    let report: { ok: boolean; articles: number; valid: number; errors: JsonProblem[]; warnings: JsonProblem[] };

    before(() => {
      dir = writeContent(BROKEN);
      text = runCli(CHECK, [`--input=${dir}`]);
      json = runCli(CHECK, [`--input=${dir}`, "--json"]);
      report = JSON.parse(json.stdout);
    });

    const file = (name: string) => path.join(dir, "articles/2024/01", name);
    const line = (name: string, lineNo: number, rest: string) => `${file(name)}:${lineNo}: ${rest}`;

    it("should exit 1 on errors, in text and in JSON", () => {
      assert.equal(text.status, 1);
      assert.equal(json.status, 1);
      assert.equal(report.ok, false);
    });

    it("should name every broken file, line and field at once, each with a hint", () => {
      const expected = [
        line("no-title.md", 2, "title: is required"),
        line("impossible-date.md", 3, 'date: "2024-02-30" is not a real calendar day'),
        line("script-url.md", 5, "url: must be an http:// or https:// address"),
        line("people-mapping.md", 5, "people: must be a list of person names (or a single name), not a mapping"),
      ];
      for (const head of expected) {
        const at = text.stderr.indexOf(`${head}\n    hint: `);
        assert.ok(at >= 0, `missing "${head}" with a hint in:\n${text.stderr}`);
      }
      assert.match(text.stderr, new RegExp(`${escape(file("broken-yaml.md"))}:\\d+: front matter is not valid YAML: .+\\n    hint: `));
    });

    it("should list errors first and warnings after, under their own headings", () => {
      const errorsAt = text.stderr.indexOf("5 errors (the site will not build until they are fixed):");
      const warningsAt = text.stderr.indexOf("2 warnings (the site builds; have a look):");
      assert.ok(errorsAt >= 0 && warningsAt > errorsAt, text.stderr);
      assert.ok(text.stderr.indexOf(file("no-title.md")) < warningsAt);
      assert.ok(text.stderr.lastIndexOf(line("valid-with-warnings.md", 7, "warning: places:")) > warningsAt);
      assert.match(text.stderr, /^6 articles checked, 5 with errors: 5 errors, 2 warnings\.$/m);
    });

    it("should report the same findings as JSON with codes, files, lines and fields", () => {
      // The temp folder is outside the working folder, so paths stay absolute.
      const rows = report.errors.map((p) => `${p.code} ${p.file}:${p.line} ${p.field ?? ""}`.trim());
      for (const row of [
        `missing-field ${file("no-title.md")}:2 title`,
        `invalid-field ${file("impossible-date.md")}:3 date`,
        `invalid-field ${file("script-url.md")}:5 url`,
        `invalid-field ${file("people-mapping.md")}:5 people`,
      ]) {
        assert.ok(rows.includes(row), `${row} not in\n${rows.join("\n")}`);
      }
      assert.ok(report.errors.some((p) => p.code === "yaml-syntax" && p.file.endsWith("broken-yaml.md")));
      assert.ok(report.errors.every((p) => p.severity === "error" && p.hint));
      assert.deepEqual(report.warnings.map((p) => [p.code, p.line, p.field]), [
        ["unknown-place", 7, "places"],
        ["unknown-field", 8, "tags"],
      ]);
      assert.deepEqual([report.articles, report.valid], [6, 1]);
    });

    it("should suggest the country a misspelt place probably means", () => {
      const unknown = report.warnings.find((p) => p.code === "unknown-place");
      assert.match(unknown?.hint ?? "", /typo for "Georgia"/);
    });
  });

  it("should refuse a content folder that does not exist", () => {
    const missing = path.join(tempDir(), "nowhere");
    const result = runCli(CHECK, [`--input=${missing}`]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /there is no content folder at/);
    assert.equal(fs.existsSync(missing), false);
  });

  it("should refuse a content folder without articles/, naming it and --allow-empty, and check it with --allow-empty", () => {
    const empty = tempDir();
    const refused = runCli(CHECK, [`--input=${empty}`]);
    assert.equal(refused.status, 2);
    assert.ok(refused.stderr.includes(`${empty} has no articles/ folder`), refused.stderr);
    assert.match(refused.stderr, /--allow-empty/);
    const allowed = runCli(CHECK, [`--input=${empty}`, "--allow-empty"]);
    assert.equal(allowed.status, 0, allowed.stderr);
  });

  it("should refuse unknown flags with the usage", () => {
    const result = runCli(CHECK, ["--jsn"]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: npm run check/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
