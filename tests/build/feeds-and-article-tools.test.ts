/**
 * Issue 15 parts 7 and 9 in the built site: feeds that a browser shows as a
 * page (the xml-stylesheet instruction, under the path prefix), still valid
 * Atom; the /feeds/ page, linking every site feed and linked from every
 * page's footer and beside every feed link; related articles that say which
 * people and places they share; the share-and-cite block and the printed
 * address. On the reader fixture under `/news/`, and on an empty archive.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { buildReaderSite, SEED_URL } from "../helpers/reader-site.ts";
import { htmlErrors } from "../helpers/site-check.ts";

const PREFIX = "/news/";
let output: string;
let empty: string;

const page = (site: string, urlPath: string): Html => parseHtml(readPage(site, urlPath));
const byClass = (html: Html, tag: string, className: string) =>
  html.all(tag).filter((element) => (attr(element, "class") ?? "").split(" ").includes(className));
/** The file a site-absolute URL under the prefix is written to, or undefined when it is outside the prefix. */
const fileOf = (site: string, href: string) => {
  if (!href.startsWith(PREFIX)) return undefined;
  const rest = href.slice(PREFIX.length);
  return path.join(site, rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest);
};

before(() => {
  output = buildReaderSite({ pathPrefix: PREFIX }).output;
  const content = tempDir("dateline-empty-");
  const site = buildSite(content, { pathPrefix: PREFIX, args: ["--allow-empty"] });
  assert.equal(site.status, 0, site.stderr);
  empty = site.output;
});

