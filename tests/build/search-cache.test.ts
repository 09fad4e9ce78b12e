/**
 * The search index is one Pagefind bundle per year. A shard whose records are
 * unchanged is hard-linked from the previous site (the output folder being
 * replaced) or copied from the cache; an edit makes Pagefind build only the
 * shard of its year.
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
  { path: "2023/05/port.md", frontMatter: { title: "Port dredging begins", date: "2023-05-14", source: "Velmora Daily" }, body: "Dredgers arrived at the eastern quay." },
];

function bundle(output: string): Map<string, Buffer> {
  const dir = path.join(output, "pagefind");
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}

function shards(output: string): { year: number; path: string; key: string; records: number; files: number; bytes: number }[] {
  return JSON.parse(fs.readFileSync(path.join(output, "pagefind", "shards.json"), "utf8")).shards;
}

function inode(output: string, file: string): number {
  return fs.statSync(path.join(output, "pagefind", file)).ino;
}

describe("the search index in shards", () => {
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

  it("should make one bundle per year, newest first, listed in shards.json", () => {
    const listed = shards(first.output);
    assert.deepEqual(listed.map(({ year, path, records }) => ({ year, path, records })), [
      { year: 2024, path: "2024/", records: 2 },
      { year: 2023, path: "2023/", records: 1 },
    ]);
    for (const shard of listed) {
      const files = listFiles(path.join(first.output, "pagefind", shard.path));
      assert.ok(files.includes("pagefind.js") && files.includes("pagefind-entry.json"), `a real bundle in ${shard.path}, not ${files.join(", ")}`);
      assert.equal(files.length, shard.files);
    }
  });

  it("should run Pagefind for every shard on the first build and copy them from the cache on the next", () => {
    assert.match(first.stdout, /search index: 3 articles, 2 shards: 2 built, 0 linked, 0 from cache, in [\d.]+ s/);
    assert.match(second.stdout, /search index: 3 articles \(unchanged, reused\), 2 shards: 0 built, 0 linked, 2 from cache, in [\d.]+ s/);
  });

  it("should copy bundles identical, file for file, to the ones Pagefind made", () => {
    const made = bundle(first.output);
    const copied = bundle(second.output);
    assert.deepEqual([...copied.keys()], [...made.keys()]);
    for (const [file, bytes] of made) assert.ok(copied.get(file)!.equals(bytes), `${file} differs`);
  });

  it("should never let an edit to a built site's bundle reach the cache", () => {
    fs.writeFileSync(path.join(second.output, "pagefind", "2024", "pagefind.js"), "tampered");
    const again = buildSite(input, { env });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /\(unchanged, reused\)/);
    assert.ok(bundle(again.output).get("2024/pagefind.js")!.equals(bundle(first.output).get("2024/pagefind.js")!));
  });

  it("should hard-link unchanged shards from the site it replaces, and build only the edited article's year", () => {
    const output = path.join(tempDir("dateline-site-"), "_site");
    const start = buildSite(input, { env, output });
    assert.equal(start.status, 0, start.stderr);
    const before2023 = inode(start.output, "2023/pagefind-entry.json");
    const before2024 = fs.readFileSync(path.join(start.output, "pagefind", "2024", "pagefind-entry.json"));

    const [harvest, rail, port] = ARTICLES;
    const edited = writeContent([{ ...harvest!, body: "The harvest was smaller than forecast, officials said." }, rail!, port!]);
    const next = buildSite(edited, { env, output });
    assert.equal(next.status, 0, next.stderr);
    assert.match(next.stdout, /search index: 3 articles, 2 shards: 1 built, 1 linked, 0 from cache, in [\d.]+ s/);
    assert.equal(inode(next.output, "2023/pagefind-entry.json"), before2023, "the 2023 shard is the same file, linked");
    assert.ok(!fs.readFileSync(path.join(next.output, "pagefind", "2024", "pagefind-entry.json")).equals(before2024), "2024 was built again");

    // A shard of the previous site that lost a file is not reused, whatever shards.json says.
    const fragments = path.join(next.output, "pagefind", "2023", "fragment");
    fs.rmSync(path.join(fragments, fs.readdirSync(fragments)[0]!));
    const repaired = buildSite(edited, { env, output });
    assert.equal(repaired.status, 0, repaired.stderr);
    assert.match(repaired.stdout, /2 shards: 0 built, 1 linked, 1 from cache/);
    assert.deepEqual([...bundle(repaired.output).keys()], [...bundle(start.output).keys()].filter((file) => !file.startsWith("2024/")).concat(
      [...bundle(next.output).keys()].filter((file) => file.startsWith("2024/")),
    ).sort(), "every file of both shards is there");
  });

  it("should run Pagefind again when an article's text changes, then reuse that", () => {
    // 2024 as the test above left it (the cache keeps one entry per year), 2023 edited.
    const [harvest, rail, port] = ARTICLES;
    const edited = writeContent([{ ...harvest!, body: "The harvest was smaller than forecast, officials said." }, rail!, { ...port!, body: "Dredging was postponed." }]);
    const third = buildSite(edited, { env });
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /2 shards: 1 built, 0 linked, 1 from cache/);
    const fourth = buildSite(edited, { env });
    assert.equal(fourth.status, 0, fourth.stderr);
    assert.match(fourth.stdout, /\(unchanged, reused\), 2 shards: 0 built, 0 linked, 2 from cache/);
    assert.deepEqual([...bundle(fourth.output).keys()], [...bundle(third.output).keys()]);
  });
});
