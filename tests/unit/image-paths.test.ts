import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkImageFile, MAX_IMAGE_BYTES, sniffImageFormat } from "../../src/content/image-file.ts";
import { resolveImagePath } from "../../src/content/image-paths.ts";
import { tempDir } from "../helpers/fixture.ts";
import { writePhoto } from "../helpers/photos.ts";

/** A content folder with an article beside a photo, a bundle with a photo in a subfolder, and hostile neighbours. */
function content(): { dir: string; article: string; bundle: string } {
  const dir = tempDir();
  const month = path.join(dir, "articles/2024/12");
  fs.mkdirSync(path.join(month, "harbour/photos"), { recursive: true });
  fs.writeFileSync(path.join(month, "port.md"), "");
  fs.writeFileSync(path.join(month, "port.jpg"), "");
  fs.writeFileSync(path.join(month, "my photo.jpg"), "");
  fs.writeFileSync(path.join(month, "harbour/index.md"), "");
  fs.writeFileSync(path.join(month, "harbour/photos/boats.jpg"), "");
  fs.mkdirSync(path.join(month, "folder.jpg"));
  fs.writeFileSync(path.join(dir, "..", `${path.basename(dir)}-secret.jpg`), "");
  fs.writeFileSync(path.join(month, "map.svg"), "<svg/>");
  fs.writeFileSync(path.join(month, "scan.tiff"), "");
  fs.mkdirSync(path.join(dir, "elsewhere"));
  fs.writeFileSync(path.join(dir, "elsewhere/real.jpg"), "");
  fs.symlinkSync(path.join(dir, "elsewhere"), path.join(month, "linked"));
  fs.symlinkSync("/etc/hostname", path.join(month, "host.jpg"));
  return { dir, article: path.join(month, "port.md"), bundle: path.join(month, "harbour/index.md") };
}

function codeOf(written: string, article: string, dir: string): string {
  const result = resolveImagePath(written, article, dir);
  return "refusal" in result ? result.refusal.code : `ok:${result.image.relPath}`;
}

