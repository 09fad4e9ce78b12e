/** Right-to-left text in the built site: an Arabic article on an English site, an English article on an Arabic site. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readPage, type BuildResult } from "../helpers/build-site.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { ARABIC_URL, buildRtlSite, ENGLISH_URL } from "../helpers/rtl-site.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

const ARABIC_TITLE = "محادثات في دمشق حول إعادة فتح الطريق التجاري مع أذربيجان";
const ENGLISH_TITLE = "Talks in Damascus on reopening the trade route to Azerbaijan";
const HEBREW_TITLE = "שיחות סחר בדמשק";

const page = (site: BuildResult, url: string) => parseHtml(readPage(site.output, url));
const hasClass = (element: Parameters<typeof attr>[0], name: string) => (attr(element, "class") ?? "").split(" ").includes(name);

/**
 * Each place a title is printed: the outermost heading, link or span whose text is exactly `text`, with the lang
 * and dir it or a heading, link or span inside it (the same title) carries.
 */
function titled(html: Html, text: string): { lang?: string; dir?: string }[] {
  const isTitle = (element: Parameters<typeof attr>[0]) => ["h1", "h2", "h3", "h4", "a", "span"].includes(element.tagName) && textOf(element) === text;
  const matches = html.all("*").filter(isTitle);
  const found = new Set<object>(matches);
  return matches
    .filter((element) => !found.has(element.parentNode as object))
    .map((element) => {
      const chain = elementsIn(element).filter(isTitle);
      return { lang: chain.map((e) => attr(e, "lang")).find(Boolean), dir: chain.map((e) => attr(e, "dir")).find(Boolean) };
    });
}

/** Every atom entry's content as a parsed HTML fragment, by title. */
function feedContents(site: BuildResult, url: string): Map<string, string> {
  const text = readPage(site.output, url);
  assert.equal(XMLValidator.validate(text), true, `${url} is well-formed XML`);
  const entries = new XMLParser({ ignoreAttributes: false }).parse(text).feed.entry as { title: string; content: { "#text": string } }[];
  assert.ok(parseFeed(text).items.length > 0);
  return new Map(entries.map((entry) => [String(entry.title), entry.content["#text"]]));
}

describe("an Arabic article on an English site", () => {
  let site: BuildResult;
  before(() => {
    site = buildRtlSite("en");
  });

  it("should keep the page left to right and turn the article's title, summary and body right to left", () => {
    const html = page(site, ARABIC_URL);
    const root = html.all("html")[0]!;
    assert.deepEqual([attr(root, "lang"), attr(root, "dir")], ["en", "ltr"]);
    const title = html.all("h1")[0]!;
    assert.deepEqual([attr(title, "lang"), attr(title, "dir"), textOf(title)], ["ar", "rtl", ARABIC_TITLE]);
    const summary = html.all("p").find((p) => hasClass(p, "article__summary"))!;
    const body = html.all("div").find((div) => hasClass(div, "article__body"))!;
    for (const element of [summary, body]) assert.deepEqual([attr(element, "lang"), attr(element, "dir")], ["ar", "rtl"]);
    const dateline = html.all("p").find((p) => hasClass(p, "dateline"))!;
    assert.equal(attr(dateline, "dir"), undefined, "the site's own words stay the page's way");
    assert.ok(elementsIn(dateline).some((e) => e.tagName === "bdi" && textOf(e) === "وكالة سانا"), "the source's name is isolated");
    const crumb = html.all("span").find((span) => attr(span, "aria-current") === "page")!;
    assert.deepEqual([attr(crumb, "dir"), attr(crumb, "lang"), textOf(crumb)], ["auto", "ar", ARABIC_TITLE]);
  });

  it("should mark its title rtl in every list that shows it, and leave English titles unmarked", () => {
    for (const url of ["/", "/archive/2025/02/", "/people/yalchin-rafiyev/", "/countries/syria/", "/sources/wkalt-sana/", "/corrections/"]) {
      const html = page(site, url);
      assert.deepEqual(titled(html, ARABIC_TITLE), [{ lang: "ar", dir: "rtl" }], url);
      for (const english of titled(html, ENGLISH_TITLE)) assert.deepEqual(english, { lang: undefined, dir: undefined }, url);
    }
    const english = page(site, ENGLISH_URL);
    const nav = english.all("nav").find((n) => hasClass(n, "article-nav"))!;
    assert.ok(elementsIn(nav).some((e) => textOf(e) === ARABIC_TITLE && attr(e, "dir") === "rtl" && attr(e, "lang") === "ar"), "previous/next");
    const related = english.all("section").find((s) => hasClass(s, "related"))!;
    assert.ok(elementsIn(related).some((e) => e.tagName === "a" && textOf(e) === ARABIC_TITLE && attr(e, "dir") === "rtl"), "related articles");
    assert.deepEqual(titled(page(site, "/"), HEBREW_TITLE), [{ lang: "he", dir: "rtl" }], "Hebrew too");
  });

  it("should wrap the Arabic entry's HTML content in a right-to-left div in the feeds, and leave English entries as they are", () => {
    for (const url of ["/feed.xml", "/people/yalchin-rafiyev/feed.xml"]) {
      const contents = feedContents(site, url);
      assert.match(contents.get(ARABIC_TITLE)!, /^<div dir="rtl" lang="ar"><p>اجتمع وزير الخارجية/, url);
      assert.match(contents.get(ARABIC_TITLE)!, /<\/div>$/);
      assert.match(contents.get(ENGLISH_TITLE)!, /^<p>Foreign minister/, url);
    }
    assert.match(readPage(site.output, "/feed.xml"), /<entry xml:lang="ar">/);
  });

  it("should pass html-validate, and every link should lead somewhere", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    assert.deepEqual(crawl(site.output, { siteUrl: "https://news.example.org/" }).broken, []);
  });
});

