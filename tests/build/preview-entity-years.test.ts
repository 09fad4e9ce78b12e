/**
 * The live preview keeps an entity's year lists (`/people/<slug>/<yyyy>/`) as
 * `npm run build` writes them: an edit that leaves the article in its lists
 * (the fast path) renders the year list that shows it, and a new date moves
 * it from one year's list to another's, byte for byte as a full build.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { articleText, tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { assertSameFiles } from "../helpers/same-files.ts";

const NOW = "2026-06-01T12:00:00Z";
const OLD = { title: "Old report", date: "2023-06-01", source: "Wire", people: ["Ann Lee"], places: ["Syria"] };
/** Ann Lee: three articles over 2023 and 2025, more than a page of two holds, so her years have lists. */
const ARTICLES: FixtureArticle[] = [
  { path: "2025/02/new.md", frontMatter: { title: "New report", date: "2025-02-01", source: "Wire", people: ["Ann Lee"], places: ["Syria"] } },
  { path: "2025/01/middle.md", frontMatter: { title: "Middle report", date: "2025-01-01", source: "Wire", people: ["Ann Lee"], places: ["Japan"] } },
  { path: "2023/06/old.md", frontMatter: OLD },
];

describe("the preview and an entity's year lists", () => {
  let content: string;
  let output: string;
  let session: PreviewSession;
  const old = () => path.join(content, "articles/2023/06/old.md");

  async function save(changes: Record<string, unknown>) {
    fs.writeFileSync(old(), articleText({ path: "", frontMatter: { ...OLD, ...changes } }));
    return session.update([old()]);
  }

  function assertSameAsFullBuild(): void {
    const built = buildSite(content, { args: ["--future", `--now=${NOW}`] });
    assert.equal(built.status, 0, built.stderr);
    // The search bundle is the preview's search updater's (preview-session.test.ts compares it): compare the pages.
    const pages = fs.mkdtempSync(path.join(path.dirname(built.output), "pages-"));
    fs.cpSync(built.output, pages, { recursive: true, filter: (file) => !file.includes(`${path.sep}pagefind`) });
    assertSameFiles(pages, output, "the preview after this save");
  }

  before(async () => {
    process.chdir(PROJECT_ROOT);
    content = writeContent(ARTICLES, { "site.yaml": "title: Years\nurl: https://news.example.org\npageSize: 2\n" });
    output = path.join(tempDir("dateline-preview-years-"), "_site");
    const quiet = () => {};
    session = new PreviewSession({ input: content, output, quiet: true, log: { info: quiet, warn: quiet, error: quiet }, now: Date.parse(NOW) });
    assert.equal((await session.start()).kind, "full");
  });

  after(async () => {
    await session.close();
  });

  it("should render the year list showing an article whose title changes", async () => {
    const update = await save({ title: "Old report, retitled" });
    assert.equal(update.kind, "fast");
    const urls = update.pages.map((page) => page.url);
    for (const url of ["/people/ann-lee/2023/", "/sources/wire/2023/"]) assert.ok(urls.includes(url), `${url} rendered again: ${urls.join(", ")}`);
    assert.match(readPage(output, "/people/ann-lee/2023/"), /Old report, retitled/);
    assertSameAsFullBuild();
  });

  it("should move an article to another year's list when its date changes, and remove a year left empty", async () => {
    const update = await save({ title: "Old report, retitled", date: "2024-03-01" });
    assert.equal(update.kind, "partial");
    assert.match(readPage(output, "/people/ann-lee/2024/"), /Old report, retitled/);
    assert.ok(!fs.existsSync(path.join(output, "people/ann-lee/2023/index.html")), "2023 has no articles left");
    assertSameAsFullBuild();
  });
});