describe("resolveImagePath", () => {
  const { dir, article, bundle } = content();

  it("should find a photo beside a plain article, and one inside a bundle's folder, relative to the Markdown file", () => {
    assert.equal(codeOf("port.jpg", article, dir), "ok:articles/2024/12/port.jpg");
    assert.equal(codeOf("photos/boats.jpg", bundle, dir), "ok:articles/2024/12/harbour/photos/boats.jpg");
    assert.equal(codeOf("./photos/boats.jpg", bundle, dir), "ok:articles/2024/12/harbour/photos/boats.jpg");
    assert.equal(codeOf("../port.jpg", bundle, dir), "ok:articles/2024/12/port.jpg");
  });

  it("should read %-escapes as Markdown keeps them: my%20photo.jpg is 'my photo.jpg'", () => {
    assert.equal(codeOf("my%20photo.jpg", article, dir), "ok:articles/2024/12/my photo.jpg");
  });

  it("should refuse remote images: http, https, protocol-relative, data: and other schemes", () => {
    for (const written of ["https://cdn.example.com/a.jpg", "http://example.com/a.jpg", "//example.com/a.jpg", "HTTPS://x/a.jpg"]) {
      assert.equal(codeOf(written, article, dir), "image-remote", written);
    }
    assert.equal(codeOf("data:image/png;base64,AAAA", article, dir), "image-remote");
    assert.equal(codeOf("javascript:alert(1)", article, dir), "image-remote");
    assert.equal(codeOf("file:///etc/passwd", article, dir), "image-remote");
  });

  it("should refuse every way out of the content folder: .., %2e%2e, absolute paths, backslashes", () => {
    const way = `../../../../${path.basename(dir)}-secret.jpg`;
    assert.equal(codeOf(way, article, dir), "image-outside-content");
    assert.equal(codeOf(way.replaceAll(".", "%2e"), article, dir), "image-outside-content");
    assert.equal(codeOf(way.replaceAll("/", "%2F"), article, dir), "image-outside-content");
    assert.equal(codeOf("../../../..", article, dir), "image-outside-content");
    assert.equal(codeOf("/etc/passwd.jpg", article, dir), "image-path-invalid");
    assert.equal(codeOf("%2Fetc%2Fpasswd.jpg", article, dir), "image-path-invalid");
    assert.equal(codeOf("..\\..\\secret.jpg", article, dir), "image-path-invalid");
    assert.equal(codeOf("..%5C..%5Csecret.jpg", article, dir), "image-path-invalid");
    assert.equal(codeOf("port.jpg%00.png", article, dir), "image-path-invalid");
  });

  it("should refuse queries, fragments, broken escapes and an empty path", () => {
    assert.equal(codeOf("port.jpg?v=2", article, dir), "image-path-invalid");
    assert.equal(codeOf("port.jpg#x", article, dir), "image-path-invalid");
    assert.equal(codeOf("port%zz.jpg", article, dir), "image-path-invalid");
    assert.equal(codeOf("  ", article, dir), "image-path-invalid");
  });

  it("should refuse SVG and formats other than JPEG, PNG, WebP, AVIF and GIF", () => {
    assert.equal(codeOf("map.svg", article, dir), "image-svg");
    assert.equal(codeOf("MAP.SVGZ", article, dir), "image-svg");
    assert.equal(codeOf("scan.tiff", article, dir), "image-unsupported");
    assert.equal(codeOf("port.md", article, dir), "image-unsupported");
  });

  it("should never go through a link: a linked folder on the way, or a linked file", () => {
    assert.equal(codeOf("linked/real.jpg", article, dir), "image-symlink");
    assert.equal(codeOf("host.jpg", article, dir), "image-symlink");
  });

  it("should say a missing file (or a folder named like a photo) is not there", () => {
    assert.equal(codeOf("Port.jpg", article, dir), "image-missing");
    assert.equal(codeOf("nowhere/port.jpg", article, dir), "image-missing");
    assert.equal(codeOf("folder.jpg", article, dir), "image-missing");
  });
});

describe("sniffImageFormat and checkImageFile", () => {
  it("should know each accepted format by its first bytes", async () => {
    const dir = tempDir();
    for (const [name, format] of [["a.jpg", "jpeg"], ["a.png", "png"], ["a.webp", "webp"], ["a.gif", "gif"], ["a.avif", "avif"]] as const) {
      const file = await writePhoto(path.join(dir, name), 64, 48);
      assert.equal(sniffImageFormat(fs.readFileSync(file).subarray(0, 64)), format, name);
      assert.deepEqual(checkImageFile(file, name), { format });
    }
  });

  it("should refuse a .jpg that holds HTML or SVG, or unknown bytes", () => {
    const dir = tempDir();
    const cases = { "page.jpg": "\uFEFF  <!doctype html><script>alert(1)</script>", "vector.jpg": "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "noise.jpg": "just some text" };
    for (const [name, text] of Object.entries(cases)) {
      fs.writeFileSync(path.join(dir, name), text);
      const checked = checkImageFile(path.join(dir, name), name);
      assert.ok("refusal" in checked && checked.refusal.code === "image-not-an-image", name);
    }
  });

  it("should say an empty file is empty", () => {
    const file = path.join(tempDir(), "empty.jpg");
    fs.writeFileSync(file, "");
    assert.deepEqual(checkImageFile(file, "empty.jpg"), { refusal: { code: "image-not-an-image", message: 'the image "empty.jpg" is an empty file (0 bytes)' } });
  });

  it("should refuse a file larger than the limit by its size alone", () => {
    const file = path.join(tempDir(), "huge.jpg");
    fs.writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff]));
    fs.truncateSync(file, MAX_IMAGE_BYTES + 1);
    const checked = checkImageFile(file, "huge.jpg");
    assert.ok("refusal" in checked && checked.refusal.code === "image-too-large");
  });
});