describe("an English article on an Arabic site", () => {
  let site: BuildResult;
  before(() => {
    site = buildRtlSite("ar");
  });

  it("should make every page right to left", () => {
    for (const url of ["/", ARABIC_URL, ENGLISH_URL, "/people/", "/search/", "/archive/", "/corrections/"]) {
      const root = page(site, url).all("html")[0]!;
      assert.deepEqual([attr(root, "lang"), attr(root, "dir")], ["ar", "rtl"], url);
    }
  });

  it("should turn the English article's title, summary and body left to right, and leave Arabic ones to the page", () => {
    const html = page(site, ENGLISH_URL);
    const title = html.all("h1")[0]!;
    assert.deepEqual([attr(title, "lang"), attr(title, "dir")], ["en", "ltr"]);
    const body = html.all("div").find((div) => hasClass(div, "article__body"))!;
    assert.deepEqual([attr(body, "lang"), attr(body, "dir")], ["en", "ltr"]);
    const arabic = page(site, ARABIC_URL).all("h1")[0]!;
    assert.deepEqual([attr(arabic, "lang"), attr(arabic, "dir")], [undefined, undefined], "the site's own language and direction need no mark");
    const home = page(site, "/");
    assert.deepEqual(titled(home, ENGLISH_TITLE), [{ lang: "en", dir: "ltr" }]);
    assert.deepEqual(titled(home, ARABIC_TITLE), [{ lang: undefined, dir: undefined }]);
    assert.deepEqual(titled(home, HEBREW_TITLE), [{ lang: "he", dir: undefined }], "Hebrew runs the Arabic page's way");
  });

  it("should say each entry's direction in the feed, since a feed reader knows nothing of the site's", () => {
    const contents = feedContents(site, "/feed.xml");
    assert.match(contents.get(ARABIC_TITLE)!, /^<div dir="rtl" lang="ar"><p>/);
    assert.match(contents.get(ENGLISH_TITLE)!, /^<div dir="ltr" lang="en"><p>Foreign minister/);
    assert.match(readPage(site.output, "/feed.xml"), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/);
  });

  it("should pass html-validate, and every link should lead somewhere", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    assert.deepEqual(crawl(site.output, { siteUrl: "https://news.example.org/" }).broken, []);
  });
});
