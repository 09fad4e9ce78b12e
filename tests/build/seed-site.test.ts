import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { attr, parseHtml, textOf } from "../helpers/html.ts";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { PROJECT_CONTENT } from "../helpers/fixture.ts";

const ARTICLE = "/articles/2024/12/azerbaijani-delegation-visits-damascus/";
const ENTITY_PAGES = [
  "/people/yalchin-rafiyev/",
  "/people/ilham-aliyev/",
  "/people/asaad-hassan-al-shaibani/",
  "/countries/azerbaijan/",
  "/countries/syria/",
  "/countries/turkiye/",
];

function links(html: string): string[] {
  return parseHtml(html)
    .all("a")
    .map((a) => attr(a, "href") ?? "");
}

describe("the seed archive", () => {
  let site: BuildResult;
  before(() => {
    // Built in Los Angeles time: a date-only value must not slide to the day before.
    site = buildSite(PROJECT_CONTENT, { env: { TZ: "America/Los_Angeles" } });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should list the seed article on the home page", () => {
    const home = readPage(site.output, "/");
    assert.ok(links(home).includes(ARTICLE));
    assert.match(parseHtml(home).text("h1"), /Latest articles/);
  });

  it("should show the article's headline, date as written, source and body", () => {
    const page = parseHtml(readPage(site.output, ARTICLE));
    assert.match(page.text("h1"), /Azerbaijani delegation visits Damascus/);
    const time = page.all("time")[0]!;
    assert.equal(attr(time, "datetime"), "2024-12-30");
    assert.equal(textOf(time), "30 December 2024");
    assert.match(textOf(page.all("article")[0]!), /reopen the Azerbaijani Embassy in Damascus/);
    assert.ok(links(readPage(site.output, ARTICLE)).includes("/sources/azernews/"));
  });

  it("should link the article to every person and country page, and each page back to it", () => {
    const articleLinks = links(readPage(site.output, ARTICLE));
    for (const url of ENTITY_PAGES) {
      assert.ok(articleLinks.includes(url), `article links to ${url}`);
      assert.ok(links(readPage(site.output, url)).includes(ARTICLE), `${url} links to the article`);
    }
  });

  it("should put Syria's foreign minister under his canonical name, whatever the article's spelling", () => {
    const page = parseHtml(readPage(site.output, "/people/asaad-hassan-al-shaibani/"));
    assert.equal(page.text("h1"), "Asaad Hassan al-Shaibani");
    assert.match(readPage(site.output, "/people/asaad-hassan-al-shaibani/"), /Assad Hassan Al-Shibani/);
    assert.match(readPage(site.output, "/people/assad-hassan-al-shibani/"), /http-equiv="refresh" content="0; url=\/people\/asaad-hassan-al-shaibani\/"/);
  });

  it("should show Turkiye as Türkiye, at /countries/turkiye/", () => {
    assert.match(parseHtml(readPage(site.output, "/countries/turkiye/")).text("h1"), /Türkiye/);
  });

  it("should list people and countries A to Z with counts", () => {
    const people = readPage(site.output, "/people/");
    for (const url of ENTITY_PAGES.filter((u) => u.startsWith("/people/"))) assert.ok(links(people).includes(url));
    assert.match(textOf(parseHtml(people).all("main")[0]!), /Ilham Aliyev\s+1 article/);
    const countries = links(readPage(site.output, "/countries/"));
    for (const url of ENTITY_PAGES.filter((u) => u.startsWith("/countries/"))) assert.ok(countries.includes(url));
  });

  it("should write a 404 page and copy the stylesheet", () => {
    assert.match(readPage(site.output, "/404.html"), /Page not found/);
    assert.match(readPage(site.output, "/styles.css"), /prefers-color-scheme: dark/);
  });
});

describe("a build with a path prefix", () => {
  it("should prefix every internal link and asset", () => {
    const site = buildSite(PROJECT_CONTENT, { pathPrefix: "/news/" });
    assert.equal(site.status, 0, site.stderr);
    const html = readPage(site.output, ARTICLE);
    const hrefs = [...links(html), ...parseHtml(html).all("link").map((l) => attr(l, "href") ?? "")];
    const internal = hrefs.filter((href) => href.startsWith("/"));
    assert.ok(internal.length > 10);
    for (const href of internal) assert.ok(href.startsWith("/news/"), href);
  });
});
