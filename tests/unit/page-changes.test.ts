import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fs from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { ENTITY_PAGE_KINDS, pageChanges, printedData, sitePages } from "../../src/preview/page-changes.ts";
import { PageWriter } from "../../src/preview/page-writer.ts";
import { PAGE_KINDS } from "../../src/eleventy/pages.ts";
import { ARCHIVE_PARTS, printedArchive, SITE_FIELDS } from "../../src/eleventy/site-pages.ts";
import { LAYOUTS_DIR } from "../../src/eleventy/paths.ts";
import { archiveOf, type ArticleFields } from "../helpers/archive-of.ts";

// Permalinks need no filter: a bare environment computes them as Eleventy's does.
const writer = new PageWriter(new nunjucks.Environment(null, { autoescape: true }), "/site");
const pagesOf = (articles: ArticleFields[]) => sitePages(archiveOf(articles, { site: { pageSize: 2 } }), (page) => writer.permalinkOf(page));

const ARTICLES: ArticleFields[] = [
  { title: "a", date: "2024-10-01", people: ["Ann Lee"], places: ["Syria"], source: "AzerNews" },
  { title: "b", date: "2024-11-02", people: ["Bo Chen"], places: ["Japan"], source: "Kyodo" },
  { title: "c", date: "2024-12-03", people: ["Cy Diaz"], places: ["Brazil"], source: "AzerNews" },
];
/** Pages without a list print the whole archive and are always rendered. */
const INDEX_PAGES = ["/404.html", "/_headers", "/_redirects", "/archive/index.html", "/corrections/feed.xml", "/corrections/index.html", "/countries/index.html", "/data/index.html", "/feeds/index.html", "/people/index.html", "/news-sitemap.xml", "/robots.txt", "/search/index.html", "/sitemap.xml", "/sources/index.html", "/theme.css"];

describe("sitePages", () => {
  it("should list one page per item of every paginated kind, and each page without a list, by permalink", () => {
    // An older article gives AzerNews more articles than a page holds, in two years: lists of its years.
    const pages = pagesOf([...ARTICLES, { title: "d", date: "2023-05-01", people: ["Ann Lee"], places: ["Syria"], source: "AzerNews" }]);
    assert.equal(pages.get("/sources/azernews/2023/index.html")?.kind, "entity-year");
    assert.equal(pages.get("/articles/2024/11/b/index.html")?.kind, "article");
    assert.equal(pages.get("/people/bo-chen/feed.xml")?.kind, "feed");
    assert.equal(pages.get("/page/2/index.html")?.kind, "home");
    assert.equal(pages.get("/sitemap.xml")?.kind, "sitemap");
    assert.equal(pages.get("/sitemap.xml")?.item, undefined);
    const kinds = new Set([...pages.values()].map((page) => page.kind));
    assert.deepEqual(
      [...kinds].sort(),
      PAGE_KINDS.map((kind) => kind.name).filter((name) => name !== "redirect" && name !== "content-page").sort(),
      "every kind but redirects and the site's own pages (no aliases or pages here)",
    );
  });
});

describe("pageChanges", () => {
  it("should render only the index pages when nothing changed", () => {
    const { render, removed } = pageChanges(pagesOf(ARTICLES), pagesOf(ARTICLES));
    assert.deepEqual(render.map((page) => page.kind).sort(), ["archive", "corrections", "corrections-feed", "countries", "data", "feeds", "headers-file", "news-sitemap", "not-found", "people", "redirects-file", "robots", "search", "sitemap", "sources", "theme"]);
    assert.deepEqual(removed, []);
  });

  it("should render the pages whose data changed when an article's people change, and remove pages that are gone", () => {
    const changed = ARTICLES.map((article) => (article.title === "b" ? { ...article, people: ["Dee Ray"] } : article));
    const next = pagesOf(changed);
    const { render, removed } = pageChanges(pagesOf(ARTICLES), next);
    const rendered = render.map((page) => [...next].find(([, candidate]) => candidate === page)![0]).sort();
    assert.deepEqual(
      rendered.filter((permalink) => !INDEX_PAGES.includes(permalink)),
      [
        // The page of each list that holds the article; the year's second page holds only "a".
        "/archive/2024/11/index.html",
        "/archive/2024/index.html",
        "/articles/2024/11/b/index.html",
        "/countries/japan/feed.json",
        "/countries/japan/feed.xml",
        "/countries/japan/index.html",
        "/feed.json",
        "/feed.xml",
        // Home, newest first two a page: c, b | a. The second page is untouched.
        "/index.html",
        "/people/dee-ray/feed.json",
        "/people/dee-ray/feed.xml",
        "/people/dee-ray/index.html",
        "/sources/kyodo/feed.json",
        "/sources/kyodo/feed.xml",
        "/sources/kyodo/index.html",
      ],
    );
    assert.deepEqual(removed.sort(), ["/people/bo-chen/feed.json", "/people/bo-chen/feed.xml", "/people/bo-chen/index.html"]);
  });
});

describe("printedData", () => {
  it("should leave an entity's article lists out of its pages' data, and keep everything else", () => {
    const archive = archiveOf(ARTICLES, { site: { pageSize: 2 } });
    const yearPage = archive.yearPages[0]!;
    const printed = printedData({ kind: "year", item: yearPage }) as { page: unknown; entity: Record<string, unknown> };
    assert.equal(printed.page, yearPage.page);
    assert.equal("articles" in printed.entity, false);
    assert.equal(printed.entity.count, 3);
    assert.deepEqual((printed.entity.months as Record<string, unknown>[]).map((month) => [month.name, month.count, "articles" in month]), [
      ["October 2024", 1, false],
      ["November 2024", 1, false],
      ["December 2024", 1, false],
    ]);
    const article = archive.articles[0]!;
    assert.equal(printedData({ kind: "article", item: article }), article, "other pages print their whole item");
  });
});