describe("feeds readable in a browser", () => {
  const atomFeeds = (site: string) => listFiles(site).filter((file) => file.endsWith("feed.xml"));

  it("should start every Atom feed with the XML declaration, then the CSS stylesheet instruction under the path prefix", () => {
    for (const site of [output, empty]) {
      const feeds = atomFeeds(site);
      assert.ok(feeds.includes("feed.xml") && feeds.includes("corrections/feed.xml"), "the site's and the corrections' feeds");
      for (const file of feeds) {
        const lines = fs.readFileSync(path.join(site, file), "utf8").split("\n");
        assert.equal(lines[0], '<?xml version="1.0" encoding="utf-8"?>', file);
        assert.equal(lines[1], `<?xml-stylesheet href="${PREFIX}feed.css" type="text/css"?>`, file);
      }
    }
    assert.ok(atomFeeds(output).length > 10, "people's, countries' and sources' feeds too");
    assert.match(fs.readFileSync(path.join(output, "feed.css"), "utf8"), /@namespace url\(http:\/\/www\.w3\.org\/2005\/Atom\)/);
  });

  it("should stay well-formed, valid Atom, with the note for browsers as an XHTML extension element readers skip", async () => {
    for (const file of ["feed.xml", "corrections/feed.xml", "people/yalchin-rafiyev/feed.xml"]) {
      const text = readPage(output, `/${file}`);
      assert.equal(XMLValidator.validate(text), true, file);
      const feed = parseFeed(text);
      assert.ok(feed.title && feed.items.length > 0, file);
      // The note's link is absolute (a feed is read away from the site) and leads to the feeds page.
      const note = text.match(/<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" class="feed-about" dir="ltr"><p>([^<]+)<\/p><p><a href="([^"]+)">([^<]+)<\/a><\/p><\/div>/);
      assert.ok(note, `${file}: the note`);
      assert.match(note[1]!, /This is a feed/);
      assert.equal(note[2], `http://localhost:8080${PREFIX}feeds/`);
      assert.ok(!feed.items.some((item) => /This is a feed/.test(`${item.title} ${item.description} ${item.content}`)), `${file}: no entry holds the note`);
    }
  });
});

describe("the feeds page", () => {
  it("should link the site's Atom and JSON feeds and the corrections feed, each with its full address as text", () => {
    for (const site of [output, empty]) {
      const html = page(site, "/feeds/");
      const list = byClass(html, "ul", "feeds-list")[0]!;
      const links = elementsIn(list).filter((element) => element.tagName === "a").map((a) => attr(a, "href"));
      assert.deepEqual(links, [`${PREFIX}feed.xml`, `${PREFIX}feed.json`, `${PREFIX}corrections/feed.xml`]);
      for (const href of links) assert.ok(fs.existsSync(fileOf(site, href!)!), `${href} exists`);
      const addresses = byClass(html, "span", "feeds-list__address").map((span) => textOf(span));
      assert.deepEqual(addresses, links.map((href) => `http://localhost:8080${href}`));
      // How to follow, in plain words, and where the people's, countries' and sources' own feeds are.
      assert.match(textOf(html.all("main")[0]!), /Open a feed reader.*Copy the address.*Paste it into the reader/s);
      const hrefs = html.all("a").map((a) => attr(a, "href"));
      for (const index of ["people/", "countries/", "sources/"]) assert.ok(hrefs.includes(`${PREFIX}${index}`), index);
    }
  });

  it("should be linked from the footer of every page, and beside the feed link of people, countries, sources and corrections", () => {
    const pages = listFiles(output).filter((file) => file.endsWith("index.html") && !readPage(output, `/${file}`).includes('http-equiv="refresh"'));
    assert.ok(pages.length > 30);
    for (const file of pages) {
      const footer = page(output, `/${file}`).all("footer")[0]!;
      assert.ok(elementsIn(footer).some((e) => e.tagName === "a" && attr(e, "href") === `${PREFIX}feeds/`), `${file}: footer`);
    }
    for (const url of ["/people/yalchin-rafiyev/", "/countries/syria/", "/sources/fictional-wire/", "/corrections/"]) {
      const main = page(output, url).all("main")[0]!;
      const links = elementsIn(main).filter((e) => e.tagName === "a");
      const feedLink = links.findIndex((a) => (attr(a, "href") ?? "").endsWith("feed.xml"));
      assert.ok(feedLink >= 0, `${url}: feed link`);
      assert.equal(attr(links[feedLink + 1]!, "href"), `${PREFIX}feeds/`, `${url}: how to follow, beside it`);
    }
  });

  it("should be in the sitemap, and the pages it adds valid HTML", async () => {
    assert.match(readPage(output, "/sitemap.xml"), /<loc>http:\/\/localhost:8080\/news\/feeds\/<\/loc>/);
    assert.deepEqual(await htmlErrors(output), []);
    assert.deepEqual(await htmlErrors(empty), []);
  });
});

describe("article pages", () => {
  it("should say why an article is related: the shared people and places by name, each isolated in <bdi>", () => {
    const list = byClass(page(output, SEED_URL), "ol", "related__list")[0]!;
    const reasons = elementsIn(list).filter((e) => e.tagName === "span" && attr(e, "class") === "related__why");
    assert.equal(reasons.length, 5, "every related article says why");
    for (const reason of reasons) {
      assert.match(textOf(reason), /^Also about: \S/);
      assert.ok(elementsIn(reason).some((e) => e.tagName === "bdi"), "names in bdi");
    }
    // The French article shares Yalchin Rafiyev and Syria ("Syrie") with the seed article, named as the site names them.
    const french = elementsIn(list).find((e) => e.tagName === "li" && textOf(e).includes("Rapport inventé"))!;
    assert.match(textOf(french), /20 March 2025 · Also about: Yalchin Rafiyev · Syria$/);
  });

  it("should print the canonical address and a citation with outlet, date, title and address, with copy buttons hidden until the script shows them", () => {
    const html = page(output, SEED_URL);
    const address = "http://localhost:8080/news/articles/2024/12/azerbaijani-delegation-visits-damascus/";
    const canonical = html.all("link").find((link) => attr(link, "rel") === "canonical")!;
    assert.equal(attr(canonical, "href"), address);
    assert.equal(textOf(html.all("span").find((span) => attr(span, "id") === "article-address")!), address);
    const citation = textOf(html.all("p").find((p) => attr(p, "id") === "article-citation")!);
    assert.equal(citation, `AzerNews, “${textOf(html.all("h1")[0]!)}”, 30 December 2024, ${address}`);
    const buttons = byClass(html, "button", "article-tools__copy");
    assert.equal(buttons.length, 2);
    for (const button of buttons) assert.equal(attr(button, "hidden"), "", "hidden without the script");
    const scripts = html.all("script").map((script) => attr(script, "src")).filter(Boolean);
    assert.deepEqual(scripts, [`${PREFIX}article-tools.js`]);
    assert.equal(attr(html.all("script").find((s) => attr(s, "src"))!, "defer"), "");
    // Only article pages load it.
    assert.ok(!readPage(output, "/people/yalchin-rafiyev/").includes("article-tools.js"));
  });

  it("should end every page with the site's name and address for print, as text", () => {
    for (const url of [SEED_URL, "/people/yalchin-rafiyev/", "/feeds/", "/"]) {
      const line = byClass(page(output, url), "p", "print-address")[0]!;
      assert.equal(textOf(line), `Printed from Dateline: http://localhost:8080${PREFIX}${url.slice(1)}`, url);
    }
  });
});
