/**
 * The live preview's updates, run in this process on a fixture site: which
 * saves take the fast path, and, after each, that the served folder holds
 * exactly what `npm run build` writes for the same content (search index
 * included), byte for byte.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PreviewSession, type Update } from "../../src/preview/preview-session.ts";
import { SearchUpdates } from "../../src/preview/search-updates.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { articleText, tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { assertSameFiles } from "../helpers/same-files.ts";

/** The preview's and the builds' "now", fixed so that they agree on what is scheduled. */
const NOW = "2026-06-01T12:00:00Z";

const FORUM: Record<string, unknown> = {
  title: "Forum in Baku",
  date: "2024-12-30",
  source: "AzerNews",
  people: ["Ann Lee", "Bo Chen"],
  places: ["Syria", "Damascus"],
  summary: "Ministers met.",
  url: "https://example.org/forum",
};
const FORUM_BODY = "Ministers met in Baku. See [the talks](/articles/2024/12/talks-resume/).\n\nA second paragraph.";

const ARTICLES: FixtureArticle[] = [
  { path: "2024/12/forum-in-baku.md", frontMatter: FORUM, body: FORUM_BODY },
  // The same day as the forum: the two are ordered by title.
  { path: "2024/12/talks-resume.md", frontMatter: { title: "Talks resume", date: "2024-12-30", source: "AzerNews", people: ["Ann Lee"], places: ["Syria"] } },
  { path: "2024/12/trade-deal.md", frontMatter: { title: "Trade deal signed", date: "2024-12-28", source: "Kyodo", people: ["Bo Chen"], places: ["Japan"], lang: "fr" } },
  { path: "2024/12/visit.md", frontMatter: { title: "A visit to Damascus", date: "2024-12-20", source: "AzerNews", people: ["A. Lee"], places: ["Damascus"] } },
  { path: "2024/12/held-back.md", frontMatter: { title: "Held back", date: "2024-12-29", source: "AzerNews", people: ["Ann Lee"], draft: true } },
  { path: "2024/11/harvest.md", frontMatter: { title: "Harvest in Kenya", date: "2024-11-15", source: "Kyodo", places: ["Kenya"] } },
  { path: "2024/11/election.md", frontMatter: { title: "Election called", date: "2024-11-02", source: "AzerNews", people: ["Cy Diaz"], places: ["Brazil"] } },
  { path: "2024/10/port.md", frontMatter: { title: "Port expands", date: "2024-10-01T09:30:00+03:00", source: "AzerNews", people: ["Ann Lee", "Cy Diaz"], places: ["Syria"], author: "Staff" } },
];
const DATA = {
  "site.yaml": "title: Preview Test\nurl: https://news.example.org\npageSize: 2\n",
  "people.yaml": "- name: Ann Lee\n  aliases: [A. Lee]\n  description: A minister\n",
};

