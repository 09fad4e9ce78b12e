import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { listFiles, readPage } from "../helpers/build-site.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { buildReaderSite, SEED_URL } from "../helpers/reader-site.ts";

let output: string;
let prefixed: string;
const page = (urlPath: string): Html => parseHtml(readPage(output, urlPath));
const byClass = (html: Html, tag: string, className: string) =>
  html.all(tag).filter((element) => (attr(element, "class") ?? "").split(" ").includes(className));

before(() => {
  output = buildReaderSite().output;
  prefixed = buildReaderSite({ pathPrefix: "/news/" }).output;
});

describe("reader aids in the built site", () => {
  it("should give every page exactly one h1, a skip link to main and a back-to-top link to the header", () => {
    const pages = listFiles(output).filter((file) => file.endsWith("index.html") || file === "404.html");
    let checked = 0;
    for (const file of pages) {
      const html = parseHtml(readPage(output, `/${file}`));
      if (html.all("meta").some((meta) => attr(meta, "http-equiv") === "refresh")) continue; // redirect stubs
      checked++;
      assert.equal(html.all("h1").length, 1, `${file}: one h1`);
      assert.ok(html.all("main").some((main) => attr(main, "id") === "main"), `${file}: main#main`);
      assert.ok(html.all("header").some((header) => attr(header, "id") === "top"), `${file}: header#top`);
      const backToTop = html.all("a").filter((a) => attr(a, "href") === "#top");
      assert.equal(backToTop.length, file === "404.html" ? 0 : 1, `${file}: back to top`);
    }
    assert.ok(checked > 30, `${checked} pages checked`);
  });

  it("should link an article to the articles before and after it, with rel prev and next", () => {
    const html = page("/articles/2025/01/invented-report-7/");
    const prev = html.all("a").find((a) => attr(a, "rel") === "prev")!;
    const next = html.all("a").find((a) => attr(a, "rel") === "next")!;
    // 8 January 2025 sits between 2 January (report 1) and 14 January (report 13).
    assert.equal(attr(prev, "href"), "/articles/2025/01/invented-report-1/");
    assert.equal(attr(next, "href"), "/articles/2025/01/invented-report-13/");
    assert.match(textOf(prev), /Previous article.*Invented report 1:.*2 January 2025/s);
    // The oldest article has only a next one.
    const seed = page(SEED_URL);
    assert.equal(seed.all("a").filter((a) => attr(a, "rel") === "prev").length, 0);
    assert.equal(seed.all("a").filter((a) => attr(a, "rel") === "next").length, 1);
  });

  it("should list the five related articles sharing most people and places, recent first among equals", () => {
    const html = page(SEED_URL);
    const list = byClass(html, "ol", "related__list")[0]!;
    const links = elementsIn(list).filter((element) => element.tagName === "a");
    assert.deepEqual(links.map((a) => attr(a, "href")), [
      "/articles/2025/04/invented-report-10/",
      "/articles/2025/03/rapport-en-francais/",
      "/articles/2025/03/invented-report-9/",
      "/articles/2025/03/invented-report-3/",
      "/articles/2025/01/invented-report-1/",
    ]);
    // A title in French is marked as French inside the English page.
    assert.equal(attr(links[1]!, "lang"), "fr");
    assert.match(textOf(list), /20 March 2025 · Also about: Yalchin Rafiyev · Syria/);
  });

  it("should draw a timeline with a summary and a table on the first page of a person and a country only", () => {
    const summaries: Record<string, RegExp> = {
      "/people/yalchin-rafiyev/": /^7 articles from December 2024 to April 2025; the busiest month was January 2025, with 3\.$/,
      // Syria has one article a month: no month is "the busiest".
      "/countries/syria/": /^4 articles from December 2024 to March 2025\.$/,
    };
    for (const url of Object.keys(summaries)) {
      const html = page(url);
      const svg = byClass(html, "svg", "timeline__chart")[0]!;
      assert.equal(attr(svg, "role"), "img", url);
      assert.equal(attr(svg, "aria-describedby"), "timeline-summary", url);
      const summary = html.all("p").find((p) => attr(p, "id") === "timeline-summary")!;
      assert.match(textOf(summary), summaries[url]!, url);
      assert.ok(byClass(html, "table", "data-table").length === 1, url);
    }
    const person = page("/people/yalchin-rafiyev/");
    const rows = elementsIn(byClass(person, "table", "data-table")[0]!).filter((e) => e.tagName === "tr");
    // Header row plus December 2024, January, March and April 2025 (February has none).
    assert.deepEqual(rows.slice(1).map((row) => textOf(row)), ["December 20241", "January 20253", "March 20251", "April 20252"]);
    assert.equal(page("/people/yalchin-rafiyev/page/2/").all("svg").length, 0);
  });

  it("should draw the world map on /countries/ with every country with articles linked, and a table beside it", () => {
    const html = page("/countries/");
    const svg = byClass(html, "svg", "world-map__svg")[0]!;
    // One link per country in each of the map's two marker sets (phone and wide screens), of which CSS shows one.
    const mapLinks = elementsIn(byClass(html, "g", "world-map__markers--wide")[0]!).filter((element) => element.tagName === "a");
    assert.equal(elementsIn(byClass(html, "g", "world-map__markers--narrow")[0]!).filter((element) => element.tagName === "a").length, mapLinks.length);
    assert.ok(elementsIn(svg).includes(mapLinks[0]!));
    assert.deepEqual(mapLinks.map((a) => attr(a, "href")).sort(), [
      "/countries/azerbaijan/", "/countries/brazil/", "/countries/georgia/", "/countries/japan/",
      "/countries/kenya/", "/countries/syria/", "/countries/turkiye/",
    ]);
    const table = byClass(html, "table", "data-table")[0]!;
    const cells = elementsIn(table).filter((e) => e.tagName === "tr").slice(1).map((row) => textOf(row).trim());
    assert.equal(cells.length, 7);
    assert.match(cells[0]!, /Syria\s*4$/);
    const region = byClass(html, "div", "world__table")[0]!;
    assert.equal(attr(region, "role"), "region");
    assert.equal(attr(region, "tabindex"), "0");
    const countriesPage = readPage(output, "/countries/");
    assert.ok(countriesPage.length < 80_000, `/countries/ is ${countriesPage.length} bytes`);
  });

  it("should start every map link, chart and navigation link with the path prefix", () => {
    const countries = parseHtml(readPage(prefixed, "/countries/"));
    const hrefs = countries.all("a").map((a) => attr(a, "href") ?? "").filter((href) => href.startsWith("/"));
    assert.ok(hrefs.length > 20);
    assert.deepEqual(hrefs.filter((href) => !href.startsWith("/news/")), []);
    const article = parseHtml(readPage(prefixed, SEED_URL));
    const related = article.all("a").map((a) => attr(a, "href") ?? "").filter((href) => href.includes("/articles/"));
    assert.ok(related.length >= 6 && related.every((href) => href.startsWith("/news/articles/")));
  });
});
