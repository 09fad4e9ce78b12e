import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as urls from "../../src/archive/urls.ts";
import {
  ARCHIVE_INDEX_URL,
  articleUrl,
  COUNTRIES_URL,
  countryUrl,
  feedUrl,
  jsonFeedUrl,
  HOME_URL,
  indexFile,
  monthFolder,
  monthUrl,
  NOT_FOUND_URL,
  pageUrl,
  PEOPLE_URL,
  personUrl,
  ROBOTS_URL,
  SEARCH_URL,
  SITE_FEED_URL,
  SITE_JSON_FEED_URL,
  SITEMAP_URL,
  SOURCES_URL,
  sourceUrl,
  yearUrl,
} from "../../src/archive/urls.ts";
import { slugifyName } from "../../src/entities/slug.ts";
import { archiveOf } from "../helpers/archive-of.ts";

describe("urls", () => {
  it("should export the URL makers and fixed URLs, and nothing else", () => {
    assert.deepEqual(Object.keys(urls).sort(), [
      "ARCHIVE_INDEX_URL",
      "ARTICLES_FOLDER_URL",
      "CORRECTIONS_FEED_URL",
      "CORRECTIONS_URL",
      "COUNTRIES_URL",
      "DATA_URL",
      "FEEDS_URL",
      "FLAGS_URL",
      "HEADERS_FILE_URL",
      "HOME_PAGES_URL",
      "HOME_URL",
      "IMAGES_URL",
      "NEWS_SITEMAP_URL",
      "NOT_FOUND_URL",
      "PEOPLE_URL",
      "REDIRECTS_FILE_URL",
      "RESERVED_FOLDERS",
      "ROBOTS_URL",
      "SEARCH_INDEX_URL",
      "SEARCH_URL",
      "SITEMAP_URL",
      "SITE_FEED_URL",
      "SITE_JSON_FEED_URL",
      "SOURCES_URL",
      "THEME_STYLESHEET_URL",
      "articleIdOf",
      "articleUrl",
      "contentPageUrl",
      "correctionId",
      "correctionUrl",
      "countryUrl",
      "dataFileUrl",
      "entityYearUrl",
      "feedUrl",
      "flagUrl",
      "fromArticlePage",
      "imageUrl",
      "indexFile",
      "jsonFeedUrl",
      "monthFolder",
      "monthUrl",
      "pageUrl",
      "personUrl",
      "reservedFolderOf",
      "sourceUrl",
      "yearUrl",
    ]);
  });

  it("should put a page of the site's own at its path's segments, and the accent stylesheet at /theme.css", () => {
    assert.equal(urls.contentPageUrl(["about"]), "/about/");
    assert.equal(urls.contentPageUrl(["press", "contact"]), "/press/contact/");
    assert.equal(urls.THEME_STYLESHEET_URL, "/theme.css");
  });

  it("should spell the fixed pages as the public contract says", () => {
    assert.equal(HOME_URL, "/");
    assert.equal(PEOPLE_URL, "/people/");
    assert.equal(COUNTRIES_URL, "/countries/");
    assert.equal(SOURCES_URL, "/sources/");
    assert.equal(ARCHIVE_INDEX_URL, "/archive/");
    assert.equal(SEARCH_URL, "/search/");
    assert.equal(SITE_FEED_URL, "/feed.xml");
    assert.equal(SITEMAP_URL, "/sitemap.xml");
    assert.equal(ROBOTS_URL, "/robots.txt");
    assert.equal(NOT_FOUND_URL, "/404.html");
    assert.equal(urls.CORRECTIONS_URL, "/corrections/");
    assert.equal(urls.CORRECTIONS_FEED_URL, urls.feedUrl(urls.CORRECTIONS_URL));
    assert.equal(urls.REDIRECTS_FILE_URL, "/_redirects");
  });

  it("should make a correction's fragment from its day and number, on its article's page", () => {
    assert.equal(urls.correctionId("2025-01-02", 2), "correction-2025-01-02-2");
    assert.equal(urls.correctionUrl("/articles/2025/01/x/", "correction-2025-01-02-1"), "/articles/2025/01/x/#correction-2025-01-02-1");
  });

  it("should make entity pages from plain slugs", () => {
    assert.equal(personUrl("yalchin-rafiyev"), "/people/yalchin-rafiyev/");
    assert.equal(countryUrl("syria"), "/countries/syria/");
    assert.equal(sourceUrl("azernews"), "/sources/azernews/");
  });

  it("should make entity pages from the slugs of names with special characters", () => {
    assert.equal(personUrl(slugifyName("İlham Əliyev")), "/people/ilham-aliyev/");
    assert.equal(personUrl(slugifyName("李强")), "/people/li-qiang/");
    assert.equal(countryUrl(slugifyName("Türkiye")), "/countries/turkiye/");
    assert.equal(countryUrl(slugifyName("Côte d’Ivoire")), "/countries/cote-d-ivoire/");
    assert.equal(sourceUrl(slugifyName("Le Monde (édition)")), "/sources/le-monde-edition/");
  });

  it("should put a slug in as given: escaping is the slug's job, not the URL's", () => {
    assert.equal(personUrl("ann-lee-2"), "/people/ann-lee-2/");
    assert.equal(personUrl("a%20b"), "/people/a%20b/");
  });

  it("should file an article under its year and two-digit month", () => {
    assert.equal(monthFolder(2024, 3), "2024/03");
    assert.equal(monthFolder(2024, 12), "2024/12");
    assert.equal(articleUrl(2024, 12, "azerbaijani-delegation-in-damascus"), "/articles/2024/12/azerbaijani-delegation-in-damascus/");
    assert.equal(articleUrl(2025, 1, "page-2"), "/articles/2025/01/page-2/");
  });

  it("should make date archive pages with four-digit years and two-digit months", () => {
    assert.equal(yearUrl(2024), "/archive/2024/");
    assert.equal(monthUrl(2024, 3), "/archive/2024/03/");
    assert.equal(monthUrl(2024, 12), "/archive/2024/12/");
  });

  it("should put a page's feed inside its folder, with or without the trailing slash", () => {
    assert.equal(feedUrl("/people/yalchin-rafiyev/"), "/people/yalchin-rafiyev/feed.xml");
    assert.equal(feedUrl("/countries/turkiye"), "/countries/turkiye/feed.xml");
    assert.equal(feedUrl(HOME_URL), SITE_FEED_URL);
  });

  it("should keep page 1 at the list's own URL and put page n under page/n/", () => {
    assert.equal(pageUrl("/", 1), "/");
    assert.equal(pageUrl("/", 2), "/page/2/");
    assert.equal(pageUrl("/people/ann-lee/", 1), "/people/ann-lee/");
    assert.equal(pageUrl("/people/ann-lee/", 12), "/people/ann-lee/page/12/");
    assert.equal(pageUrl("/archive/2024/12/", 3), "/archive/2024/12/page/3/");
  });

  it("should write a folder URL to its index.html", () => {
    assert.equal(indexFile("/"), "/index.html");
    assert.equal(indexFile("/people/"), "/people/index.html");
    assert.equal(indexFile("/people/ann-lee/page/2/"), "/people/ann-lee/page/2/index.html");
  });

  it("should be where every URL of a built archive comes from", () => {
    const archive = archiveOf(
      [
        { title: "One", date: "2024-12-30", people: ["İlham Əliyev", "Ilham Aliyev"], places: ["Türkiye", "Turkey"], source: "Le Monde" },
        { title: "Two", date: "2024-11-02", people: ["Ilham Aliyev"], places: ["Syria"], source: "Le Monde" },
        { title: "Three", date: "2024-11-01", people: ["Ilham Aliyev"], source: "AzerNews" },
      ],
      { site: { pageSize: 2 } },
    );
    const person = archive.people.find((p) => p.name === "Ilham Aliyev")!;
    assert.equal(person.url, personUrl(person.slug));
    assert.deepEqual(archive.countries.map((c) => c.url), archive.countries.map((c) => countryUrl(c.slug)));
    assert.deepEqual(archive.sources.map((s) => s.url), archive.sources.map((s) => sourceUrl(s.slug)));
    assert.deepEqual(archive.articles.map((a) => a.url), [
      articleUrl(2024, 12, "one"),
      articleUrl(2024, 11, "two"),
      articleUrl(2024, 11, "three"),
    ]);
    assert.deepEqual(archive.homePages.map((p) => p.url), [HOME_URL, pageUrl(HOME_URL, 2)]);
    assert.deepEqual(
      archive.personPages.filter((p) => p.entity === person).map((p) => p.page.url),
      [person.url, pageUrl(person.url, 2)],
    );
    assert.deepEqual(archive.years.map((y) => y.url), [yearUrl(2024)]);
    assert.deepEqual(archive.years[0]!.months.map((m) => m.url), [monthUrl(2024, 11), monthUrl(2024, 12)]);
    assert.equal(archive.feeds[0]!.url, SITE_FEED_URL);
    assert.ok(archive.feeds.slice(1).every((feed) => feed.url === feedUrl(feed.pageUrl)));
    assert.equal(archive.feeds[0]!.jsonUrl, SITE_JSON_FEED_URL);
    assert.ok(archive.feeds.slice(1).every((feed) => feed.jsonUrl === jsonFeedUrl(feed.pageUrl)));
    assert.deepEqual(
      archive.redirects.map((r) => [r.from, r.to]),
      [[countryUrl(slugifyName("Turkey")), countryUrl(slugifyName("Türkiye"))]],
    );
  });
});

