import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aliasRedirects } from "../../src/archive/aliases.ts";
import { redirectRules } from "../../src/archive/redirect-rules.ts";
import { siteUrls } from "../../src/archive/site-urls.ts";
import { articleView } from "../../src/archive/views.ts";
import { ENGLISH_DATES } from "../../src/content/dates.ts";
import { archiveOf, article, type ArticleFields } from "../helpers/archive-of.ts";

const VISIT: ArticleFields = {
  title: "وفد أذربيجاني يزور دمشق",
  stem: "visit",
  slug: "azerbaijani-delegation-damascus",
  lang: "ar",
  people: ["Yalchin Rafiyev"],
  places: ["Syria"],
  aliases: ["/articles/2024/11/visit/", "/news/2024/damascus-visit/"],
  urlLines: { slug: 6, aliases: [8, 9] },
};

describe("aliases in the archive", () => {
  it("should make a redirect page and a _redirects rule of each alias, to the article's URL", () => {
    const archive = archiveOf([VISIT]);
    assert.deepEqual(archive.problems, []);
    const to = "/articles/2024/12/azerbaijani-delegation-damascus/";
    assert.deepEqual(
      archive.redirects.filter((r) => r.to === to),
      [
        { from: "/articles/2024/11/visit/", to, name: VISIT.title, lang: "ar", dir: "rtl" },
        { from: "/news/2024/damascus-visit/", to, name: VISIT.title, lang: "ar", dir: "rtl" },
      ],
    );
    assert.deepEqual(archive.redirectRules, [
      { from: "/articles/2024/11/visit/", to, status: 301 },
      { from: "/news/2024/damascus-visit/", to, status: 301 },
    ]);
  });

  it("should list articles' aliases before the variant spellings of people and countries in _redirects", () => {
    const archive = archiveOf([VISIT, { title: "Talks", stem: "talks", people: ["Yalchin Rafiev", "Yalchin Rafiyev"], places: ["Syrian Arab Republic"] }]);
    const froms = archive.redirectRules.map((rule) => rule.from);
    assert.deepEqual(froms.slice(0, 2), ["/articles/2024/11/visit/", "/news/2024/damascus-visit/"]);
    assert.ok(froms.length > 2, "entity redirects follow");
    assert.ok(froms.slice(2).every((from) => from.startsWith("/people/") || from.startsWith("/countries/")));
    assert.deepEqual(new Set(archive.redirects.map((r) => r.from)), new Set(froms), "every rule has its page");
  });

  it("should publish nothing for a draft's or a scheduled article's aliases", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    const archive = archiveOf(
      [
        { ...VISIT, date: "2025-06-01", aliases: ["/scheduled/"] },
        { title: "Draft", stem: "draft", draft: true, aliases: ["/drafted/"] },
      ],
      { schedule: { now, future: false } },
    );
    assert.deepEqual(archive.redirects, []);
    assert.deepEqual(archive.redirectRules, []);
    const future = archiveOf([{ ...VISIT, date: "2025-06-01", aliases: ["/scheduled/"] }], { schedule: { now, future: true } });
    assert.deepEqual(future.redirectRules.map((rule) => rule.from), ["/scheduled/"], "--future publishes it");
  });

  it("should report an alias that takes another article's URL, naming both files", () => {
    const archive = archiveOf([VISIT, { title: "Talks", stem: "talks", aliases: ["/articles/2024/12/azerbaijani-delegation-damascus/"], urlLines: { aliases: [7] } }]);
    assert.equal(archive.problems.length, 1);
    const [clash] = archive.problems;
    assert.equal(clash!.code, "url-clash");
    assert.equal(clash!.file, "/content/articles/2024/12/talks.md");
    assert.equal(clash!.line, 7);
    assert.equal(clash!.field, "aliases.0");
    assert.match(clash!.message, /is the URL of articles\/2024\/12\/visit\.md/);
    assert.ok(!archive.redirects.some((r) => r.from === "/articles/2024/12/azerbaijani-delegation-damascus/"), "the clashing alias makes no page");
  });

  it("should report an alias two articles give (at the later file by path, naming the earlier), and an article's own URL", () => {
    const archive = archiveOf([VISIT, { title: "Talks", stem: "talks", aliases: ["/news/2024/damascus-visit/", "/articles/2024/12/talks/"] }]);
    assert.deepEqual(
      archive.problems.map((p) => [p.file, p.field, p.message]),
      [
        ["/content/articles/2024/12/talks.md", "aliases.1", "/articles/2024/12/talks/ is the article's own URL"],
        ["/content/articles/2024/12/visit.md", "aliases.1", "/news/2024/damascus-visit/ is also an alias of articles/2024/12/talks.md"],
      ],
    );
  });

  it("should report an alias that is any URL the site makes, or under a folder where it makes its own pages", () => {
    const generated = ["/search/", "/corrections/", "/people/", "/people/yalchin-rafiyev/", "/countries/syria/", "/sources/azernews/", "/archive/2024/12/", "/page/2/", "/pagefind/", "/img/photo/", "/people/somebody-new/", "/page/99/"];
    const archive = archiveOf([VISIT, { title: "Talks", stem: "talks", aliases: generated }, { title: "Third", stem: "third" }], { site: { pageSize: 1 } });
    assert.deepEqual(
      archive.problems.map((p) => p.field),
      generated.map((_, i) => `aliases.${i}`),
    );
    assert.match(archive.problems[0]!.message, /^\/search\/ is the URL of a page the site makes/);
    assert.match(archive.problems[7]!.message, /^\/page\/2\/ is the URL of a page the site makes/);
    assert.match(archive.problems[10]!.message, /^\/people\/somebody-new\/ is under \/people\/, where the site makes its own pages/);
  });

  it("should know every feed, file and redirect the site makes", () => {
    const archive = archiveOf([VISIT]);
    const urls = siteUrls({
      articleUrls: new Map(archive.articles.map((a) => [a.id, a.url])),
      sitemap: archive.sitemap,
      feeds: archive.feeds,
      redirects: archive.redirects,
    });
    for (const url of ["/feed.xml", "/people/yalchin-rafiyev/feed.xml", "/corrections/feed.xml", "/sitemap.xml", "/robots.txt", "/404.html", "/_redirects", "/search/", "/"]) {
      assert.ok(urls.has(url), url);
    }
    assert.equal(urls.get("/articles/2024/12/azerbaijani-delegation-damascus/")?.relPath, "articles/2024/12/visit.md");
  });

  it("should check aliases against owners given, whatever their kind", () => {
    const visit = article(VISIT);
    const view = articleView(visit, "/articles/2024/12/x/", "en", ENGLISH_DATES);
    const { redirects, problems } = aliasRedirects([{ article: { ...visit, aliases: ["/feed/"] }, view }], new Map([["/feed/", { description: "the URL of a feed the site makes (/feed/)" }]]));
    assert.deepEqual(redirects, []);
    assert.match(problems[0]!.message, /\/feed\/ is the URL of a feed the site makes/);
  });

  it("should make 301 rules in the order given", () => {
    assert.deepEqual(redirectRules([{ from: "/b/", to: "/x/", name: "X" }], [{ from: "/a/", to: "/y/", name: "Y" }]), [
      { from: "/b/", to: "/x/", status: 301 },
      { from: "/a/", to: "/y/", status: 301 },
    ]);
  });
});
