import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { cachedDirectory, directoryKey } from "../../src/cache/directory-cache.ts";
import { listFiles } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";

/** A build step that writes two files into `target` and counts its runs. */
function step(target: string, text: string) {
  let runs = 0;
  const build = async () => {
    runs++;
    fs.mkdirSync(path.join(target, "fragment"), { recursive: true });
    fs.writeFileSync(path.join(target, "entry.json"), text);
    fs.writeFileSync(path.join(target, "fragment", "a.pf"), `${text}!`);
    return runs;
  };
  return { build, runs: () => runs };
}

describe("cachedDirectory", () => {
  it("should build once, then give the next build the same files without building", async () => {
    const cache = tempDir();
    const first = path.join(tempDir(), "pagefind");
    const second = path.join(tempDir(), "pagefind");
    const a = step(first, "v1");
    assert.deepEqual(await cachedDirectory("search", directoryKey({ records: 1 }), first, a.build, cache), { reused: false, result: 1 });
    const b = step(second, "never");
    assert.deepEqual(await cachedDirectory("search", directoryKey({ records: 1 }), second, b.build, cache), { reused: true });
    assert.equal(b.runs(), 0);
    assert.deepEqual(listFiles(second), ["entry.json", "fragment/a.pf"]);
    assert.equal(fs.readFileSync(path.join(second, "fragment", "a.pf"), "utf8"), "v1!");
  });

  it("should build again when the inputs change, and keep only the newest entry", async () => {
    const cache = tempDir();
    const target = path.join(tempDir(), "pagefind");
    await cachedDirectory("search", directoryKey(["a"]), target, step(target, "a").build, cache);
    const changed = step(target, "b");
    assert.equal((await cachedDirectory("search", directoryKey(["b"]), target, changed.build, cache)).reused, false);
    assert.equal(changed.runs(), 1);
    assert.deepEqual(fs.readdirSync(path.join(cache, "folders", "search")), [directoryKey(["b"])]);
  });

  it("should not let an edit to a built site reach the cache", async () => {
    const cache = tempDir();
    const first = path.join(tempDir(), "pagefind");
    await cachedDirectory("search", "k", first, step(first, "original").build, cache);
    fs.writeFileSync(path.join(first, "entry.json"), "edited in the site");
    const second = path.join(tempDir(), "pagefind");
    await cachedDirectory("search", "k", second, step(second, "never").build, cache);
    assert.equal(fs.readFileSync(path.join(second, "entry.json"), "utf8"), "original");
  });

  it("should cache nothing when the build fails", async () => {
    const cache = tempDir();
    const target = path.join(tempDir(), "pagefind");
    await assert.rejects(cachedDirectory("search", "k", target, async () => Promise.reject(new Error("pagefind died")), cache), /pagefind died/);
    assert.equal(fs.existsSync(path.join(cache, "folders", "search", "k")), false);
  });

  it("should build the folder itself when the cached one cannot be copied", async () => {
    const cache = tempDir();
    const first = path.join(tempDir(), "pagefind");
    await cachedDirectory("search", "k", first, step(first, "original").build, cache);
    // A file no copy can take (a FIFO), as a build racing another's removal of the entry would meet.
    const entry = path.join(cache, "folders", "search", "k");
    fs.rmSync(path.join(entry, "fragment"), { recursive: true });
    execFileSync("mkfifo", [path.join(entry, "fragment")]);
    const second = path.join(tempDir(), "pagefind");
    const rebuilt = step(second, "rebuilt");
    assert.deepEqual(await cachedDirectory("search", "k", second, rebuilt.build, cache), { reused: false, result: 1 });
    assert.equal(fs.readFileSync(path.join(second, "fragment", "a.pf"), "utf8"), "rebuilt!");
  });

  it("should leave another build's unfinished copy alone, and remove an abandoned one", async () => {
    const cache = tempDir();
    const root = path.join(cache, "folders", "search");
    fs.mkdirSync(path.join(root, "other.99.tmp"), { recursive: true });
    fs.mkdirSync(path.join(root, "abandoned.98.tmp"), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.join(root, "abandoned.98.tmp"), twoHoursAgo, twoHoursAgo);
    const target = path.join(tempDir(), "pagefind");
    await cachedDirectory("search", "k", target, step(target, "a").build, cache);
    assert.deepEqual(fs.readdirSync(root).sort(), ["k", "other.99.tmp"]);
  });
});
