import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { importClosure } from "../../src/cache/cache-identity.ts";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { bodyText } from "../../src/markdown/stored-body.ts";
import { tempDir } from "../helpers/fixture.ts";

const BODY = "# Talks\n\nThe *minister* said talks would [continue](https://example.org/).\n";

/** Renders `body` into a fresh cache in `dir` and saves it, as a build does. */
function saveOne(dir: string, body: string, identity?: string): string {
  const cache = new RenderCache(dir, identity).load();
  const key = cache.keyOf(body);
  cache.set(key, renderMarkdown(body));
  cache.save();
  return key;
}

describe("RenderCache", () => {
  it("should be tied to every module of the render (GFM's HTML and section ids too), so changing one starts a fresh cache", () => {
    const markdown = path.dirname(fileURLToPath(import.meta.resolve("../../src/markdown/pipeline.ts")));
    const covered = importClosure([path.join(markdown, "checked-render.ts"), path.join(markdown, "pipeline.ts")]).map((file) => path.relative(markdown, file));
    for (const module of ["body-html.ts", "section-ids.ts", "markdown-limits.ts", "plain-text.ts", "pipeline.ts"]) assert.ok(covered.includes(module), `${module} in ${covered.join(", ")}`);
  });

  it("should miss a body it has never seen", () => {
    const cache = new RenderCache(tempDir()).load();
    assert.equal(cache.get(cache.keyOf(BODY)), undefined);
  });

  it("should give a later build exactly the render an earlier build saved", () => {
    const dir = tempDir();
    const key = saveOne(dir, BODY);
    const later = new RenderCache(dir).load();
    const { html, text, excerpt, words, readingMinutes } = renderMarkdown(BODY);
    const cached = later.get(key)!;
    assert.deepEqual({ ...bodyText(cached), excerpt: cached.excerpt, words: cached.words, readingMinutes: cached.readingMinutes }, { html, text, excerpt, words, readingMinutes });
  });

  it("should keep a body's HTML and text on disk, out of the render's own fields, and read them when asked", () => {
    const dir = tempDir();
    const key = saveOne(dir, BODY);
    const cached = new RenderCache(dir).load().get(key)!;
    assert.deepEqual(Object.keys(cached).sort(), ["body", "excerpt", "hasVideo", "readingMinutes", "words"]);
    assert.equal(cached.body.key, key);
    assert.equal(bodyText(cached).html, renderMarkdown(BODY).html);
    assert.equal(JSON.stringify(cached).includes("<h1>"), false);
  });

  it("should remove the bodies of renders the last build did not use, and miss a render whose body file is gone", () => {
    const dir = tempDir();
    const other = "Another body.\n";
    const cache = new RenderCache(dir).load();
    const kept = cache.keyOf(BODY);
    const gone = cache.keyOf(other);
    cache.set(kept, renderMarkdown(BODY));
    cache.set(gone, renderMarkdown(other));
    cache.save();
    const bodies = () => fs.readdirSync(path.join(dir, "markdown-bodies"), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    assert.deepEqual(bodies(), [gone, kept].sort());
    const second = new RenderCache(dir).load();
    assert.ok(second.get(kept));
    second.save();
    assert.deepEqual(bodies(), [kept]);
    fs.rmSync(path.join(dir, "markdown-bodies"), { recursive: true });
    assert.equal(new RenderCache(dir).load().get(kept), undefined);
  });

  it("should remove the bodies other code rendered when it saves", () => {
    const dir = tempDir();
    saveOne(dir, BODY, "the code of one build");
    saveOne(dir, BODY, "the code of another");
    assert.equal(fs.readdirSync(path.join(dir, "markdown-bodies")).length, 1);
  });

  it("should key bodies by content: one changed character is a different key", () => {
    assert.notEqual(RenderCache.keyOf(BODY), RenderCache.keyOf(BODY.replace("minister", "ministers")));
    assert.equal(RenderCache.keyOf(BODY), RenderCache.keyOf(`${BODY}`));
  });

  it("should miss every render made by other code", () => {
    const dir = tempDir();
    const key = saveOne(dir, BODY, "the code of one build");
    assert.ok(new RenderCache(dir, "the code of one build").load().get(key));
    assert.equal(new RenderCache(dir, "the code of another").load().get(key), undefined);
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
    fs.writeFileSync(path.join(dir, "markdown-index.v8"), "not a cache at all");
    const cache = new RenderCache(dir).load();
    assert.equal(cache.get(key), undefined);
  });
});
