import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

/**
 * Ann Lee is mentioned in five articles over 2023 and 2025 (none in 2024),
 * more than a page of two holds: her years get lists. Bo Chen's two articles
 * fit on one page: no lists.
 */
const ARTICLES: FixtureArticle[] = [
  ["2025/03/a.md", "2025-03-01", ["Ann Lee"]],
  ["2025/02/b.md", "2025-02-01", ["Ann Lee", "Bo Chen"]],
  ["2025/01/c.md", "2025-01-01", ["Ann Lee"]],
  ["2023/06/d.md", "2023-06-01", ["Ann Lee"]],
  ["2023/05/e.md", "2023-05-01", ["Ann Lee", "Bo Chen"]],
].map(([file, date, people]) => ({
  path: file as string,
  frontMatter: { title: `Report ${(file as string).slice(8, 9)}`, date, source: "Wire", people, places: ["Syria"] },
}));
const SITE = "title: Years\nurl: https://example.org\npageSize: 2\n";

let output: string;
let prefixed: string;
const page = (site: string, urlPath: string): Html => parseHtml(readPage(site, urlPath));
const titles = (html: Html) => html.all("*").filter((e) => attr(e, "class") === "article-item__title").map((e) => textOf(e).trim());
/** The first element of `tag` with class `className`, and the elements of `tag` inside it. */
const byClass = (html: Html, tag: string, className: string) => html.all(tag).find((element) => attr(element, "class") === className)!;
const inside = (element: ReturnType<typeof byClass>, tag: string) => elementsIn(element).filter((child) => child.tagName === tag);
const words = (node: ReturnType<typeof byClass>) => textOf(node).replace(/\s+/g, " ").trim();

before(() => {
  const content = writeContent(ARTICLES, { "site.yaml": SITE });
  const plain = buildSite(content);
  assert.equal(plain.status, 0, plain.stderr);
  output = plain.output;
  const withPrefix = buildSite(content, { pathPrefix: "/news/" });
  assert.equal(withPrefix.status, 0, withPrefix.stderr);
  prefixed = withPrefix.output;
});

describe("an entity's articles year by year", () => {
  it("should make a paginated list for each year with articles, and none for an empty year", () => {
    assert.deepEqual(titles(page(output, "/people/ann-lee/2025/")), ["Report a", "Report b"]);
    assert.deepEqual(titles(page(output, "/people/ann-lee/2025/page/2/")), ["Report c"]);
    assert.deepEqual(titles(page(output, "/people/ann-lee/2023/")), ["Report d", "Report e"]);
    assert.ok(!fs.existsSync(path.join(output, "people/ann-lee/2024")), "no page for a year without articles");
    assert.ok(!fs.existsSync(path.join(output, "people/ann-lee/2023/page/2")), "no second page for a year that fits on one");
    for (const base of ["countries/syria", "sources/wire"]) {
      assert.ok(fs.existsSync(path.join(output, base, "2025/page/2/index.html")), `${base}/2025/page/2/`);
    }
  });

  it("should make no year lists for an entity whose articles fit on one page", () => {
    assert.ok(!fs.readdirSync(path.join(output, "people/bo-chen")).some((name) => /^\d{4}$/.test(name)));
    const strip = byClass(page(output, "/people/bo-chen/"), "ol", "timeline__years");
    assert.deepEqual(inside(strip, "li").map(words), ["2023 1 1 article", "2024 0 0 articles", "2025 1 1 article"]);
    assert.deepEqual(inside(strip, "a"), [], "its years are on its own page");
  });

  it("should title a year's list, lead back to the entity by breadcrumbs and switch between its years with counts", () => {
    const html = page(output, "/people/ann-lee/2025/");
    assert.match(html.all("title").map(textOf)[0]!, /^Ann Lee in 2025 · Years/);
    assert.equal(textOf(html.all("h1")[0]!).trim(), "Ann Lee in 2025");
    assert.deepEqual(inside(byClass(html, "nav", "breadcrumbs"), "a").map((a) => attr(a, "href")), ["/", "/people/", "/people/ann-lee/"]);
    const years = inside(byClass(html, "nav", "year-switcher"), "a");
    assert.deepEqual(years.map((a) => [attr(a, "href"), words(a), attr(a, "aria-current")]), [
      ["/people/ann-lee/2023/", "2023 2 2 articles", undefined],
      ["/people/ann-lee/2025/", "2025 3 3 articles", "page"],
    ]);
  });

  it("should link each year under the entity's timeline to its list, with the same count", () => {
    const html = page(output, "/people/ann-lee/");
    const strip = byClass(html, "ol", "timeline__years");
    // Each year's count, as text under the chart (the number, then the words for a screen reader).
    assert.deepEqual(inside(strip, "li").map(words), ["2023 2 2 articles", "2024 0 0 articles", "2025 3 3 articles"]);
    assert.deepEqual(inside(strip, "a").map((a) => attr(a, "href")), ["/people/ann-lee/2023/", "/people/ann-lee/2025/"], "an empty year is no link");
  });

  it("should put every year list in the sitemap", () => {
    const sitemap = fs.readFileSync(path.join(output, "sitemap.xml"), "utf8");
    for (const url of ["/people/ann-lee/2023/", "/people/ann-lee/2025/page/2/", "/countries/syria/2025/", "/sources/wire/2023/"]) {
      assert.ok(sitemap.includes(`<loc>https://example.org${url}</loc>`), url);
    }
  });

  it("should write every link under the path prefix, and leave no link broken", () => {
    const html = page(prefixed, "/people/ann-lee/2025/");
    const links = html.all("a").map((a) => attr(a, "href") ?? "").filter((href) => href.startsWith("/"));
    assert.ok(links.includes("/news/people/ann-lee/2023/"));
    assert.ok(links.includes("/news/people/ann-lee/2025/page/2/"));
    assert.deepEqual(links.filter((href) => !href.startsWith("/news/")), []);
    assert.deepEqual(crawl(prefixed, { prefix: "/news/", siteUrl: "https://example.org" }).broken, []);
  });

  it("should lead back home by breadcrumbs from the countries and sources indexes", () => {
    for (const [url, name] of [["/countries/", "Countries"], ["/sources/", "Sources"]] as const) {
      const crumbs = byClass(page(output, url), "nav", "breadcrumbs");
      assert.deepEqual(inside(crumbs, "a").map((a) => attr(a, "href")), ["/"], url);
      assert.equal(words(inside(crumbs, "span").find((span) => attr(span, "aria-current") === "page")!), name);
    }
  });

  it("should be valid HTML", async () => {
    assert.deepEqual(await htmlErrors(output), []);
  });
});

describe("an archive with no articles", () => {
  it("should build with no year lists", () => {
    const empty = buildSite(writeContent([], { "site.yaml": SITE }), { args: ["--allow-empty"] });
    assert.equal(empty.status, 0, empty.stderr);
    const people = fs.existsSync(path.join(empty.output, "people")) ? fs.readdirSync(path.join(empty.output, "people")) : [];
    assert.deepEqual(people.filter((name) => name !== "index.html"), []);
  });
});

