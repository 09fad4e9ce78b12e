import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { PIPELINE_VERSION, renderMarkdown } from "../../src/markdown/pipeline.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { tempDir } from "../helpers/fixture.ts";

const BODY = "# Talks\n\nThe *minister* said talks would [continue](https://example.org/).\n";

/** Renders `body` into a fresh cache in `dir` and saves it, as a build does. */
function saveOne(dir: string, body: string, pipeline?: string): string {
  const cache = new RenderCache(dir, pipeline).load();
  const key = cache.keyOf(body);
  cache.set(key, renderMarkdown(body));
  cache.save();
  return key;
}

describe("RenderCache", () => {
  it("should miss a body it has never seen", () => {
    const cache = new RenderCache(tempDir()).load();
    assert.equal(cache.get(cache.keyOf(BODY)), undefined);
  });

  it("should give a later build exactly the render an earlier build saved", () => {
    const dir = tempDir();
    const key = saveOne(dir, BODY);
    const later = new RenderCache(dir).load();
    assert.deepEqual(later.get(key), renderMarkdown(BODY));
  });

  it("should key bodies by content: one changed character is a different key", () => {
    assert.notEqual(RenderCache.keyOf(BODY), RenderCache.keyOf(BODY.replace("minister", "ministers")));
    assert.equal(RenderCache.keyOf(BODY), RenderCache.keyOf(`${BODY}`));
  });

  it("should miss every render made by another pipeline version", () => {
    const dir = tempDir();
    const oldKey = saveOne(dir, BODY, "1");
    const newer = new RenderCache(dir, "2").load();
    assert.notEqual(newer.keyOf(BODY), oldKey);
    assert.equal(newer.get(newer.keyOf(BODY)), undefined);
    assert.equal(newer.get(oldKey), undefined);
  });

  it("should refuse a file whose recorded pipeline version is not its own", () => {
    const dir = tempDir();
    saveOne(dir, BODY, "1");
    // The same file name claimed by another version (e.g. copied by hand) is still not trusted.
    fs.renameSync(path.join(dir, "markdown-v1.v8"), path.join(dir, "markdown-v3.v8"));
    const cache = new RenderCache(dir, "3").load();
    assert.equal(cache.get(RenderCache.keyOf(BODY, "1")), undefined);
    assert.equal(cache.get(RenderCache.keyOf(BODY, "3")), undefined);
  });

  it("should keep only the renders the last build used", () => {
    const dir = tempDir();
    const other = "Another body.\n";
    const cache = new RenderCache(dir).load();
    cache.set(cache.keyOf(BODY), renderMarkdown(BODY));
    cache.set(cache.keyOf(other), renderMarkdown(other));
    cache.save();
    const second = new RenderCache(dir).load();
    assert.ok(second.get(second.keyOf(BODY)));
    second.save();
    const third = new RenderCache(dir).load();
    assert.ok(third.get(third.keyOf(BODY)));
    assert.equal(third.get(third.keyOf(other)), undefined);
  });

  it("should treat a damaged cache file as an empty cache", () => {
    const dir = tempDir();
    const key = saveOne(dir, BODY);
    fs.writeFileSync(path.join(dir, `markdown-v${PIPELINE_VERSION}.v8`), "not a cache at all");
    const cache = new RenderCache(dir).load();
    assert.equal(cache.get(key), undefined);
  });
});
