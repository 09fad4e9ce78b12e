import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSite, listFiles, readPage, type BuildResult } from "../helpers/build-site.ts";
import { PROJECT_CONTENT } from "../helpers/fixture.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";
import { crawl, htmlErrors, htmlPages, urlOfFile } from "../helpers/site-check.ts";
import { readHeadersFile } from "../helpers/headers-file.ts";
import { IMMUTABLE_CACHING } from "../../src/archive/header-rules.ts";

const SITE_URL = "http://localhost:8080"; // content/_data/site.yaml
const ARTICLE = "/articles/2024/12/azerbaijani-delegation-visits-damascus/";
const TITLE = "Azerbaijani delegation visits Damascus, offers support to Syria's transitional government";

/** The seed site built twice: at the root and under /news/. */
const BUILDS = [
  { name: "at the root", prefix: "/" },
  { name: "under --pathprefix=/news/", prefix: "/news/" },
];

function xml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, `well-formed XML: ${JSON.stringify(valid)}`);
  return new XMLParser({ ignoreAttributes: false }).parse(text) as Record<string, unknown>;
}

function feedAt(output: string, url: string) {
  const text = readPage(output, url);
  xml(text);
  return parseFeed(text);
}

function isRedirect(html: string): boolean {
  return parseHtml(html)
    .all("meta")
    .some((meta) => attr(meta, "http-equiv")?.toLowerCase() === "refresh");
}

