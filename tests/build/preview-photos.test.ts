/**
 * Photos in the live preview: a changed photo, a new photo, a photo that
 * arrives after the article that names it, and a lead photo taken out each
 * update the pages, and the served folder stays what `npm run build
 * --future` writes, photo files included.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { articleText, tempDir } from "../helpers/fixture.ts";
import { BUNDLE_URL, PHOTO_SITE_NOW, PORT_URL, writePhotoSite } from "../helpers/photo-site.ts";
import { writePhoto } from "../helpers/photos.ts";
import { assertSameFiles } from "../helpers/same-files.ts";

describe("photos in the preview", () => {
  let input: string;
  let output: string;
  let session: PreviewSession;
  const printed: string[] = [];
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-") };

  function assertSameAsFullBuild(): void {
    const built = buildSite(input, { args: ["--future", `--now=${PHOTO_SITE_NOW}`], env });
    assert.equal(built.status, 0, built.stderr);
    // Not compared: the search index (the preview writes it in a thread of its own, tested in preview-session.test.ts)
    // and the scheduled article's page, which the preview marks "Scheduled for …".
    fs.rmSync(path.join(built.output, "pagefind"), { recursive: true });
    fs.rmSync(path.join(built.output, "articles/2031"), { recursive: true });
    assertSameFiles(built.output, output, "the preview");
  }

  before(async () => {
    process.chdir(PROJECT_ROOT);
    process.env.DATELINE_CACHE_DIR = env.DATELINE_CACHE_DIR;
    ({ input } = await writePhotoSite());
    output = path.join(tempDir("dateline-preview-photos-"), "_site");
    const log = (message: string) => printed.push(message);
    session = new PreviewSession({ input, output, quiet: true, log: { info: log, warn: log, error: log }, now: Date.parse(PHOTO_SITE_NOW) });
    assert.equal((await session.start()).kind, "full");
  });

  after(async () => {
    await session.close();
    delete process.env.DATELINE_CACHE_DIR;
  });

  it("should start with the same site as a full build, photo files included", () => {
    assert.ok(fs.readdirSync(path.join(output, "img")).length >= 20);
    assertSameAsFullBuild();
  });

  it("should show a photo saved again with new bytes on the pages of the article that uses it", async () => {
    const before = readPage(output, BUNDLE_URL);
    await writePhoto(path.join(input, "articles/2025/03/harbour-at-dawn/boats.jpg"), 2000, 1333, 7);
    const update = await session.update([path.join(input, "articles/2025/03/harbour-at-dawn/boats.jpg")]);
    assert.equal(update.kind, "fast");
    assert.notEqual(readPage(output, BUNDLE_URL), before);
    assertSameAsFullBuild();
  });

  it("should keep the last good page while a named photo is missing, and show it once the photo is saved", async () => {
    const file = path.join(input, "articles/2025/03/harbour-at-dawn/index.md");
    const text = fs.readFileSync(file, "utf8").replace("Nets are mended on the quay.", "Nets are mended on the quay.\n\n![Gulls over the quay](gulls.jpg)");
    fs.writeFileSync(file, text);
    assert.equal((await session.update([file])).kind, "kept");
    assert.match(printed.join("\n"), /index\.md:\d+: the image "gulls\.jpg" is not there/);
    const photo = await writePhoto(path.join(input, "articles/2025/03/harbour-at-dawn/gulls.jpg"), 1024, 683, 8);
    const update = await session.update([photo]);
    assert.notEqual(update.kind, "kept");
    assert.match(readPage(output, BUNDLE_URL), /alt="Gulls over the quay"/);
    assertSameAsFullBuild();
  });

  it("should take a lead photo out of the page and its link preview when the field is removed", async () => {
    const file = path.join(input, "articles/2025/03/baku-port-expands.md");
    fs.writeFileSync(file, articleText({ path: "", frontMatter: { title: "Baku port opens its new container terminal", date: "2025-03-14", source: "Fictional Wire", people: ["Азер Мамедов"] }, body: "The terminal opened on Friday." }));
    assert.equal((await session.update([file])).kind, "fast");
    const page = readPage(output, PORT_URL);
    assert.doesNotMatch(page, /og:image|lead-photo/);
    assertSameAsFullBuild();
  });
});
