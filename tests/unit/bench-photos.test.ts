import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import sharp from "sharp";
import { writeCorpus } from "../../bench/corpus.ts";
import { PHOTO_HEIGHT, PHOTO_WIDTH, writePhotos } from "../../bench/photos.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { tempDir } from "../helpers/fixture.ts";

describe("bench corpus with --images", () => {
  it("should give every article a lead photo beside it, each a different JPEG that the build accepts", async () => {
    const corpus = writeCorpus(tempDir(), { articles: 3, seed: 5, images: true });
    assert.equal(corpus.photos.length, 3);
    const bytes = await writePhotos(corpus.photos, 5);
    assert.ok(bytes / 3 > 100_000, `photos of ${Math.round(bytes / 3)} bytes compress too well to be realistic`);
    const metadata = await sharp(corpus.photos[0]!).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ["jpeg", PHOTO_WIDTH, PHOTO_HEIGHT]);
    assert.ok(!fs.readFileSync(corpus.photos[0]!).equals(fs.readFileSync(corpus.photos[1]!)));
    const content = await loadContent(corpus.contentDir, { cache: false });
    assert.deepEqual(content.problems.filter((p) => p.severity === "error"), []);
    assert.ok(content.articles.every((article) => article.images?.lead?.format === "jpeg"));
  });

  it("should write no photos, and no image fields, without --images", () => {
    const corpus = writeCorpus(tempDir(), { articles: 3, seed: 5 });
    assert.deepEqual(corpus.photos, []);
  });
});