describe("publishing the seed archive", () => {
  const sites = new Map<string, BuildResult>();
  before(() => {
    for (const { prefix } of BUILDS) {
      const site = buildSite(PROJECT_CONTENT, { pathPrefix: prefix === "/" ? undefined : prefix });
      assert.equal(site.status, 0, site.stderr);
      sites.set(prefix, site);
    }
  });

  for (const { name, prefix } of BUILDS) {
    const abs = (url: string) => `${SITE_URL}${prefix}${url.replace(/^\//, "")}`;

    describe(name, () => {
      it("should write valid HTML on every page (html-validate, standard and document presets)", async () => {
        const output = sites.get(prefix)!.output;
        assert.ok(htmlPages(output).length >= 20, "the whole site was checked");
        assert.deepEqual(await htmlErrors(output), []);
      });

      it("should have no broken internal link, asset or fragment on any page", () => {
        const result = crawl(sites.get(prefix)!.output, { prefix, siteUrl: SITE_URL });
        assert.deepEqual(result.broken, []);
        assert.ok(result.checked > 200, `checked ${result.checked} links`);
      });

      it("should publish Atom feeds for the site, a person, a country and a source, each linked from its page", () => {
        const output = sites.get(prefix)!.output;
        const feeds = [
          { url: "/feed.xml", page: "/", title: "Dateline" },
          { url: "/people/yalchin-rafiyev/feed.xml", page: "/people/yalchin-rafiyev/", title: "Yalchin Rafiyev · Dateline" },
          { url: "/countries/syria/feed.xml", page: "/countries/syria/", title: "Syria · Dateline" },
          { url: "/sources/azernews/feed.xml", page: "/sources/azernews/", title: "AzerNews · Dateline" },
        ];
        for (const { url, page, title } of feeds) {
          const feed = feedAt(output, url);
          assert.equal(feed.title, title);
          assert.equal(feed.url, abs(page), `${url} links its page`);
          assert.equal(feed.items.length, 1, url);
          const [item] = feed.items;
          assert.equal(item!.title, TITLE);
          assert.equal(item!.url, abs(ARTICLE));
          assert.equal(item!.id, abs(ARTICLE));
          assert.equal(item!.published?.toISOString(), "2024-12-30T00:00:00.000Z");
          assert.equal(item!.updated?.toISOString(), "2024-12-30T00:00:00.000Z");
          assert.match(item!.description ?? "", /^Deputy Foreign Minister Yalchin Rafiyev met Syria's new foreign minister/);
          assert.match(item!.content ?? "", /<p>An Azerbaijani delegation led by/);
          assert.match(item!.content ?? "", /reconstruction efforts/);
          assert.ok(item!.categories.some((c) => c.term === "Asaad Hassan al-Shaibani"));

          const alternates = parseHtml(readPage(output, page))
            .all("link")
            .filter((link) => attr(link, "rel") === "alternate" && attr(link, "type") === "application/atom+xml")
            .map((link) => attr(link, "href"));
          assert.ok(alternates.includes(`${prefix}${url.slice(1)}`), `${page} links ${url}: ${alternates.join(", ")}`);
        }
      });

      it("should list every page in the sitemap except redirects and the 404 page, and point robots.txt to it", () => {
        const output = sites.get(prefix)!.output;
        const sitemap = xml(readPage(output, "/sitemap.xml")) as { urlset: { url: { loc: string; lastmod?: string }[] } };
        const entries = sitemap.urlset.url;
        const listed = entries.map((entry) => entry.loc);
        const pages = htmlPages(output)
          .filter((file) => file !== "404.html" && !isRedirect(fs.readFileSync(path.join(output, file), "utf8")))
          .map((file) => abs(urlOfFile(file)));
        assert.deepEqual([...listed].sort(), [...pages].sort());
        assert.equal(new Set(listed).size, listed.length, "each page once");
        assert.equal(entries.find((entry) => entry.loc === abs(ARTICLE))?.lastmod, "2024-12-30");
        // The corrections page is dated by its newest correction: the seed archive has none, so it has no date.
        assert.equal(entries.find((entry) => entry.loc === abs("/corrections/"))?.lastmod, undefined);
        // The feeds page only explains, and no article changes it: it has no date either.
        assert.equal(entries.find((entry) => entry.loc === abs("/feeds/"))?.lastmod, undefined);
        const undated = new Set([abs("/corrections/"), abs("/feeds/")]);
        assert.ok(
          entries.filter((entry) => !undated.has(entry.loc)).every((entry) => entry.lastmod === "2024-12-30"),
          "dated from the article, not the clock",
        );
        assert.match(readPage(output, "/robots.txt"), new RegExp(`^Sitemap: ${abs("/sitemap.xml")}$`, "m"));
      });

      it("should give every indexable page an absolute canonical URL, OpenGraph and Twitter tags, and a description", () => {
        const output = sites.get(prefix)!.output;
        for (const file of htmlPages(output)) {
          const html = fs.readFileSync(path.join(output, file), "utf8");
          if (file === "404.html" || isRedirect(html)) continue;
          const page = parseHtml(html);
          const canonical = page.all("link").find((link) => attr(link, "rel") === "canonical");
          assert.equal(canonical && attr(canonical, "href"), abs(urlOfFile(file)), file);
          const meta = (key: string) => {
            const element = page.all("meta").find((m) => attr(m, "property") === key || attr(m, "name") === key);
            return element && attr(element, "content");
          };
          assert.equal(meta("og:url"), abs(urlOfFile(file)), file);
          for (const key of ["og:title", "og:description", "og:site_name", "twitter:card", "twitter:title", "description"]) {
            assert.ok(meta(key), `${file} has ${key}`);
          }
        }
        const notFound = parseHtml(readPage(output, "/404.html"));
        assert.ok(notFound.all("meta").some((m) => attr(m, "name") === "robots" && attr(m, "content") === "noindex"));
      });

      it("should describe the seed article as a NewsArticle in JSON-LD with its date, people and places", () => {
        const page = parseHtml(readPage(sites.get(prefix)!.output, ARTICLE));
        const scripts = page.all("script").filter((s) => attr(s, "type") === "application/ld+json");
        assert.equal(scripts.length, 1);
        const data = JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
        assert.equal(data["@context"], "https://schema.org");
        assert.equal(data["@type"], "NewsArticle");
        assert.equal(data.headline, TITLE);
        assert.equal(data.url, abs(ARTICLE));
        assert.equal(data.datePublished, "2024-12-30T00:00:00Z");
        assert.equal(data.dateModified, "2024-12-30T00:00:00Z");
        assert.deepEqual(data.publisher, { "@type": "NewsMediaOrganization", name: "AzerNews" });
        assert.deepEqual(
          (data.mentions as { "@type": string; name: string }[]).map((p) => `${p["@type"]}:${p.name}`),
          ["Person:Yalchin Rafiyev", "Person:Asaad Hassan al-Shaibani", "Person:Ilham Aliyev"],
        );
        assert.deepEqual(
          (data.contentLocation as { name: string }[]).map((p) => p.name),
          ["Azerbaijan", "Syria", "Türkiye", "Damascus"],
        );
        assert.equal(page.all("meta").find((m) => attr(m, "property") === "og:type")?.attrs.find((a) => a.name === "content")?.value, "article");
      });

      it("should file the article under its month, with year and month pages and an archive index with counts", () => {
        const output = sites.get(prefix)!.output;
        const article = parseHtml(readPage(output, ARTICLE));
        const monthLink = article.all("a").find((a) => attr(a, "href") === `${prefix}archive/2024/12/`);
        assert.equal(monthLink && textOf(monthLink), "December 2024");

        const index = parseHtml(readPage(output, "/archive/"));
        // The calendar: the year's row with its count, and the month's cell a link named with month, year and count.
        assert.match(index.text("main").replace(/\s+/g, " "), /2024 1 article/);
        const cell = index.all("a").find((a) => attr(a, "href") === `${prefix}archive/2024/12/`);
        assert.ok(cell, "December 2024 is a link in the calendar");
        assert.match(attr(cell, "aria-label") ?? textOf(cell), /December 2024: 1 article/);
        for (const url of ["/archive/2024/", "/archive/2024/12/"]) {
          const page = parseHtml(readPage(output, url));
          assert.ok(page.all("a").some((a) => attr(a, "href") === `${prefix}${ARTICLE.slice(1)}`), `${url} lists the article`);
        }
      });

      it("should link the article to its source page, listed on /sources/", () => {
        const output = sites.get(prefix)!.output;
        const hrefs = (url: string) => parseHtml(readPage(output, url)).all("a").map((a) => attr(a, "href"));
        assert.ok(hrefs(ARTICLE).includes(`${prefix}sources/azernews/`));
        assert.ok(hrefs("/sources/").includes(`${prefix}sources/azernews/`));
        assert.ok(hrefs("/sources/azernews/").includes(`${prefix}${ARTICLE.slice(1)}`));
      });

      it("should write the search bundle where the search page loads it from", () => {
        const output = sites.get(prefix)!.output;
        const page = parseHtml(readPage(output, "/search/"));
        const search = page.all("form").find((d) => attr(d, "id") === "search-form")!;
        assert.equal(attr(search, "data-bundle-path"), `${prefix}pagefind/`);
        assert.equal(attr(search, "data-base-url"), prefix);
        // One bundle per year of articles (src/search), listed in shards.json, which the search page reads first.
        const shards = JSON.parse(fs.readFileSync(path.join(output, "pagefind", "shards.json"), "utf8")) as { shards: { year: number; path: string }[] };
        assert.deepEqual(shards.shards.map((shard) => [shard.year, shard.path]), [[2024, "2024/"]]);
        for (const file of ["pagefind.js", "pagefind-entry.json"]) {
          assert.ok(fs.existsSync(path.join(output, "pagefind", "2024", file)), file);
        }
        const entry = JSON.parse(fs.readFileSync(path.join(output, "pagefind", "2024", "pagefind-entry.json"), "utf8")) as {
          languages: Record<string, { page_count: number }>;
        };
        assert.deepEqual(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]), [["en", 1]]);
        assert.match(page.text("main"), /You can still find every article by/, "a message for readers without JavaScript");
      });

      it("should cache every search shard's hashed chunks for a year, and its entry files and list not at all", () => {
        const output = sites.get(prefix)!.output;
        const headersFor = readHeadersFile(path.join(output, "_headers"));
        const chunks = listFiles(output).filter((file) => /^pagefind\/2024\/(fragment|index|filter)\//.test(file));
        assert.ok(chunks.length >= 3, "the shard has chunks of each kind");
        for (const file of chunks) assert.equal(headersFor(`${prefix}${file}`)["cache-control"], IMMUTABLE_CACHING.value, file);
        for (const file of ["pagefind/shards.json", "pagefind/2024/pagefind-entry.json", "pagefind/2024/pagefind.js", "search/index.html"]) {
          assert.equal(headersFor(`${prefix}${file}`)["cache-control"], undefined, file);
        }
      });
    });
  }

  it("should write nothing outside the prefix-independent file layout", () => {
    // The prefix changes URLs, never where files are: both builds hold the same files.
    const [plain, prefixed] = [...sites.values()].map((site) => listFiles(site.output).filter((f) => !f.startsWith("pagefind/")));
    assert.deepEqual(prefixed, plain);
  });
});
