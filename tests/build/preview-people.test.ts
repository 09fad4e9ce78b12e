/**
 * Richer people in the live preview (issue 15 part 4): a registry photo is
 * published when the preview starts and when a save first mentions its
 * person, and a new title of a person's first mention shows on their page;
 * after each, the served folder holds exactly what `npm run build` writes.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { SearchUpdates } from "../../src/preview/search-updates.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { articleText, tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { writePhoto } from "../helpers/photos.ts";
import { assertSameFiles } from "../helpers/same-files.ts";

const NOW = "2026-06-01T12:00:00Z";
const FIRST = { title: "First talks", date: "2024-10-01", source: "Wire", people: ["Ann Lee"] };
const ARTICLES: FixtureArticle[] = [
  { path: "2024/10/first.md", frontMatter: FIRST },
  { path: "2024/11/second.md", frontMatter: { title: "Second talks", date: "2024-11-01", source: "Wire", people: ["Ann Lee"] } },
  { path: "2024/12/third.md", frontMatter: { title: "Third talks", date: "2024-12-01", source: "Wire", people: ["Ann Lee"] } },
];
const DATA = {
  "site.yaml": "title: Preview People\nurl: https://news.example.org\npageSize: 2\n",
  "people.yaml": "- name: Ann Lee\n  role: Minister\n  image: people/ann.jpg\n  wikidata: Q7\n- name: Bo Chen\n  image: people/bo.jpg\n",
};

describe("PreviewSession: person profiles", () => {
  let content: string;
  let output: string;
  let session: PreviewSession;
  let search: SearchUpdates;
  const cache = { DATELINE_CACHE_DIR: tempDir("dateline-cache-") };

  async function assertSameAsFullBuild(when: string): Promise<void> {
    search.request(session.archive!);
    await search.idle();
    const built = buildSite(content, { env: cache, args: ["--future", `--now=${NOW}`] });
    assert.equal(built.status, 0, built.stderr);
    assertSameFiles(built.output, output, when);
  }

  before(async () => {
    process.chdir(PROJECT_ROOT);
    process.env.DATELINE_CACHE_DIR = cache.DATELINE_CACHE_DIR;
    content = writeContent(ARTICLES, DATA);
    await writePhoto(path.join(content, "people", "ann.jpg"), 600, 600, 5);
    await writePhoto(path.join(content, "people", "bo.jpg"), 600, 600, 6);
    output = path.join(tempDir("dateline-preview-people-"), "_site");
    const quiet = () => {};
    session = new PreviewSession({ input: content, output, quiet: true, log: { info: quiet, warn: quiet, error: quiet }, now: Date.parse(NOW) });
    search = new SearchUpdates(output, 0, quiet);
    assert.equal((await session.start()).kind, "full");
  });

  after(async () => {
    await search.idle();
    await session.close();
  });

  it("should publish the photo of a mentioned person only, as a full build does", async () => {
    assert.match(readPage(output, "/people/ann-lee/"), /class="person-profile__photo"/);
    assert.equal(fs.readdirSync(path.join(output, "img")).length, 2, "Bo Chen is not mentioned yet: his photo is not published");
    await assertSameAsFullBuild("the preview at start");
  });

  it("should publish a photo when a save first mentions its person", async () => {
    const third = path.join(content, "articles/2024/12/third.md");
    fs.writeFileSync(third, articleText({ path: "", frontMatter: { title: "Third talks", date: "2024-12-01", source: "Wire", people: ["Ann Lee", "Bo Chen"] } }));
    assert.equal((await session.update([third])).kind, "partial");
    assert.match(readPage(output, "/people/bo-chen/"), /class="person-profile__photo"/);
    assert.equal(fs.readdirSync(path.join(output, "img")).length, 4);
    await assertSameAsFullBuild("the preview after Bo Chen's first mention");
  });

  it("should show a new title of a person's first mention on their first page, though the article is on their second", async () => {
    const first = path.join(content, "articles/2024/10/first.md");
    fs.writeFileSync(first, articleText({ path: "", frontMatter: { ...FIRST, title: "First talks, renamed" } }));
    const update = await session.update([first]);
    assert.equal(update.kind, "fast");
    assert.ok(update.pages.some((page) => page.url === "/people/ann-lee/"), update.pages.map((page) => page.url).join(" "));
    assert.match(readPage(output, "/people/ann-lee/"), /First talks, renamed/);
    await assertSameAsFullBuild("the preview after a new title of Ann Lee's first mention");
  });
});
