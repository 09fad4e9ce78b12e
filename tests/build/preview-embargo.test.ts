/**
 * The preview and scheduled articles: it shows them, each with a "Scheduled
 * for …" notice on its page, and is otherwise the site `npm run build
 * --future` writes at the same "now".
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { SearchUpdates } from "../../src/preview/search-updates.ts";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { articleText, tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";

const NOW = "2030-01-01T07:00:00Z";
const SUMMIT = { title: "Embargoed summit statement", date: "2030-01-01T09:00:00+01:00", source: "Embargo Wire", people: ["Ilham Aliyev", "Only Inthe Embargo"], places: ["Japan"] };
const ARTICLES: FixtureArticle[] = [
  { path: "2029/12/forum.md", frontMatter: { title: "Forum opens in Baku", date: "2029-12-30", source: "AzerNews", people: ["Ilham Aliyev"], places: ["Azerbaijan"] } },
  { path: "2030/01/summit.md", frontMatter: SUMMIT },
];
const BANNER = /<p class="scheduled-banner" role="note">[\s\S]*?<\/p>\n/;

describe("the preview and scheduled articles", () => {
  let content: string;
  let output: string;
  let session: PreviewSession;
  let search: SearchUpdates;
  const quiet = { info: () => undefined, warn: () => undefined, error: (message: string) => console.error(message) };

  before(async () => {
    process.chdir(PROJECT_ROOT);
    content = writeContent(ARTICLES, { "site.yaml": "title: News\ntimezone: Europe/Paris\n" });
    output = path.join(tempDir("dateline-preview-embargo-"), "_site");
    session = new PreviewSession({ input: content, output, quiet: true, log: quiet, now: Date.parse(NOW) });
    search = new SearchUpdates(output, 0, () => undefined);
    assert.equal((await session.start()).kind, "full");
  });

  after(async () => {
    await search.idle();
    await session.close();
  });

  it("should show a scheduled article with a notice saying when it goes live", () => {
    const page = readPage(output, "/articles/2030/01/summit/");
    assert.match(page, /<p class="scheduled-banner" role="note"><strong>Scheduled for <time datetime="2030-01-01T08:00:00Z">1 January 2030 at 09:00 \(Europe\/Paris\)<\/time><\/strong>/);
    assert.doesNotMatch(readPage(output, "/articles/2029/12/forum/"), /scheduled-banner/);
    assert.ok(fs.existsSync(path.join(output, "people/only-inthe-embargo/index.html")));
  });

  it("should otherwise be the site npm run build --future writes, notice aside", async () => {
    search.request(session.archive!);
    await search.idle();
    const built = buildSite(content, { args: ["--future", `--now=${NOW}`] });
    assert.equal(built.status, 0, built.stderr);
    const files = listFiles(built.output).filter((file) => file !== ".dateline-site");
    const differing = files.filter((file) => {
      const shown = path.join(output, file);
      if (!fs.existsSync(shown)) return true;
      const expected = fs.readFileSync(path.join(built.output, file));
      const actual = fs.readFileSync(shown);
      if (actual.equals(expected)) return false;
      return actual.toString("utf8").replace(BANNER, "") !== expected.toString("utf8");
    });
    assert.deepEqual(differing, []);
    assert.ok(files.length > 20, `only ${files.length} files compared`);
    assert.doesNotMatch(readPage(built.output, "/articles/2030/01/summit/"), /scheduled-banner/, "a build never prints the notice");
  });

  it("should keep the notice through an edit in place, and drop it when the date moves before now", async () => {
    const file = path.join(content, "articles/2030/01/summit.md");
    fs.writeFileSync(file, articleText({ path: "", frontMatter: SUMMIT, body: "A new body." }));
    assert.equal((await session.update([file])).kind, "fast");
    assert.match(readPage(output, "/articles/2030/01/summit/"), /A new body/);
    assert.match(readPage(output, "/articles/2030/01/summit/"), /scheduled-banner/);

    fs.writeFileSync(file, articleText({ path: "", frontMatter: { ...SUMMIT, date: "2030-01-01T06:00:00+01:00" }, body: "A new body." }));
    assert.equal((await session.update([file])).kind, "partial");
    assert.doesNotMatch(readPage(output, "/articles/2030/01/summit/"), /scheduled-banner/);
  });
});
