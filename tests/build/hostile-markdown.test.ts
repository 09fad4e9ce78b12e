import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, runCli, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { PATHOLOGICAL } from "../helpers/markdown-bodies.ts";

const FRONT_MATTER = { title: "Talks", date: "2024-12-30", source: "AzerNews", places: ["Syria"] };
/** `writeContent` writes `---`, a line a field, `---`, then the body. */
const BODY_LINE = Object.keys(FRONT_MATTER).length + 3;

const GOOD: FixtureArticle = { path: "2024/12/good.md", frontMatter: FRONT_MATTER, body: "Talks on *trade* went on, officials [said](https://example.org/1).\n\n> We will meet again.\n" };

/** What an attacker wrote, and the problem each must become (at the body's first line, or with no line when the time limit stopped it). */
const HOSTILE: { path: string; body: string; code: string; what: string; line?: number }[] = [
  { path: "2024/12/quotes.md", body: PATHOLOGICAL.quotes(2000), code: "markdown-too-deep", what: "2,000 nested >", line: BODY_LINE },
  { path: "2024/12/deep-list.md", body: PATHOLOGICAL.inlineList(10_000), code: "markdown-too-deep", what: "a 10,000-deep list", line: BODY_LINE },
  { path: "2024/12/stars.md", body: PATHOLOGICAL.stars(40_000), code: "markdown-too-slow", what: "40 KB of *a", line: BODY_LINE },
  { path: "2024/12/open-links.md", body: "[a](b ".repeat(5000), code: "markdown-too-slow", what: "[a](b  × 5,000", line: BODY_LINE },
  // Under the pre-scan's limits in every paragraph, yet seconds of remark: the time limit stops it.
  { path: "2024/12/slow.md", body: Array.from({ length: 40 }, () => "*a".repeat(1999)).join("\n\n"), code: "markdown-too-slow", what: "a body only the time limit stops" },
];

describe("hostile Markdown", () => {
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-"), DATELINE_RENDER_TIME_LIMIT_MS: "1000" };
  let input: string;
  let output: string;
  let before_: { file: string; bytes: Buffer }[];
  let build: BuildResult;
  let buildMs: number;

  before(() => {
    input = writeContent([GOOD]);
    output = path.join(tempDir("dateline-site-"), "_site");
    const first = buildSite(input, { env, output });
    assert.equal(first.status, 0, first.stderr);
    before_ = listFiles(output).map((file) => ({ file, bytes: fs.readFileSync(path.join(output, file)) }));
    writeContent(HOSTILE.map(({ path: file, body }) => ({ path: file, frontMatter: FRONT_MATTER, body })), {}, input);
    const started = performance.now();
    build = buildSite(input, { env, output });
    buildMs = performance.now() - started;
  });

  it("should stop the build with exit code 1 in bounded time, with no stack trace", () => {
    assert.equal(build.status, 1, build.stderr);
    assert.ok(buildMs < 60_000, `the build took ${Math.round(buildMs)} ms`);
    assert.doesNotMatch(build.stderr, /RangeError|Maximum call stack|\n\s+at .*\.ts:\d+/);
    assert.match(build.stderr, new RegExp(`${HOSTILE.length} content errors`));
  });

  for (const { path: file, what, line } of HOSTILE) {
    it(`should name the file${line ? " and line" : ""} of ${what}`, () => {
      const location = `${path.join(input, "articles", file)}:${line ? `${line}:` : ""} `;
      assert.ok(build.stderr.includes(location), `${location} in:\n${build.stderr}`);
    });
  }

  it("should leave the last good site untouched, byte for byte", () => {
    assert.deepEqual(listFiles(output), before_.map(({ file }) => file));
    for (const { file, bytes } of before_) assert.ok(fs.readFileSync(path.join(output, file)).equals(bytes), `${file} changed`);
  });

  it("should make npm run check report the same files as errors, with their codes", () => {
    const check = runCli("src/cli/check.ts", [`--input=${input}`, "--json"], env);
    assert.equal(check.status, 1, check.stderr);
    const report = JSON.parse(check.stdout) as { ok: boolean; articles: number; valid: number; errors: { code: string; file: string; line?: number; hint?: string }[] };
    assert.equal(report.ok, false);
    assert.deepEqual([report.articles, report.valid], [HOSTILE.length + 1, 1]);
    assert.deepEqual(
      report.errors.map(({ code, file, line }) => [code, path.basename(file), line]).sort(),
      HOSTILE.map(({ path: file, code, line }) => [code, path.basename(file), line]).sort(),
    );
    for (const error of report.errors) assert.ok(error.hint, `${error.file} has a hint`);

    const text = runCli("src/cli/check.ts", [`--input=${input}`], env);
    assert.equal(text.status, 1);
    for (const { path: file, line } of HOSTILE) assert.ok(text.stderr.includes(`${path.join(input, "articles", file)}:${line ? `${line}:` : ""} `), text.stderr);
  });
});
