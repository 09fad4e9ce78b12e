/**
 * The search index's shards: planned by year, keyed by their records, listed
 * in shards.json (read back only when it is such a list), and reused from a
 * previous site only when every listed file is there.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { reuseShard, searchRecords, type ShardTarget } from "../../src/search/search-index.ts";
import { folderSize, linkShard } from "../../src/search/shard-files.ts";
import { articlesByYear, readShardManifest, SEARCH_SHARDS_FILE, shardKey, shardPath, writeShardManifest } from "../../src/search/search-shards.ts";
import { listFiles } from "../helpers/build-site.ts";
import { archiveOf } from "../helpers/archive-of.ts";
import { tempDir } from "../helpers/fixture.ts";

/** A folder shaped like a Pagefind bundle. */
function bundleAt(dir: string, text = "v1"): string {
  fs.mkdirSync(path.join(dir, "fragment"), { recursive: true });
  fs.writeFileSync(path.join(dir, "pagefind-entry.json"), `{"version":"${text}"}`);
  fs.writeFileSync(path.join(dir, "fragment", "en_1.pf_fragment"), `fragment ${text}`);
  fs.writeFileSync(path.join(dir, "fragment", "en_2.pf_fragment"), `another ${text}`);
  return dir;
}

describe("search shards", () => {
  const archive = archiveOf([
    { title: "Fireworks", date: "2025-01-01T00:30:00+02:00" },
    { title: "Last train", date: "2024-12-31T23:00:00+00:00" },
    { title: "Harvest", date: "2024-06-01" },
    { title: "Port", date: "2022-03-14" },
  ]);

  it("should plan one shard per year of the articles' own dates, newest year first, each in the archive's order", () => {
    const years = articlesByYear(archive.articles);
    assert.deepEqual([...years.keys()], [2025, 2024, 2022]);
    assert.deepEqual(years.get(2024)!.map((article) => article.title), archive.articles.filter((a) => a.date.year === 2024).map((a) => a.title));
    assert.deepEqual(years.get(2025)!.map((article) => article.title), ["Fireworks"], "the year of its own date, not of its instant in UTC (2024-12-31T22:30Z)");
    assert.equal(articlesByYear([]).size, 0);
    assert.equal(shardPath(2024), "2024/");
  });

  it("should key a shard by its records and the indexing identity: any change to either changes the key", () => {
    const records = searchRecords(archive).filter((record) => record.filters.year![0] === "2024");
    const key = shardKey(["code", "1.6.0"], records);
    assert.equal(shardKey(["code", "1.6.0"], structuredClone(records)), key, "equal records, equal key");
    assert.notEqual(shardKey(["code", "1.6.1"], records), key, "another Pagefind");
    assert.notEqual(shardKey(["other code", "1.6.0"], records), key, "other indexing code");
    const edited = structuredClone(records);
    edited[0]!.content += " one more word";
    assert.notEqual(shardKey(["code", "1.6.0"], edited), key, "an edited body");
    assert.notEqual(shardKey(["code", "1.6.0"], records.slice(1)), key, "an article fewer");
  });

  it("should read back the shards.json it wrote, and nothing else", () => {
    const dir = tempDir();
    const manifest = { version: 1 as const, shards: [{ year: 2024, path: "2024/", key: "k", records: 2, files: 3, bytes: 40 }] };
    writeShardManifest(dir, manifest);
    assert.deepEqual(readShardManifest(dir), manifest);
    assert.equal(readShardManifest(tempDir()), undefined, "none there (an older site: one index)");
    for (const text of ["not json", "{}", '{"version":2,"shards":[]}', '{"version":1,"shards":[{"year":"2024"}]}']) {
      fs.writeFileSync(path.join(dir, SEARCH_SHARDS_FILE), text);
      assert.equal(readShardManifest(dir), undefined, text);
    }
  });

  it("should hard-link a shard whose files are all there, so the new site's file is the previous site's", () => {
    const from = bundleAt(path.join(tempDir(), "2024"));
    const to = path.join(tempDir(), "site", "pagefind", "2024");
    assert.ok(linkShard(from, to, folderSize(from)!));
    assert.deepEqual(listFiles(to), listFiles(from));
    for (const file of listFiles(from)) assert.equal(fs.statSync(path.join(to, file)).ino, fs.statSync(path.join(from, file)).ino, file);
  });

  it("should copy where it cannot link (another file system: /dev/shm is a tmpfs on Linux)", () => {
    const from = bundleAt(fs.mkdtempSync("/dev/shm/dateline-shard-"));
    const to = path.join(tempDir(), "2024");
    try {
      assert.notEqual(fs.statSync(from).dev, fs.statSync(path.dirname(to)).dev, "two file systems");
      assert.ok(linkShard(from, to, folderSize(from)!));
      assert.deepEqual(listFiles(to), listFiles(from));
      assert.equal(fs.readFileSync(path.join(to, "fragment", "en_1.pf_fragment"), "utf8"), "fragment v1");
    } finally {
      fs.rmSync(from, { recursive: true, force: true });
    }
  });

  it("should not reuse a previous shard missing a file, with a file of another size, or holding a symbolic link", () => {
    const cases: [string, (dir: string) => void][] = [
      ["a file missing", (dir) => fs.rmSync(path.join(dir, "fragment", "en_2.pf_fragment"))],
      ["a file cut short", (dir) => fs.writeFileSync(path.join(dir, "pagefind-entry.json"), "{}")],
      ["a symbolic link", (dir) => {
        fs.rmSync(path.join(dir, "fragment", "en_2.pf_fragment"));
        fs.symlinkSync("/etc/hostname", path.join(dir, "fragment", "en_2.pf_fragment"));
      }],
    ];
    for (const [name, spoil] of cases) {
      const from = bundleAt(path.join(tempDir(), "2024"));
      const expected = folderSize(from)!;
      spoil(from);
      const to = path.join(tempDir(), "2024");
      assert.equal(linkShard(from, to, expected), false, name);
      assert.equal(fs.existsSync(to), false, `${name}: nothing left behind`);
    }
    assert.equal(linkShard(path.join(tempDir(), "gone"), path.join(tempDir(), "2024"), { files: 0, bytes: 0 }), false, "no previous shard at all");
  });

  it("should take a shard from the previous site, else from the cache, else say it must be built", () => {
    const cacheDir = tempDir();
    const previous = bundleAt(path.join(tempDir(), "pagefind", "2024"), "previous");
    const target = (dir: string, withPrevious: boolean): ShardTarget => ({
      year: 2024,
      key: "key-1",
      dir,
      cacheDir,
      previous: withPrevious ? { dir: previous, ...folderSize(previous)! } : undefined,
    });
    const linked = reuseShard(target(path.join(tempDir(), "2024"), true));
    assert.deepEqual(linked, { outcome: "linked", ...folderSize(previous)! });
    assert.equal(reuseShard(target(path.join(tempDir(), "2024"), false)), undefined, "not in the cache: Pagefind must run");

    // What a build caches (buildShard stores what Pagefind wrote under the shard's year and key).
    const cachedEntry = bundleAt(path.join(cacheDir, "folders", "search-shard-2024", "key-1"), "cached");
    fs.writeFileSync(path.join(cachedEntry, ".dateline-complete"), "");
    const dir = path.join(tempDir(), "2024");
    const cached = reuseShard(target(dir, false));
    assert.deepEqual(cached, { outcome: "cached", ...folderSize(dir)! });
    assert.equal(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8"), '{"version":"cached"}');
    assert.ok(!listFiles(dir).includes(".dateline-complete"));
  });
});
