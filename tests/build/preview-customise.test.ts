/**
 * The live preview of a site made its own: pages, site.yaml's menu, logo and
 * accent, and a layout override folder. After each save the served folder is
 * what `npm run build` writes for the same content and overrides, byte for byte.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { SearchUpdates } from "../../src/preview/search-updates.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { tempDir } from "../helpers/fixture.ts";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { assertSameFiles } from "../helpers/same-files.ts";
import { writeCustomSite, writeFile, type CustomSite } from "../helpers/custom-site.ts";

const NOW = "2026-06-01T12:00:00Z";

describe("PreviewSession with pages, site settings and layout overrides", () => {
  let site: CustomSite;
  let output: string;
  let session: PreviewSession;
  let search: SearchUpdates;

  async function assertSameAsFullBuild(): Promise<void> {
    search.request(session.archive!);
    await search.idle();
    const built = buildSite(site.content, { args: ["--future", `--now=${NOW}`, `--layouts=${site.layouts}`] });
    assert.equal(built.status, 0, built.stderr);
    assert.ok(assertSameFiles(built.output, output, "the preview after this save") > 30);
  }

  before(async () => {
    process.chdir(PROJECT_ROOT);
    site = await writeCustomSite();
    output = path.join(tempDir("dateline-preview-custom-"), "_site");
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    session = new PreviewSession({ input: site.content, output, quiet: true, log: quiet, now: Date.parse(NOW), layouts: fs.realpathSync(site.layouts) });
    search = new SearchUpdates(output, 0, () => {});
    assert.equal((await session.start()).kind, "full");
  });

  after(async () => {
    await search.idle();
    await session.close();
  });

  it("should start with the same site as a full build with the overrides", async () => {
    assert.match(readPage(output, "/"), /data-custom="item"/);
    assert.ok(fs.existsSync(path.join(output, "about/index.html")));
    await assertSameAsFullBuild();
  });

  it("should show a saved page", async () => {
    const about = writeFile(site.content, "pages/about.md", "---\ntitle: About the desk\n---\nNew text.\n");
    const update = await session.update([about]);
    assert.equal(update.kind, "full");
    assert.match(readPage(output, "/about/"), /About the desk[\s\S]*New text\./);
    await assertSameAsFullBuild();
  });

  it("should show a saved override", async () => {
    const file = path.join(site.layouts, "partials/article-item.njk");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('data-custom="item"', 'data-custom="saved"'));
    const update = await session.update([file]);
    assert.equal(update.kind, "full");
    assert.match(readPage(output, "/"), /data-custom="saved"/);
    await assertSameAsFullBuild();
  });

  it("should refuse an override saved broken, naming it, and show the fix", async () => {
    const file = path.join(site.layouts, "partials/article-item.njk");
    const good = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, "{% if %}");
    await assert.rejects(session.update([file]), /article-item\.njk:1/);
    assert.match(readPage(output, "/"), /data-custom="saved"/, "the last good pages stay");
    fs.writeFileSync(file, good);
    assert.equal((await session.update([file])).kind, "full");
    await assertSameAsFullBuild();
  });

  it("should keep pages, logo and accent through an article edit", async () => {
    const seed = fs.readdirSync(path.join(site.content, "articles"), { recursive: true }).map(String).find((name) => name.endsWith(".md"))!;
    const file = path.join(site.content, "articles", seed);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n$/, "\n\nOne more paragraph.\n"));
    const update = await session.update([file]);
    assert.ok(["fast", "partial"].includes(update.kind), update.kind);
    await assertSameAsFullBuild();
  });
});
