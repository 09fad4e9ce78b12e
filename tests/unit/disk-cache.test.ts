import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { DiskCache } from "../../src/cache/disk-cache.ts";
import { tempDir } from "../helpers/fixture.ts";

/** A cache file in a fresh folder holding `{ a: 1 }`, saved by one cache; returns its path. */
function savedCache(remember: boolean): string {
  const file = path.join(tempDir(), "cache.v8");
  const cache = new DiskCache<{ n: number }>(file, "code", remember).load();
  cache.set("a", { n: 1 });
  cache.save();
  return file;
}

describe("DiskCache in one process", () => {
  it("should hand the preview's next load the entries it kept in memory, not a fresh read", () => {
    const file = savedCache(true);
    const first = new DiskCache<{ n: number }>(file, "code", true).load().get("a");
    const second = new DiskCache<{ n: number }>(file, "code", true).load().get("a");
    assert.deepEqual(first, { n: 1 });
    assert.equal(first, second);
  });

  it("should keep nothing in memory for a one-off build: each load reads the file", () => {
    const file = savedCache(false);
    const first = new DiskCache<{ n: number }>(file, "code").load().get("a");
    const second = new DiskCache<{ n: number }>(file, "code").load().get("a");
    assert.deepEqual(first, { n: 1 });
    assert.deepEqual(second, { n: 1 });
    assert.notEqual(first, second);
  });

  it("should say which entries a save dropped (the render cache deletes their bodies)", () => {
    const file = savedCache(false);
    const cache = new DiskCache<{ n: number }>(file, "code").load();
    cache.set("b", { n: 2 });
    assert.deepEqual(cache.save(), ["a"]);
  });
});
