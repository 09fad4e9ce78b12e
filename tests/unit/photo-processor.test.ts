import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { ProcessedPhoto } from "../../src/content/article-images.ts";
import { figureHtml, pictureHtml } from "../../src/images/photo-markup.ts";
import { PhotoProcessor, PHOTO_WIDTHS } from "../../src/images/photo-processor.ts";
import { sniffImageFormat } from "../../src/content/image-file.ts";
import { tempDir } from "../helpers/fixture.ts";
import { writePhoto, writePixelBomb, writeTruncatedPhoto } from "../helpers/photos.ts";

const widths = (photo: ProcessedPhoto, format: string) => photo.variants.filter((v) => v.format === format).map((v) => v.width);

describe("PhotoProcessor", () => {
  it("should make WebP and JPEG at each width, named by content hash, and never upscale", async () => {
    const dir = tempDir();
    const processor = new PhotoProcessor(path.join(dir, "cache"));
    const big = await processor.process(await writePhoto(path.join(dir, "big.jpg"), 1600, 1067));
    assert.deepEqual(widths(big, "webp"), [...PHOTO_WIDTHS]);
    assert.deepEqual(widths(big, "jpeg"), [...PHOTO_WIDTHS]);
    assert.deepEqual([big.width, big.height], [1600, 1067]);
    for (const variant of big.variants) {
      assert.match(variant.name, new RegExp(`^[0-9a-f]{20}-${variant.width}\\.${variant.format}$`));
      const head = fs.readFileSync(path.join(processor.folder, variant.name)).subarray(0, 64);
      assert.equal(sniffImageFormat(head), variant.format);
    }
    const small = await processor.process(await writePhoto(path.join(dir, "small.jpg"), 500, 300));
    assert.deepEqual(widths(small, "jpeg"), [320, 500]);
    assert.ok(small.variants.every((variant) => variant.width <= 500));
    assert.equal(processor.processed, 2);
  });

  it("should keep transparency: a PNG with alpha falls back to PNG, not JPEG", async () => {
    const dir = tempDir();
    const processor = new PhotoProcessor(path.join(dir, "cache"));
    const photo = await processor.process(await writePhoto(path.join(dir, "chart.png"), 700, 400));
    // 700 is within eleventy-img's threshold (1.25 × 640) of 640, so no third width is made.
    assert.deepEqual(widths(photo, "png"), [320, 640]);
    assert.deepEqual(widths(photo, "jpeg"), []);
  });

  it("should take a photo from its cache in the next build without processing it, and process a changed photo again", async () => {
    const dir = tempDir();
    const file = await writePhoto(path.join(dir, "port.jpg"), 900, 600, 1);
    const first = new PhotoProcessor(path.join(dir, "cache"));
    const made = await first.process(file);
    first.save();
    const second = new PhotoProcessor(path.join(dir, "cache"));
    assert.deepEqual(await second.process(file), made);
    assert.deepEqual([second.processed, second.fromCache], [0, 1]);
    await writePhoto(file, 900, 600, 2);
    const changed = await second.process(file);
    assert.equal(second.processed, 1);
    assert.notEqual(changed.variants[0]!.name, made.variants[0]!.name);
  });

  it("should refuse a truncated photo and a decompression bomb with the right codes", async () => {
    const dir = tempDir();
    const processor = new PhotoProcessor(path.join(dir, "cache"));
    await assert.rejects(processor.process(await writeTruncatedPhoto(path.join(dir, "cut.jpg"))), { code: "image-unreadable" });
    await assert.rejects(processor.process(writePixelBomb(path.join(dir, "bomb.png"))), { code: "image-too-large" });
    assert.deepEqual(fs.readdirSync(processor.folder, { withFileTypes: false }).filter((name) => String(name).includes("bomb")), []);
  });
});

describe("photo markup", () => {
  const photo: ProcessedPhoto = {
    width: 1600,
    height: 1067,
    variants: [320, 640, 1280].flatMap((width) =>
      (["webp", "jpeg"] as const).map((format) => ({ format, width, height: Math.floor((width * 1067) / 1600), name: `abc-${width}.${format}` })),
    ),
  };

  it("should print a picture with a WebP source, an img with its size, lazy loading, and the alt text escaped", () => {
    const html = pictureHtml(photo, { url: (name) => `/img/${name}`, alt: `"Ships" <script>alert(1)</script> & co` });
    assert.equal(
      html,
      '<picture><source type="image/webp" srcset="/img/abc-320.webp 320w, /img/abc-640.webp 640w, /img/abc-1280.webp 1280w" sizes="(min-width: 44rem) 40rem, calc(100vw - 2.5rem)">' +
        '<img src="/img/abc-640.jpeg" srcset="/img/abc-320.jpeg 320w, /img/abc-640.jpeg 640w, /img/abc-1280.jpeg 1280w" sizes="(min-width: 44rem) 40rem, calc(100vw - 2.5rem)" width="640" height="426" alt="&#34;Ships&#34; &#60;script&#62;alert(1)&#60;/script&#62; &#38; co" loading="lazy" decoding="async"></picture>',
    );
    assert.match(pictureHtml(photo, { url: String, alt: "x", eager: true }), / loading="eager" fetchpriority="high" decoding="async"/);
  });

  it("should print a caption as plain text", () => {
    assert.equal(figureHtml("<picture></picture>", "Boats <b>at</b> dawn"), '<figure class="photo"><picture></picture><figcaption>Boats &#60;b&#62;at&#60;/b&#62; dawn</figcaption></figure>');
    assert.equal(figureHtml("<picture></picture>", undefined), '<figure class="photo"><picture></picture></figure>');
  });
});
