import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { attr, parseHtml } from "../helpers/html.ts";

/** Noon UTC on 5 December 2024: two days back reaches noon on the 3rd. */
const NOW = "--now=2024-12-05T12:00:00Z";
const BASE = "https://wire.example.org/news/";

const ARTICLES = [
  {
    path: "2024/12/lavrov.md",
    frontMatter: {
      title: "Лавров и Рафиев обсудили транзит",
      date: "2024-12-05T09:30:00+03:00",
      source: "TASS",
      lang: "ru",
      people: ["Sergey Lavrov", "Yalchin Rafiyev"],
      places: ["Russia"],
      author: "Анна Смирнова",
    },
    body: "Министры встретились в Москве.",
  },
  {
    path: "2024/12/damascus.md",
    frontMatter: { title: "وفد أذربيجاني يزور دمشق", date: "2024-12-04", source: "SANA", lang: "ar", people: ["Yalchin Rafiyev"], places: ["Syria"] },
    body: "زار الوفد دمشق.",
  },
  {
    path: "2024/12/forum.md",
    frontMatter: { title: "Baku forum opens", date: "2024-12-02", updated: "2024-12-03", source: "AzerNews", people: ["Yalchin Rafiyev"], places: ["Azerbaijan"] },
    body: "The forum opened in Baku.",
  },
  {
    path: "2024/12/embargoed.md",
    frontMatter: { title: "Embargoed ministerial statement", date: "2024-12-06T08:00:00Z", source: "AzerNews", people: ["Yalchin Rafiyev"] },
    body: "Not yet.",
  },
];

function xml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, `well-formed XML: ${JSON.stringify(valid)}`);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(text) as Record<string, unknown>;
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: { id: string; url: string; title: string; content_html: string; date_published: string; date_modified: string; authors: { name: string }[] }[];
}

describe("JSON feeds and the news sitemap in a build", () => {
  let output: string;
  before(() => {
    const content = writeContent(ARTICLES, { "site.yaml": "title: Caspian Wire\nurl: https://wire.example.org\nlanguage: en\n" });
    const site = buildSite(content, { pathPrefix: "/news/", args: [NOW] });
    assert.equal(site.status, 0, site.stderr);
    output = site.output;
  });

  for (const { url, page, title } of [
    { url: "/feed.json", page: "/", title: "Caspian Wire" },
    { url: "/people/yalchin-rafiyev/feed.json", page: "/people/yalchin-rafiyev/", title: "Yalchin Rafiyev · Caspian Wire" },
  ]) {
    it(`should publish ${url} as JSON Feed 1.1 with the Atom feed's items and absolute URLs under the path prefix`, () => {
      const json = JSON.parse(readPage(output, url)) as JsonFeed;
      const atom = parseFeed(readPage(output, url.replace(/json$/, "xml")));
      assert.equal(json.version, "https://jsonfeed.org/version/1.1");
      assert.equal(json.title, title);
      assert.equal(json.home_page_url, `${BASE}${page.slice(1)}`);
      assert.equal(json.feed_url, `${BASE}${url.slice(1)}`);
      assert.equal(json.language, "en");
      assert.equal(json.items.length, atom.items.length);
      assert.equal(json.items.length, 3);
      assert.deepEqual(json.items.map((item) => item.url), atom.items.map((item) => item.url));
      for (const item of json.items) {
        assert.ok(item.id.startsWith(`${BASE}articles/`), item.id);
        assert.equal(item.url, item.id);
        assert.ok(item.title && item.content_html && item.date_published && item.date_modified && item.authors.length === 1, JSON.stringify(item));
      }
      assert.ok(!JSON.stringify(json).includes("Embargoed"), `${url} lists the embargoed article`);
      assert.equal(json.items[0]!.title, "Лавров и Рафиев обсудили транзит");
      assert.deepEqual(json.items[0]!.authors, [{ name: "Анна Смирнова" }]);
      assert.match(json.items[1]!.content_html, /^<div dir="rtl" lang="ar">/);
    });
  }

  it("should advertise each JSON feed where its Atom feed is advertised", () => {
    for (const [page, feed] of [["/", "/news/feed.json"], ["/people/yalchin-rafiyev/", "/news/people/yalchin-rafiyev/feed.json"]] as const) {
      const links = parseHtml(readPage(output, page)).all("link").filter((link) => attr(link, "type") === "application/feed+json");
      assert.ok(links.some((link) => attr(link, "href") === feed), `${page} links ${feed}`);
    }
  });

  it("should list in /news-sitemap.xml only the articles of the two days before --now, in Google News' namespace", () => {
    const parsed = xml(readPage(output, "/news-sitemap.xml"));
    const urlset = parsed.urlset as Record<string, unknown>;
    assert.equal(urlset["@_xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
    assert.equal(urlset["@_xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
    const urls = urlset.url as { loc: string; "news:news": Record<string, Record<string, string> | string> }[];
    assert.deepEqual(
      urls.map((entry) => entry.loc),
      [`${BASE}articles/2024/12/lavrov/`, `${BASE}articles/2024/12/damascus/`],
    );
    const news = urls[1]!["news:news"];
    assert.deepEqual(news["news:publication"], { "news:name": "Caspian Wire", "news:language": "en" });
    assert.equal(news["news:title"], "وفد أذربيجاني يزور دمشق");
    assert.match(String(news["news:publication_date"]), /^2024-12-04/);
  });

  it("should name the news sitemap in robots.txt", () => {
    const robots = readPage(output, "/robots.txt");
    assert.match(robots, /^Sitemap: https:\/\/wire\.example\.org\/news\/sitemap\.xml$/m);
    assert.match(robots, /^Sitemap: https:\/\/wire\.example\.org\/news\/news-sitemap\.xml$/m);
  });
});
