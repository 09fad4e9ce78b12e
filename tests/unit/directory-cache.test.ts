import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import {
  directoryKey,
  hasAnyCachedDirectory,
  hasCachedDirectory,
  restoreCachedDirectory,
  storeCachedDirectory,
} from "../../src/cache/directory-cache.ts";
import { listFiles } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";

/** A folder as a build step writes it: two files, one in a subfolder. */
function built(text: string): string {
  const target = path.join(tempDir(), "pagefind");
  fs.mkdirSync(path.join(target, "fragment"), { recursive: true });
  fs.writeFileSync(path.join(target, "entry.json"), text);
  fs.writeFileSync(path.join(target, "fragment", "a.pf"), `${text}!`);
  return target;
}

describe("the directory cache", () => {
  it("should give back a stored folder, file for file, under its key only", async () => {
    const cache = tempDir();
    const key = directoryKey({ records: 1 });
    assert.equal(hasAnyCachedDirectory("search", cache), false);
    storeCachedDirectory("search", key, built("v1"), cache);
    assert.ok(hasAnyCachedDirectory("search", cache));
    assert.ok(hasCachedDirectory("search", key, cache));
    assert.equal(hasCachedDirectory("search", directoryKey({ records: 2 }), cache), false);
    const second = path.join(tempDir(), "pagefind");
    assert.equal(restoreCachedDirectory("search", directoryKey({ records: 2 }), second, cache), false);
    assert.ok(restoreCachedDirectory("search", key, second, cache));
    assert.deepEqual(listFiles(second), ["entry.json", "fragment/a.pf"]);
    assert.equal(fs.readFileSync(path.join(second, "fragment", "a.pf"), "utf8"), "v1!");
  });

  it("should keep only the newest entry of a name", async () => {
    const cache = tempDir();
    storeCachedDirectory("search", directoryKey(["a"]), built("a"), cache);
    storeCachedDirectory("search", directoryKey(["b"]), built("b"), cache);
    assert.deepEqual(fs.readdirSync(path.join(cache, "folders", "search")), [directoryKey(["b"])]);
  });

  it("should not let an edit to a built site reach the cache", async () => {
    const cache = tempDir();
    const first = built("original");
    storeCachedDirectory("search", "k", first, cache);
    fs.writeFileSync(path.join(first, "entry.json"), "edited in the site");
    const second = path.join(tempDir(), "pagefind");
    assert.ok(restoreCachedDirectory("search", "k", second, cache));
    assert.equal(fs.readFileSync(path.join(second, "entry.json"), "utf8"), "original");
  });

  it("should store nothing, and leave no half copy, when the folder cannot be copied", async () => {
    const cache = tempDir();
    const source = built("x");
    execFileSync("mkfifo", [path.join(source, "pipe")]);
    storeCachedDirectory("search", "k", source, cache);
    assert.equal(hasCachedDirectory("search", "k", cache), false);
    assert.deepEqual(fs.readdirSync(path.join(cache, "folders", "search")), []);
    assert.equal(hasAnyCachedDirectory("search", cache), false);
  });

  it("should say so, and leave no half folder, when the cached one cannot be copied back", async () => {
    const cache = tempDir();
    storeCachedDirectory("search", "k", built("original"), cache);
    // A file no copy can take (a FIFO), as a build racing another's removal of the entry would meet.
    const entry = path.join(cache, "folders", "search", "k");
    fs.rmSync(path.join(entry, "fragment"), { recursive: true });
    execFileSync("mkfifo", [path.join(entry, "fragment")]);
    const target = path.join(tempDir(), "pagefind");
    assert.equal(restoreCachedDirectory("search", "k", target, cache), false);
    assert.equal(fs.existsSync(target), false);
  });

  it("should leave another build's unfinished copy alone, and remove an abandoned one", async () => {
    const cache = tempDir();
    const root = path.join(cache, "folders", "search");
    fs.mkdirSync(path.join(root, "other.99.tmp"), { recursive: true });
    fs.mkdirSync(path.join(root, "abandoned.98.tmp"), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.join(root, "abandoned.98.tmp"), twoHoursAgo, twoHoursAgo);
    assert.equal(hasAnyCachedDirectory("search", cache), false, "an unfinished copy is no entry");
    storeCachedDirectory("search", "k", built("a"), cache);
    assert.deepEqual(fs.readdirSync(root).sort(), ["k", "other.99.tmp"]);
  });
});
