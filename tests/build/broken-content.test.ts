import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite, listFiles, runCli } from "../helpers/build-site.ts";
import { writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { parseHtml, textOf } from "../helpers/html.ts";

const GOOD: FixtureArticle = {
  path: "2024/12/good.md",
  frontMatter: { title: "Good", date: "2024-12-30", source: "AzerNews", people: ["Yalchin Rafiyev"], places: ["Syria"] },
};

const BROKEN: { name: string; article: FixtureArticle; field: string; line: number }[] = [
  { name: "no title", article: { path: "2024/12/no-title.md", rawFrontMatter: "date: 2024-12-30\nsource: A" }, field: "title", line: 2 },
  { name: "an impossible date", article: { path: "2024/12/bad-date.md", rawFrontMatter: "title: T\ndate: 2024-02-31\nsource: A" }, field: "date", line: 3 },
  { name: "broken YAML", article: { path: "2024/12/bad-yaml.md", rawFrontMatter: "title: T\ndate: 2024-12-30\nsource: [A\nplaces: x" }, field: "", line: 0 },
  { name: "a javascript: url", article: { path: "2024/12/bad-url.md", rawFrontMatter: "title: T\ndate: 2024-12-30\nsource: A\nurl: javascript:alert(1)" }, field: "url", line: 5 },
  { name: "people given as a mapping", article: { path: "2024/12/bad-people.md", rawFrontMatter: "title: T\ndate: 2024-12-30\nsource: A\npeople:\n  first: X" }, field: "people", line: 5 },
];

describe("broken content", () => {
  for (const { name, article, field, line } of BROKEN) {
    it(`should stop check and build on ${name}, naming the file${field ? " and the field" : " and the line"}`, () => {
      const input = writeContent([GOOD, article]);
      const file = path.join(input, "articles", article.path);
      const check = runCli("src/cli/check.ts", [`--input=${input}`]);
      assert.equal(check.status, 1);
      const location = field ? `${file}:${line}: ${field}: ` : `${file}:`;
      assert.ok(check.stderr.includes(location), `check output names ${location}:\n${check.stderr}`);
      assert.doesNotMatch(check.stderr, /\n\s+at .*\.ts:\d+/, "no stack trace");

      const build = buildSite(input);
      assert.equal(build.status, 1);
      assert.ok(build.stderr.includes(location), build.stderr);
      assert.doesNotMatch(build.stderr, /\n\s+at .*\.ts:\d+/, "no stack trace");
      assert.equal(fs.existsSync(build.output), false, "nothing written");
    });
  }

  it("should report every broken file at once", () => {
    const input = writeContent([GOOD, ...BROKEN.map((b) => b.article)]);
    const check = runCli("src/cli/check.ts", [`--input=${input}`]);
    for (const { article } of BROKEN) assert.ok(check.stderr.includes(article.path), article.path);
    assert.match(check.stderr, /5 errors|[6-9] errors/);
  });

  it("should leave the last good site untouched when a later build fails", () => {
    const input = writeContent([GOOD]);
    const first = buildSite(input);
    assert.equal(first.status, 0, first.stderr);
    const before = listFiles(first.output).map((f) => [f, fs.readFileSync(path.join(first.output, f), "utf8")]);
    writeContent([BROKEN[0]!.article], {}, input);
    const second = buildSite(input, { output: first.output });
    assert.equal(second.status, 1);
    const after = listFiles(first.output).map((f) => [f, fs.readFileSync(path.join(first.output, f), "utf8")]);
    assert.deepEqual(after, before);
  });

  it("should show markup in a title as text and drop hostile markup from the body", () => {
    const input = writeContent([
      {
        path: "2024/12/hostile.md",
        frontMatter: { title: "<script>alert(1)</script> Headline", date: "2024-12-30", source: "<b>Outlet</b>", people: ["<img src=x onerror=alert(1)>"] },
        body: "Text <script>alert(2)</script> <iframe src='https://evil.example'></iframe> [x](javascript:alert(3)) <img src=x onerror=alert(4)>",
      },
    ]);
    const build = buildSite(input);
    assert.equal(build.status, 0, build.stderr);
    const html = fs.readFileSync(path.join(build.output, "articles/2024/12/hostile/index.html"), "utf8");
    const page = parseHtml(html);
    assert.equal(page.text("h1"), "<script>alert(1)</script> Headline");
    const elements = page.all("*");
    // A page's scripts are the site's own files (no inline code), and JSON-LD: data, not code, that must parse.
    const scripts = elements.filter((e) => e.tagName === "script");
    for (const script of scripts) {
      const src = script.attrs.find((a) => a.name === "src")?.value;
      if (src !== undefined) {
        assert.match(src, /^\/[a-z-]+\.js$/, "a script of the site's own");
        assert.equal(textOf(script), "");
        continue;
      }
      assert.equal(script.attrs.find((a) => a.name === "type")?.value, "application/ld+json");
      assert.doesNotThrow(() => JSON.parse(textOf(script)));
    }
    assert.deepEqual(elements.filter((e) => ["iframe", "object", "embed"].includes(e.tagName)), []);
    for (const element of elements) {
      for (const { name, value } of element.attrs) {
        assert.ok(!name.startsWith("on"), `${element.tagName} has ${name}`);
        assert.doesNotMatch(value, /^\s*(javascript|data|vbscript):/i, `${element.tagName}[${name}]`);
      }
    }
  });
});
