/** Where the build's caches go: `.cache/dateline` in the project unless DATELINE_CACHE_DIR says otherwise. */
import assert from "node:assert/strict";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import { cacheDir, DEFAULT_CACHE_DIR } from "../../src/cache/cache-identity.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";

const saved = process.env.DATELINE_CACHE_DIR;
const savedCwd = process.cwd();

describe("cacheDir", () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.DATELINE_CACHE_DIR;
    else process.env.DATELINE_CACHE_DIR = saved;
    process.chdir(savedCwd);
  });

  it("should default to .cache/dateline in the project, outside node_modules, which npm ci deletes", () => {
    delete process.env.DATELINE_CACHE_DIR;
    assert.equal(path.resolve(cacheDir()), path.join(PROJECT_ROOT, ".cache", "dateline"));
    assert.equal(cacheDir(), DEFAULT_CACHE_DIR);
    assert.ok(!path.relative(PROJECT_ROOT, cacheDir()).split(path.sep).includes("node_modules"));
  });

  it("should take DATELINE_CACHE_DIR as it is when absolute", () => {
    process.env.DATELINE_CACHE_DIR = "/var/cache/новини";
    assert.equal(cacheDir(), "/var/cache/новини");
  });

  it("should read a relative DATELINE_CACHE_DIR from the project root, whatever the working folder", () => {
    process.env.DATELINE_CACHE_DIR = "build-cache/أخبار";
    process.chdir("/tmp");
    assert.equal(cacheDir(), path.join(PROJECT_ROOT, "build-cache", "أخبار"));
  });

  it("should ignore an empty DATELINE_CACHE_DIR, as an unset one", () => {
    process.env.DATELINE_CACHE_DIR = "";
    assert.equal(cacheDir(), DEFAULT_CACHE_DIR);
  });
});
