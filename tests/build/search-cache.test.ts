/**
 * The search bundle is copied from the cache when no article's searchable
 * text changed, and made again by Pagefind when one did.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";

const ARTICLES: FixtureArticle[] = [
  { path: "2024/11/harvest.md", frontMatter: { title: "Harvest figures revised", date: "2024-11-02", source: "Velmora Daily", people: ["Orla Venn"] }, body: "The harvest was larger than forecast." },
  { path: "2024/12/rail.md", frontMatter: { title: "Rail link reopens", date: "2024-12-09", source: "Velmora Daily", places: ["Syria"] }, body: "Trains ran again on the northern line." },
];

function bundle(output: string): Map<string, Buffer> {
  const dir = path.join(output, "pagefind");
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}

describe("the search bundle cache", () => {
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-"), DATELINE_TIMINGS: "1" };
  let input: string;
  let first: BuildResult;
  let second: BuildResult;

  before(() => {
    input = writeContent(ARTICLES);
    first = buildSite(input, { env });
    second = buildSite(input, { env });
    assert.equal(first.status, 0, first.stderr);
    assert.equal(second.status, 0, second.stderr);
  });

  it("should run Pagefind on the first build and copy its bundle on the next", () => {
    assert.match(first.stdout, /search index: 2 articles in [\d.]+ s/);
    assert.match(second.stdout, /search index: 2 articles \(unchanged, reused\) in [\d.]+ s/);
  });

  it("should copy a bundle identical, file for file, to the one Pagefind made", () => {
    const made = bundle(first.output);
    const copied = bundle(second.output);
    assert.ok(made.has("pagefind.js") && made.size > 5, `a real bundle, not ${[...made.keys()].join(", ")}`);
    assert.deepEqual([...copied.keys()], [...made.keys()]);
    for (const [file, bytes] of made) assert.ok(copied.get(file)!.equals(bytes), `${file} differs`);
  });

  it("should never let an edit to a built site's bundle reach the cache", () => {
    fs.writeFileSync(path.join(second.output, "pagefind", "pagefind.js"), "tampered");
    const again = buildSite(input, { env });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /\(unchanged, reused\)/);
    assert.ok(bundle(again.output).get("pagefind.js")!.equals(bundle(first.output).get("pagefind.js")!));
  });

  it("should run Pagefind again when an article's text changes", () => {
    const [harvest, rail] = ARTICLES;
    const edited = writeContent([{ ...harvest!, body: "The harvest was smaller than forecast, officials said." }, rail!]);
    const third = buildSite(edited, { env });
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /search index: 2 articles in [\d.]+ s/);
    assert.doesNotMatch(third.stdout, /reused/);

    const fourth = buildSite(edited, { env });
    assert.equal(fourth.status, 0, fourth.stderr);
    assert.match(fourth.stdout, /\(unchanged, reused\)/);
    assert.deepEqual([...bundle(fourth.output).keys()], [...bundle(third.output).keys()]);
  });
});