describe("open-data URLs", () => {
  it("should put the open-data files in /data/ and make an article's id its path under /articles/", () => {
    assert.equal(urls.dataFileUrl("articles", "json"), "/data/articles.json");
    assert.equal(urls.dataFileUrl("people", "csv"), "/data/people.csv");
    assert.equal(urls.dataFileUrl("sources", "schema.json"), "/data/sources.schema.json");
    assert.equal(urls.articleIdOf(articleUrl(2024, 12, "forum-in-baku")), "2024/12/forum-in-baku");
  });
});

describe("reserved folders", () => {
  it("should hold every folder of generated pages and non-page outputs, each a folder", () => {
    assert.ok(urls.RESERVED_FOLDERS.every((folder) => folder.startsWith("/") && folder.endsWith("/") && folder !== "/"));
    for (const url of [urls.pageUrl(HOME_URL, 2), urls.personUrl("x"), urls.countryUrl("x"), urls.sourceUrl("x"), urls.yearUrl(2024), urls.SEARCH_URL, urls.CORRECTIONS_URL, urls.SEARCH_INDEX_URL, `${urls.IMAGES_URL}a/`, urls.DATA_URL, urls.dataFileUrl("articles", "json")]) {
      assert.ok(urls.reservedFolderOf(url), url);
    }
  });

  it("should leave article folders and other paths free", () => {
    for (const url of [articleUrl(2024, 12, "x"), "/news/2019/x/", "/pages/", "/peoples/x/", "/imgs/"]) assert.equal(urls.reservedFolderOf(url), undefined, url);
  });
});
