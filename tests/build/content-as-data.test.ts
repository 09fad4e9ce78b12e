/**
 * `check` and `build` on a content folder holding everything the reading code
 * must treat as data: a JavaScript fence, YAML tags, bytes that are not UTF-8,
 * control characters, years before 1000, links and files the build ignores.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, runCli } from "../helpers/build-site.ts";
import { articleText, tempDir, writeContent } from "../helpers/fixture.ts";

const CHECK = "src/cli/check.ts";
const SENTINEL = path.join(os.tmpdir(), `dateline-content-as-data-${process.pid}`);
const RUN_ME = `{ title: require('fs').writeFileSync(${JSON.stringify(SENTINEL)}, 'x') || 'ran', date: '2024-12-30', source: 'S' }`;
const GOOD = { title: "Good", date: "2024-12-30", source: "AzerNews" };

interface JsonProblem {
  code: string;
  file: string;
  line?: number;
  column?: number;
}

describe("content is read as data", () => {
  let dir: string;
  let cacheDir: string;

  before(() => {
    cacheDir = tempDir("dateline-cache-");
    const outside = writeContent([{ path: "2024/12/outside.md", frontMatter: { ...GOOD, title: "Outside" } }], { "people.yaml": "- name: Outside Person\n" });
    dir = writeContent(
      [
        { path: "2024/12/good.md", frontMatter: GOOD },
        { path: "2024/12/js-fence.md", text: `---js\n${RUN_ME}\n---\nBody\n` },
        { path: "2024/12/js-spaced.md", text: `--- JavaScript\n${RUN_ME}\n---\nBody\n` },
        { path: "2024/12/tagged.md", rawFrontMatter: "title: Tagged\ndate: !!timestamp 2024-12-30\nsource: S" },
        { path: "2024/12/control.md", rawFrontMatter: "title: Bell\u0007 rings\ndate: 2024-12-30\nsource: S" },
        { path: "2024/12/year-50.md", rawFrontMatter: "title: Old\ndate: 0050-06-15\nsource: S" },
      ],
      { "people.js": "module.exports = [{ name: require('fs').writeFileSync('/dev/null', '') }]", "site.json": "{}" },
    );
    fs.writeFileSync(path.join(dir, "articles/2024/12/latin-1.md"), Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\ndate: 2024-12-30\nsource: S\n---\n")]));
    fs.symlinkSync("/etc/passwd", path.join(dir, "articles/2024/12/passwd.md"));
    fs.symlinkSync(path.join(outside, "articles"), path.join(dir, "articles/elsewhere"));
    for (const name of ["index.11ty.js", "page.njk", "page.html", "notes.txt", "articles/2024/12/good.11tydata.json"]) {
      fs.writeFileSync(path.join(dir, name), "{}");
    }
    fs.writeFileSync(path.join(dir, ".gitkeep"), "");
  });

  it("should name every file in check's report, and run nothing", () => {
    const result = runCli(CHECK, [`--input=${dir}`], { DATELINE_CACHE_DIR: cacheDir });
    assert.equal(result.status, 1, result.stdout);
    const report = result.stderr;
    for (const file of [
      "articles/2024/12/js-fence.md:1: front matter must be YAML; this file's opens with `---js`, which Dateline never runs",
      "articles/2024/12/js-spaced.md:1: front matter must be YAML; this file's opens with `--- JavaScript`",
      "articles/2024/12/tagged.md:3: YAML tags like `!!timestamp` are not supported; write the value plainly: date: 2024-12-30",
      "articles/2024/12/latin-1.md:2: is not valid UTF-8 text",
      "articles/2024/12/control.md:2: warning: has a control character (U+0007)",
      "articles/2024/12/year-50.md:3: date: \"0050-06-15\" has the year 0050; Dateline supports years 1000 to 9999",
      "articles/2024/12/passwd.md: warning: is a symbolic link",
      "articles/elsewhere: warning: is a symbolic link",
      "_data/people.js: warning: is not an article",
      "_data/site.json: warning: is not an article",
      "index.11ty.js: warning: is not an article",
      "page.njk: warning: is not an article",
      "page.html: warning: is not an article",
      "notes.txt: warning: is not an article",
      "articles/2024/12/good.11tydata.json: warning: is not an article",
    ]) {
      assert.ok(report.includes(`${dir}/${file}`), `not reported: ${file}\n${report}`);
    }
    assert.doesNotMatch(report, /\.gitkeep|outside\.md|Outside/);
    assert.match(report, /7 articles checked, 5 with errors: 5 errors, 10 warnings\.$/m);
    assert.equal(fs.existsSync(SENTINEL), false, "the ---js front matter ran");
  });

  it("should print JSON, with columns, when npm passes --json on as npm_config_json=true", () => {
    const result = runCli(CHECK, [`--input=${dir}`], { DATELINE_CACHE_DIR: cacheDir, npm_config_json: "true" });
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as { ok: boolean; errors: JsonProblem[]; warnings: JsonProblem[] };
    assert.equal(report.ok, false);
    const at = (name: string) => [...report.errors, ...report.warnings].filter((p) => p.file.endsWith(name)).map((p) => [p.code, p.line, p.column]);
    assert.deepEqual(at("js-fence.md"), [["front-matter-not-yaml", 1, 4]]);
    assert.deepEqual(at("tagged.md"), [["yaml-tag", 3, 7]]);
    assert.deepEqual(at("latin-1.md"), [["invalid-utf8", 2, 11]]);
    assert.deepEqual(at("control.md"), [["control-character", 2, 12]]);
    assert.deepEqual(at("year-50.md"), [["invalid-field", 3, 7]]);
    assert.deepEqual(at("passwd.md"), [["symlink-skipped", undefined, undefined]]);
    assert.equal(fs.existsSync(SENTINEL), false);
  });

  it("should stop the build on the JavaScript fence, naming it, without running it", () => {
    const js = writeContent([{ path: "2024/12/good.md", frontMatter: GOOD }, { path: "2024/12/js-fence.md", text: `---js\n${RUN_ME}\n---\nBody\n` }]);
    const result = buildSite(js, { env: { DATELINE_CACHE_DIR: cacheDir } });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /js-fence\.md:1: front matter must be YAML/);
    assert.equal(fs.existsSync(SENTINEL), false, "the ---js front matter ran during the build");
  });

  it("should keep control characters and noncharacters out of the built pages", () => {
    const input = writeContent([
      { path: "2024/12/control.md", text: articleText({ path: "", frontMatter: { ...GOOD, title: "Bell\u0007 rings\uFFFE" }, body: "A form\u000C feed and a \u{10FFFF} end.\n" }) },
    ]);
    const result = buildSite(input, { env: { DATELINE_CACHE_DIR: cacheDir } });
    assert.equal(result.status, 0, result.stderr);
    // JSON.stringify wrote the bell as the escape \u0007, which YAML turns back into the character: both are caught.
    assert.match(result.stderr, /control\.md:2: warning: the quoted value at column 8 writes a control character as an escape \(U\+0007\)/);
    assert.match(result.stderr, /control\.md:2: warning: has a Unicode noncharacter \(U\+FFFE\)/);
    assert.match(result.stderr, /control\.md:6: warning: has control characters and noncharacters \(U\+000C, U\+10FFFF\)/);
    const page = readPage(result.output, "/articles/2024/12/control/");
    assert.match(page, /Bell rings/);
    assert.match(page, /A form feed and a  end\./);
    assert.doesNotMatch(page, /[\u0007\u000C\uFFFE\u{10FFFF}]/u);
  });
});
