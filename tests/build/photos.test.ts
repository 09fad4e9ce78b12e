/** Photos and lead images through the real build: markup, files, link previews, caches, and every refusal. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { sniffImageFormat } from "../../src/content/image-file.ts";
import { buildSite, listFiles, readPage, runCli, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { BUNDLE_URL, PHOTO_SITE_NOW, PORT_URL, writePhotoSite } from "../helpers/photo-site.ts";
import { writePhoto } from "../helpers/photos.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

const PREFIX = "/news/";
const photoLine = (stdout: string) => stdout.split("\n").find((line) => line.startsWith("[dateline] photos:"));
const hashOf = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 20);

describe("photos in the built site", () => {
  let input: string;
  let futurePhoto: string;
  let site: BuildResult;
  let port: Html;
  let bundle: Html;
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-"), DATELINE_TIMINGS: "1" };
  const build = (output?: string) => buildSite(input, { pathPrefix: PREFIX, env, args: [`--now=${PHOTO_SITE_NOW}`], ...(output && { output }) });

  before(async () => {
    ({ input, futurePhoto } = await writePhotoSite());
    site = build();
    assert.equal(site.status, 0, site.stderr);
    port = parseHtml(readPage(site.output, PORT_URL));
    bundle = parseHtml(readPage(site.output, BUNDLE_URL));
  });

  it("should make a bundle's page from its index.md, at its folder's name, and warn about another .md inside it", () => {
    assert.ok(fs.existsSync(path.join(site.output, BUNDLE_URL, "index.html")));
    assert.match(site.stderr, /harbour-at-dawn\/notes\.md: warning: .*only index\.md there is an article/);
    assert.ok(!listFiles(site.output).some((file) => file.includes("notes")));
  });

  it("should print each photo alone in its paragraph as a figure with its title as caption, and inline ones as pictures", () => {
    const figures = bundle.all("figure");
    assert.equal(figures.length, 2);
    assert.deepEqual(figures.map((figure) => elementsIn(figure).find((e) => e.tagName === "figcaption")).map((c) => c && textOf(c)), ["Boats leave before sunrise. Photo: سارة الحسن / Fictional Wire", undefined]);
    const inline = port.all("p").find((p) => textOf(p).startsWith("The terminal opened"))!;
    assert.ok(elementsIn(inline).some((e) => e.tagName === "picture"), "an image inside a sentence stays in its paragraph");
    assert.equal(textOf(port.all("figcaption").find((c) => textOf(c).startsWith("Containers"))!), "Containers handled per month, 2024. Chart: Fictional Wire");
  });

  it("should serve each body photo as <picture>: a WebP source and an img with width, height, alt, lazy loading, and files that exist in their formats", () => {
    for (const html of [port, bundle]) {
      const body = html.all("div").find((div) => attr(div, "class") === "article__body")!;
      const pictures = elementsIn(body).filter((e) => e.tagName === "picture");
      assert.ok(pictures.length >= 2);
      for (const picture of pictures) {
        const source = elementsIn(picture).find((e) => e.tagName === "source");
        const img = elementsIn(picture).find((e) => e.tagName === "img");
        assert.equal(attr(source!, "type"), "image/webp");
        assert.match(attr(img!, "width")!, /^[1-9]\d*$/);
        assert.match(attr(img!, "height")!, /^[1-9]\d*$/);
        assert.ok(attr(img!, "alt"));
        assert.deepEqual([attr(img!, "loading"), attr(img!, "decoding")], ["lazy", "async"]);
        const candidates = [...attr(source!, "srcset")!.split(", "), ...attr(img!, "srcset")!.split(", ")].map((c) => c.split(" ")[0]!);
        for (const url of [...candidates, attr(img!, "src")!]) {
          const file = path.join(site.output, new URL(url, `https://x${PREFIX}${PORT_URL.slice(1)}`).pathname.slice(PREFIX.length));
          const format = url.slice(url.lastIndexOf(".") + 1);
          assert.equal(sniffImageFormat(fs.readFileSync(file).subarray(0, 64)), format, url);
        }
      }
    }
  });

  it("should print the lead photo first, eager, with its caption then its credit", () => {
    const lead = port.all("figure").find((figure) => attr(figure, "class") === "lead-photo")!;
    const img = elementsIn(lead).find((e) => e.tagName === "img")!;
    assert.deepEqual([attr(img, "loading"), attr(img, "fetchpriority"), attr(img, "alt")], ["eager", "high", "Cranes over the new terminal at Alat at dusk"]);
    assert.deepEqual([attr(img, "width"), attr(img, "height")], ["640", "426"]);
    assert.ok(attr(img, "src")!.startsWith(`${PREFIX}img/`));
    assert.equal(textOf(elementsIn(lead).find((e) => e.tagName === "figcaption")!), "The terminal's first ship was unloaded on Friday. Photo: Leyla Məmmədova / Fictional Wire");
  });

  it("should give link previews the lead photo: og:image absolute under the prefix, its size and alt, a large Twitter card, and NewsArticle image", () => {
    const meta = (property: string) => attr(port.all("meta").find((m) => attr(m, "property") === property || attr(m, "name") === property)!, "content");
    assert.match(meta("og:image")!, /^https:\/\/news\.example\.org\/news\/img\/[0-9a-f]{20}-1280\.jpeg$/);
    assert.deepEqual([meta("og:image:width"), meta("og:image:height"), meta("og:image:alt")], ["1280", "853", "Cranes over the new terminal at Alat at dusk"]);
    assert.equal(meta("twitter:card"), "summary_large_image");
    const data = JSON.parse(textOf(port.all("script").find((s) => attr(s, "type") === "application/ld+json")!));
    assert.deepEqual(data.image, {
      "@type": "ImageObject",
      url: meta("og:image"),
      width: 1280,
      height: 853,
      caption: "The terminal's first ship was unloaded on Friday.",
      creditText: "Leyla Məmmədova / Fictional Wire",
    });
    const other = parseHtml(readPage(site.output, BUNDLE_URL));
    assert.equal(attr(other.all("meta").find((m) => attr(m, "name") === "twitter:card")!, "content"), "summary");
    assert.ok(!other.all("meta").some((m) => attr(m, "property") === "og:image"));
  });

  it("should publish only the photos of published articles: a scheduled article's photo is neither made nor copied", () => {
    const images = listFiles(path.join(site.output, "img"));
    assert.ok(images.length >= 20);
    assert.ok(images.every((name) => /^[0-9a-f]{20}-\d+\.(webp|jpeg|png)$/.test(name)));
    assert.ok(!images.some((name) => name.startsWith(hashOf(futurePhoto))));
    // Five uses of four photos (port.jpg is in the text and the lead): each processed once.
    assert.match(photoLine(site.stdout)!, /: 5 photos, 1 from cache, 4 processed/);
  });

  it("should pass html-validate, every URL (srcset, og:image) should lead to a file under the prefix, and feeds make photo URLs absolute", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    const result = crawl(site.output, { prefix: PREFIX, siteUrl: "https://news.example.org/" });
    assert.deepEqual(result.broken, []);
    // Feeds print the body with its photos' URLs made absolute, under the prefix.
    const feed = fs.readFileSync(path.join(site.output, "feed.xml"), "utf8");
    assert.match(feed, /srcset=&quot;https:\/\/news\.example\.org\/news\/img\/[0-9a-f]{20}-320\.webp 320w/);
    assert.doesNotMatch(feed, /\.\.\/img\//);
  });

  it("should do no image work in a warm build, and process a photo again once its bytes change under the same name", async () => {
    const warm = build();
    assert.equal(warm.status, 0, warm.stderr);
    assert.match(photoLine(warm.stdout)!, / 0 processed/);
    assert.deepEqual(listFiles(path.join(warm.output, "img")), listFiles(path.join(site.output, "img")));
    assert.equal(readPage(warm.output, BUNDLE_URL), readPage(site.output, BUNDLE_URL));

    const boats = path.join(input, "articles/2025/03/harbour-at-dawn/boats.jpg");
    const before = hashOf(boats);
    await writePhoto(boats, 2000, 1333, 9);
    const changed = build();
    assert.equal(changed.status, 0, changed.stderr);
    assert.match(photoLine(changed.stdout)!, / 1 processed/);
    const page = readPage(changed.output, BUNDLE_URL);
    assert.ok(!page.includes(before));
    assert.ok(page.includes(hashOf(boats)));
  });

  it("should publish the scheduled article's photo with --future", () => {
    const future = buildSite(input, { env, args: [`--now=${PHOTO_SITE_NOW}`, "--future"] });
    assert.equal(future.status, 0, future.stderr);
    assert.ok(listFiles(path.join(future.output, "img")).some((name) => name.startsWith(hashOf(futurePhoto))));
  });
});

describe("photos that cannot be used", () => {
  it("should stop the build with a problem naming the file and line of each", async () => {
    const dir = tempDir();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.jpg`);
    await writePhoto(outside, 100, 80);
    const body = [
      "![Missing](missing.jpg)", // line 5
      "",
      "![A map](map.svg)",
      "",
      "![Remote](https://cdn.example.com/photo.jpg)",
      "",
      `![Escape](../../../../${path.basename(outside)})`,
      "",
      "![Linked](linked/real.jpg)",
      "",
      "![Fake](page.jpg)",
      "",
      "![](port.jpg)",
      "",
      'Seen from the ferry: ![The port](port.jpg "Captions show only under a photo alone in its paragraph").',
    ].join("\n");
    const input = writeContent(
      [{ path: "2025/03/bad-photos.md", frontMatter: { title: "Bad photos", date: "2025-03-01", source: "Fictional Wire", image: "lead.jpg" }, body }],
      { "site.yaml": "title: Dateline\nurl: https://news.example.org/\n" },
      dir,
    );
    const month = path.join(input, "articles/2025/03");
    fs.writeFileSync(path.join(month, "map.svg"), "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
    fs.writeFileSync(path.join(month, "page.jpg"), "<!doctype html><title>Not a photo</title>");
    await writePhoto(path.join(month, "port.jpg"), 100, 80);
    fs.mkdirSync(path.join(input, "elsewhere"));
    await writePhoto(path.join(input, "elsewhere/real.jpg"), 100, 80);
    fs.symlinkSync(path.join(input, "elsewhere"), path.join(month, "linked"));
    const result = buildSite(input, { env: { DATELINE_CACHE_DIR: tempDir("dateline-cache-") } });
    assert.equal(result.status, 1, result.stdout);
    const at = (line: number, pattern: RegExp) => assert.match(result.stderr, new RegExp(`bad-photos\\.md:${line}: ${pattern.source}`), `line ${line}`);
    at(5, /image: the image "lead\.jpg" is not there/);
    at(7, /the image "missing\.jpg" is not there/);
    at(9, /the image "map\.svg" is an SVG/);
    at(11, /the image "https:\/\/cdn\.example\.com\/photo\.jpg" is on another site/);
    at(13, /the image path ".*" leads out of the content folder/);
    at(15, /the image path "linked\/real\.jpg" passes through a symbolic link/);
    at(17, /the image "page\.jpg" is named as an image but holds text/);
    assert.match(result.stderr, /hint: .*save it beside the article/);
    assert.match(result.stderr, /hint: SVG files can carry script/);
    const check = runCli("src/cli/check.ts", [`--input=${input}`], { DATELINE_CACHE_DIR: tempDir("dateline-cache-") });
    assert.equal(check.status, 1);
    assert.match(check.stdout + check.stderr, /bad-photos\.md:19: warning: the image "port\.jpg" has no alt text/);
    assert.match(check.stdout + check.stderr, /bad-photos\.md:21: warning: the image "port\.jpg" has a caption but is not alone in its paragraph/);
    assert.match(check.stdout + check.stderr, /bad-photos\.md:5: warning: image_alt: the lead photo has no alt text/);
  });

  it("should stop the build naming a truncated photo and a decompression bomb", async () => {
    const { writePixelBomb, writeTruncatedPhoto } = await import("../helpers/photos.ts");
    const input = writeContent(
      [{ path: "2025/03/damaged.md", frontMatter: { title: "Damaged", date: "2025-03-01", source: "Fictional Wire" }, body: "![Cut short](cut.jpg)\n\n![Bomb](bomb.png)\n" }],
      { "site.yaml": "title: Dateline\nurl: https://news.example.org/\n" },
    );
    await writeTruncatedPhoto(path.join(input, "articles/2025/03/cut.jpg"));
    writePixelBomb(path.join(input, "articles/2025/03/bomb.png"));
    const result = buildSite(input, { env: { DATELINE_CACHE_DIR: tempDir("dateline-cache-") } });
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, /damaged\.md:6: the photo could not be decoded/);
    assert.match(result.stderr, /damaged\.md:8: the photo has more than 100 million pixels/);
    // npm run check decodes as the build does: what the build refuses, check reports.
    const check = runCli("src/cli/check.ts", [`--input=${input}`], { DATELINE_CACHE_DIR: tempDir("dateline-cache-") });
    assert.equal(check.status, 1, check.stdout);
    assert.match(check.stdout + check.stderr, /damaged\.md:6: .*the photo could not be decoded/);
    assert.match(check.stdout + check.stderr, /damaged\.md:8: .*the photo has more than 100 million pixels/);
  });
});