/** A layout and every layout it includes or extends, at any depth. */
function layoutsUsedBy(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const text = fs.readFileSync(path.join(LAYOUTS_DIR, name), "utf8");
  for (const [, used] of text.matchAll(/{%-?\s*(?:include|extends|import|from)\s+"([^"]+)"/g)) layoutsUsedBy(used!, seen);
  return seen;
}

/** Nunjucks' tags and output of a layout, quoted text blanked (an interface string's key, "count.articles", reads nothing). */
function codeOf(layout: string): string[] {
  return (fs.readFileSync(path.join(LAYOUTS_DIR, layout), "utf8").match(/{{[\s\S]*?}}|{%[\s\S]*?%}/g) ?? []).map((tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'));
}

describe("printedArchive", () => {
  it("should give a page without a list the parts of the archive it names, without their entities' article lists", () => {
    const archive = archiveOf(ARTICLES, { site: { pageSize: 2 } });
    const printed = new Map(printedArchive("people", archive) as [string, unknown][]);
    assert.deepEqual([...printed.keys()], ARCHIVE_PARTS.people);
    assert.equal(printed.get("articles.length"), 3);
    const groups = printed.get("peopleByLetter") as { items: Record<string, unknown>[] }[];
    const people = groups.flatMap((group) => group.items);
    assert.deepEqual(people.map((person) => [person.name, person.count, "articles" in person]), [
      ["Bo Chen", 1, false],
      ["Cy Diaz", 1, false],
      ["Ann Lee", 1, false],
    ]);
    assert.ok(archive.people.every((person) => person.articles.length === 1), "the archive's own objects are left as they are");
    assert.equal(printedArchive("no-such-kind", archive), archive, "a kind that names no parts prints the whole archive");
  });

  it("should name a part for every page kind without a list, and only those", () => {
    assert.deepEqual(Object.keys(ARCHIVE_PARTS).sort(), PAGE_KINDS.filter((kind) => !kind.list).map((kind) => kind.name).sort());
  });
});

describe("layouts of pages without a list", () => {
  it("should read nothing of the archive but their named parts and the site's settings, and no article list, which is what their keys are made of", () => {
    const settings = SITE_FIELDS.map((field) => `dateline.${field}`);
    for (const kind of PAGE_KINDS.filter((k) => !k.list)) {
      const named = [...ARCHIVE_PARTS[kind.name]!.map((part) => `dateline.${part}`), ...settings];
      for (const layout of layoutsUsedBy(kind.layout)) {
        // Every use, with all its dotted fields: `dateline.articles.length` is the count, `dateline.articles` the list; a bare `dateline` (passed on whole, or read with brackets) is none of the parts.
        const uses = codeOf(layout).flatMap((tag) => [...tag.matchAll(/\bdateline(?:\.\w+)*/g)].map((match) => match[0]));
        const unnamed = uses.filter((use) => !named.some((part) => use === part || use.startsWith(`${part}.`)));
        assert.deepEqual(unnamed, [], `${layout} (used by ${kind.name} pages)`);
        // The parts are taken without their entities' article lists: no layout may print one.
        const lists = codeOf(layout).filter((tag) => /\.articles\b/.test(tag.replaceAll("dateline.articles.length", "")));
        assert.deepEqual(lists, [], `${layout} (used by ${kind.name} pages)`);
      }
    }
  });
});

describe("layouts of paginated pages", () => {

  it("should print an entity's name, counts and summaries, never its whole article list, which the preview leaves out when it compares entity pages", () => {
    for (const kind of PAGE_KINDS.filter((k) => ENTITY_PAGE_KINDS.has(k.name))) {
      for (const layout of layoutsUsedBy(kind.layout)) {
        const code = fs.readFileSync(path.join(LAYOUTS_DIR, layout), "utf8").match(/{{[\s\S]*?}}|{%[\s\S]*?%}/g) ?? [];
        // Quoted text is not data: an interface string's key ("count.articles") reads no list.
        const reads = code.filter((tag) => /\.articles\b/.test(tag.replace(/"[^"]*"|'[^']*'/g, '""')));
        assert.deepEqual(reads, [], `${layout} (used by ${kind.name} pages)`);
      }
    }
  });

  it("should print nothing of the archive but their item, dateline.site and dateline.dir (the site's direction, from its language), which is what lets the preview compare items", () => {
    for (const kind of PAGE_KINDS.filter((k) => k.list)) {
      for (const layout of layoutsUsedBy(kind.layout)) {
        // Only in Nunjucks' tags and output: "dateline" is also a CSS class in the markup.
        const code = fs.readFileSync(path.join(LAYOUTS_DIR, layout), "utf8").match(/{{[\s\S]*?}}|{%[\s\S]*?%}/g) ?? [];
        const uses = code.flatMap((tag) => [...tag.matchAll(/\bdateline\b(\.\w+)?/g)].map((match) => match[0]));
        // dateline.dir follows from dateline.site alone (`buildArchive`), and a change to site.yaml renders every page;
        // so do the logo and social image (site.yaml and the images in _data/) and the accent stylesheet's URL.
        const fromSite = new Set(["dateline.site", "dateline.dir", "dateline.siteImages", "dateline.themeStylesheet"]);
        assert.deepEqual(uses.filter((use) => !fromSite.has(use)), [], `${layout} (used by ${kind.name} pages)`);
      }
    }
  });
});