describe("PreviewSession", () => {
  let content: string;
  let output: string;
  let forum: string;
  let session: PreviewSession;
  let search: SearchUpdates;
  const printed: string[] = [];

  /** Saves the forum article with `changes` to its front matter (null drops a field) and `body`, and applies the save. */
  async function saveForum(changes: Record<string, unknown>, body = FORUM_BODY): Promise<Update> {
    const frontMatter = Object.fromEntries(Object.entries({ ...FORUM, ...changes }).filter(([, value]) => value !== null));
    fs.writeFileSync(forum, articleText({ path: "", frontMatter, body }));
    return session.update([forum]);
  }

  /** Builds the content as it is now with `npm run build`, and compares every file with the served folder. */
  async function assertSameAsFullBuild(): Promise<void> {
    search.request(session.archive!);
    await search.idle();
    // The preview shows scheduled articles (marked): it equals a build with --future at the same "now".
    const built = buildSite(content, { args: ["--future", `--now=${NOW}`] });
    assert.equal(built.status, 0, built.stderr);
    const compared = assertSameFiles(built.output, output, "the preview after this save");
    assert.ok(compared > 50, `only ${compared} files compared`);
    // Each search index replaces the last whole: no files of earlier indexes are left behind.
    assert.deepEqual(listFiles(path.join(output, "pagefind")), listFiles(path.join(built.output, "pagefind")));
  }

  before(async () => {
    // Eleventy finds its config and the static files from the working folder, as `npm start` runs it.
    process.chdir(PROJECT_ROOT);
    content = writeContent(ARTICLES, DATA);
    forum = path.join(content, "articles/2024/12/forum-in-baku.md");
    output = path.join(tempDir("dateline-preview-session-"), "_site");
    const log = (message: string) => printed.push(message);
    session = new PreviewSession({ input: content, output, quiet: false, log: { info: log, warn: log, error: log }, now: Date.parse(NOW) });
    search = new SearchUpdates(output, 0, log);
    const first = await session.start();
    assert.equal(first.kind, "full");
  });

  after(async () => {
    await search.idle();
    await session.close();
  });

  it("should start with the same site as a full build", async () => {
    await assertSameAsFullBuild();
  });

  it("should show a body edit by rendering only the pages that show the article", async () => {
    const update = await saveForum({}, "Ministers met in Baku on Monday. See [the talks](/articles/2024/12/visit/).\n\nA second paragraph.");
    assert.equal(update.kind, "fast");
    const written = update.pages.map((page) => page.url);
    // The body is on the article page and in the feeds; lists print the summary, which did not change.
    assert.ok(written.includes("/articles/2024/12/forum-in-baku/"));
    assert.ok(written.includes("/feed.xml"));
    assert.ok(written.includes("/people/ann-lee/feed.xml"));
    assert.ok(!written.includes("/"), "the home page prints the summary, not the body");
    assert.ok(update.rendered < 30, `${update.rendered} pages rendered`);
    assert.match(readPage(output, "/articles/2024/12/forum-in-baku/"), /on Monday/);
    await assertSameAsFullBuild();
  });

  it("should carry a new title and language into lists and into other articles' previous, next and related links", async () => {
    const update = await saveForum({ title: "Forum in Baku, day two", lang: "ru" });
    assert.equal(update.kind, "fast");
    const written = update.pages.map((page) => page.url);
    for (const url of ["/", "/people/ann-lee/", "/countries/syria/", "/sources/azernews/", "/archive/2024/12/", "/articles/2024/12/talks-resume/", "/articles/2024/12/visit/"]) {
      assert.ok(written.includes(url), `${url} should be rendered again`);
    }
    assert.match(readPage(output, "/articles/2024/12/talks-resume/"), /lang="ru">Forum in Baku, day two</);
    await assertSameAsFullBuild();
  });

  it("should take a removed summary, a new author and a new original URL from the file", async () => {
    const update = await saveForum({ title: "Forum in Baku, day two", summary: null, author: "Desk", url: "https://example.org/forum-2" });
    assert.equal(update.kind, "fast");
    // Without a summary the excerpt describes the article in every list.
    assert.match(readPage(output, "/"), /Ministers met in Baku\. See the talks\./);
    await assertSameAsFullBuild();
  });

  it("should keep the last good pages when the saved article has errors, and show the fix in place", async () => {
    const before = readPage(output, "/articles/2024/12/forum-in-baku/");
    const broken = await saveForum({ date: "2024-02-30" }, "Never shown.");
    assert.equal(broken.kind, "kept");
    assert.equal(readPage(output, "/articles/2024/12/forum-in-baku/"), before);
    const report = printed.join("\n");
    assert.match(report, /forum-in-baku\.md:3: date: "2024-02-30" is not a real calendar day\n    hint: /);
    assert.match(report, /Still serving the last good build; save a fix to rebuild\./);

    const fixed = await saveForum({ title: "Forum in Baku, fixed" });
    assert.equal(fixed.kind, "fast");
    assert.match(printed.join("\n"), /The content is valid again/);
    await assertSameAsFullBuild();
  });

  it("should keep the last good pages when a saved body cannot be rendered, naming the file and line, and take the fix", async () => {
    const before = readPage(output, "/articles/2024/12/forum-in-baku/");
    printed.length = 0;
    const started = performance.now();
    const deep = await saveForum({ title: "Forum in Baku, fixed" }, "> ".repeat(2000) + "deep\n");
    assert.ok(performance.now() - started < 10_000);
    assert.equal(deep.kind, "kept");
    assert.equal(readPage(output, "/articles/2024/12/forum-in-baku/"), before);
    // Seven front matter fields between two --- lines: the body starts on line 10.
    assert.match(printed.join("\n"), /forum-in-baku\.md:10: block quotes and lists are nested more than 100 deep here\n    hint: /);

    const fixed = await saveForum({ title: "Forum in Baku, fixed" }, FORUM_BODY);
    assert.notEqual(fixed.kind, "kept");
    assert.equal(readPage(output, "/articles/2024/12/forum-in-baku/"), before);
  });

  it("should show a new correction on the article, on /corrections/ and in its feed, and a corrected article's new title there too", async () => {
    const correction = { date: "2025-01-03", text: "An earlier version misnamed the forum." };
    const update = await saveForum({ corrections: [correction] });
    assert.equal(update.kind, "partial");
    const written = update.pages.map((page) => page.url);
    for (const url of ["/articles/2024/12/forum-in-baku/", "/corrections/", "/corrections/feed.xml", "/feed.xml", "/sitemap.xml"]) {
      assert.ok(written.includes(url), `${url} should be rendered again`);
    }
    assert.match(readPage(output, "/articles/2024/12/forum-in-baku/"), /Correction, <time datetime="2025-01-03">3 January 2025<\/time>:<\/strong> <bdi>An earlier version misnamed the forum\.<\/bdi>/);
    assert.match(readPage(output, "/corrections/"), /An earlier version misnamed the forum\./);
    await assertSameAsFullBuild();

    // A new title keeps the fast path, and reaches the corrections page and feed, which print it.
    const renamed = await saveForum({ title: "Forum in Baku, corrected", corrections: [correction] });
    assert.equal(renamed.kind, "fast");
    const rewritten = renamed.pages.map((page) => page.url);
    assert.ok(rewritten.includes("/corrections/") && rewritten.includes("/corrections/feed.xml"), rewritten.join(", "));
    assert.match(readPage(output, "/corrections/feed.xml"), /<title>Correction: Forum in Baku, corrected<\/title>/);
    await assertSameAsFullBuild();
  });

  it("should render nothing for an edit to a draft", async () => {
    const draft = path.join(content, "articles/2024/12/held-back.md");
    fs.writeFileSync(draft, articleText({ path: "", frontMatter: { title: "Held back, edited", date: "2024-12-29", source: "AzerNews", people: ["Ann Lee"], draft: true } }));
    const update = await session.update([draft]);
    assert.equal(update.kind, "none");
    assert.equal(update.pages.length, 0);
  });

  it("should render again only the pages whose data changed when a new title moves the article past another of the same day", async () => {
    // "Zebra…" sorts after "Talks resume", dated the same instant: previous and next links change.
    const update = await saveForum({ title: "Zebra crossing opens" });
    assert.equal(update.kind, "partial");
    assert.ok(update.pages.some((page) => page.url === "/articles/2024/12/talks-resume/"));
    await assertSameAsFullBuild();
  });

  it("should render again only the pages whose data changed when the people, places, source, dates or draft flag change", async () => {
    for (const change of [{ people: ["Ann Lee", "Cy Diaz"] }, { places: ["Japan"] }, { source: "Kyodo" }, { date: "2024-11-20" }, { updated: "2025-01-02" }, { draft: true }]) {
      const update = await saveForum({ title: "Zebra crossing opens", ...change });
      assert.equal(update.kind, "partial", JSON.stringify(change));
      // Fewer than every page: the fixture makes well over a hundred.
      assert.ok(update.rendered < 100, `${update.rendered} pages rendered for ${JSON.stringify(change)}`);
      await assertSameAsFullBuild();
    }
  });

  it("should add a new article's pages, remove a deleted one's, and rebuild every page for a registry change", async () => {
    const added = path.join(content, "articles/2024/12/new-one.md");
    fs.writeFileSync(added, articleText({ path: "", frontMatter: { title: "A new one", date: "2024-12-31", source: "Reuters", people: ["Dee Ray"] } }));
    assert.equal((await session.update([added])).kind, "partial");
    assert.match(readPage(output, "/"), /A new one/);
    await assertSameAsFullBuild();

    fs.rmSync(added);
    const removal = await session.update([added]);
    assert.equal(removal.kind, "partial");
    assert.doesNotMatch(readPage(output, "/"), /A new one/);
    // Its page, its source's and its person's pages and feeds are gone from the folder, as from a full build.
    for (const gone of ["articles/2024/12/new-one/index.html", "sources/reuters/index.html", "people/dee-ray/feed.xml"]) {
      assert.ok(removal.removed.includes(path.join(output, gone)), `${gone} should be removed`);
      assert.equal(fs.existsSync(path.join(output, gone)), false);
    }
    await assertSameAsFullBuild();

    const people = path.join(content, "_data/people.yaml");
    fs.writeFileSync(people, "- name: Ann Lee\n  aliases: [A. Lee, Annie Lee]\n");
    assert.equal((await session.update([people])).kind, "full");
    await assertSameAsFullBuild();
  });
  it("should move the article for a new slug:, serve its aliases, leave no stale page, and keep the last good pages on a URL clash", async () => {
    const aliases = ["/articles/2024/11/forum-in-baku/", "/old/forum/"];
    assert.equal((await saveForum({})).kind, "partial", "published again (the last test left it a draft)");
    const moved = await saveForum({ title: "Forum in Baku", slug: "baku-forum", aliases });
    assert.equal(moved.kind, "partial");
    assert.ok(moved.removed.includes(path.join(output, "articles/2024/12/forum-in-baku/index.html")), "the old page is removed");
    assert.match(readPage(output, "/articles/2024/12/baku-forum/"), /Forum in Baku/);
    assert.match(readPage(output, "/old/forum/"), /<meta http-equiv="refresh" content="0; url=\/articles\/2024\/12\/baku-forum\/">/);
    assert.match(readPage(output, "/_redirects"), /^\/old\/forum\/ \/articles\/2024\/12\/baku-forum\/ 301$/m);
    await assertSameAsFullBuild();

    // A new title reaches the alias pages, which print it.
    assert.equal((await saveForum({ title: "Forum in Baku closes", slug: "baku-forum", aliases })).kind, "partial");
    assert.match(readPage(output, "/old/forum/"), /Forum in Baku closes/);

    // An alias that is another article's URL: an error naming both, and the served pages stay.
    printed.length = 0;
    const clash = await saveForum({ title: "Forum in Baku closes", slug: "baku-forum", aliases: ["/articles/2024/12/talks-resume/"] });
    assert.equal(clash.kind, "kept");
    assert.match(printed.join("\n"), /forum-in-baku\.md:\d+: aliases\.0: \/articles\/2024\/12\/talks-resume\/ is the URL of articles\/2024\/12\/talks-resume\.md/);
    assert.ok(fs.existsSync(path.join(output, "old/forum/index.html")), "the last good pages stay");

    // The fix: the alias is dropped and the slug removed; the file's own name is the URL again.
    const fixed = await saveForum({ title: "Forum in Baku closes", slug: null, aliases: [] });
    assert.equal(fixed.kind, "full");
    assert.equal(fs.existsSync(path.join(output, "old/forum/index.html")), false, "the alias page is gone");
    assert.equal(fs.existsSync(path.join(output, "articles/2024/12/baku-forum/index.html")), false, "the slug's page is gone");
    assert.match(readPage(output, "/articles/2024/12/forum-in-baku/"), /Forum in Baku closes/);
  });

  // Last: it leaves the site in French.
  it("should rebuild every page in the new language when site.yaml's language or strings.yaml changes, and render later saves' bodies in it", async () => {
    const site = path.join(content, "_data/site.yaml");
    fs.writeFileSync(site, `${DATA["site.yaml"]}language: fr\n`);
    assert.equal((await session.update([site])).kind, "full");
    assert.match(readPage(output, "/"), /<h1>Derniers articles<\/h1>/);
    assert.match(readPage(output, "/articles/2024/12/talks-resume/"), /30 décembre 2024/);
    await assertSameAsFullBuild();

    // A saved body is rendered in the preview's own thread: with the French words too.
    await saveForum({ title: "Forum in Baku, fixed" }, "Ministers met.\n\n## Next steps\n\n- [ ] Meet again\n");
    assert.match(readPage(output, "/articles/2024/12/forum-in-baku/"), /aria-label="Lien vers cette section\u00a0: Next steps"/);
    await assertSameAsFullBuild();

    const strings = path.join(content, "_data/strings.yaml");
    fs.writeFileSync(strings, "home.title: À la une\n");
    assert.equal((await session.update([strings])).kind, "full");
    assert.match(readPage(output, "/"), /<h1>À la une<\/h1>/);
    await assertSameAsFullBuild();
  });
});
