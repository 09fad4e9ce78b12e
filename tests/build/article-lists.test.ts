/**
 * Lists a reader can scan, in the built site: compact items (who and where,
 * a thumbnail when there is a lead photo), lists split by month under
 * headings that keep the heading order, the date archive as a calendar, and
 * month pages linked to their neighbours.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { PHOTO_SITE_NOW, writePhotoSite } from "../helpers/photo-site.ts";
import { buildReaderSite } from "../helpers/reader-site.ts";

let output: string;
let photos: string;
const page = (urlPath: string, site = output): Html => parseHtml(readPage(site, urlPath));
const byClass = (html: Html, tag: string, className: string) => html.all(tag).filter((element) => (attr(element, "class") ?? "").split(" ").includes(className));

before(async () => {
  output = buildReaderSite().output;
  const { input } = await writePhotoSite();
  const built = buildSite(input, { pathPrefix: "/news/", args: [`--now=${PHOTO_SITE_NOW}`] });
  assert.equal(built.status, 0, built.stderr);
  photos = built.output;
});

/** The month folders of the built date archive, oldest first (`2025/01`). */
function monthsWithArticles(): string[] {
  const root = path.join(output, "archive");
  return fs
    .readdirSync(root)
    .filter((year) => /^\d{4}$/.test(year))
    .flatMap((year) => fs.readdirSync(path.join(root, year)).filter((month) => /^\d\d$/.test(month)).map((month) => `${year}/${month}`))
    .sort();
}

describe("article list items", () => {
  it("should show the first three people and places as plain text and count the rest", () => {
    // The seed is the oldest article: on the home page's last page.
    const last = fs.readdirSync(path.join(output, "page")).map(Number).sort((a, b) => b - a)[0];
    const item = byClass(page(`/page/${last}/`), "li", "article-item").find((li) => textOf(li).includes("Azerbaijani delegation visits Damascus"));
    assert.ok(item, "the seed article is listed");
    const mentions = elementsIn(item).find((element) => attr(element, "class") === "article-item__mentions")!;
    // The seed names three people and four places: three shown, four counted.
    assert.equal(textOf(mentions), " · Mentions: Yalchin Rafiyev, Asaad Hassan al-Shaibani, Ilham Aliyev +4 more");
    assert.equal(elementsIn(mentions).filter((element) => element.tagName === "a").length, 0, "plain text: the article links them");
    assert.equal(elementsIn(item).filter((element) => element.tagName === "a").length, 1, "one link per item, the headline");
  });

  it("should show a lead photo's thumbnail with its size, lazily, without a second text alternative", () => {
    const thumbs = page("/", photos).all("img").filter((img) => attr(img, "class") === "article-item__thumb");
    assert.equal(thumbs.length, 1, "only the article with a lead photo has one");
    const [thumb] = thumbs;
    assert.equal(attr(thumb!, "alt"), "");
    assert.equal(attr(thumb!, "loading"), "lazy");
    assert.match(attr(thumb!, "src")!, /^\/news\/img\/.+-320\.jpe?g$/);
    assert.equal(attr(thumb!, "width"), "320");
    assert.ok(Number(attr(thumb!, "height")) > 0);
    assert.ok(fs.existsSync(path.join(photos, attr(thumb!, "src")!.replace(/^\/news\//, ""))), "the file exists");
  });
});

describe("month headings in lists", () => {
  it("should split the home page into one list per month under h2 headings, titles at h3", () => {
    const html = page("/");
    const headings = byClass(html, "h2", "article-months__heading");
    assert.ok(headings.length >= 1);
    const lists = byClass(html, "ol", "article-list");
    assert.equal(lists.length, headings.length);
    lists.forEach((list, index) => assert.equal(attr(list, "aria-labelledby"), attr(headings[index]!, "id"), "each list is named by its month"));
    assert.match(textOf(headings[0]!), /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    assert.ok(byClass(html, "h3", "article-item__title").length > 0);
    assert.equal(byClass(html, "h2", "article-item__title").length, 0);
  });

  it("should put month headings at h3 and titles at h4 under an entity page's h2, and none on a month's own page", () => {
    const person = page("/people/yalchin-rafiyev/");
    assert.ok(byClass(person, "h3", "article-months__heading").length >= 1);
    assert.ok(byClass(person, "h4", "article-item__title").length >= 1);
    const [first] = monthsWithArticles();
    const month = page(`/archive/${first}/`);
    assert.equal(byClass(month, "*", "article-months__heading").length, 0);
    assert.ok(byClass(month, "h3", "article-item__title").length >= 1);
  });
});

describe("the date archive", () => {
  it("should draw /archive/ as a years × months table, each month with articles a named link to its page", () => {
    const html = page("/archive/");
    const table = html.all("table")[0]!;
    assert.ok(table, "a table");
    assert.equal(html.all("th").filter((th) => attr(th, "scope") === "col").length, 13, "a year column and twelve months");
    const links = html.all("a").filter((a) => /^\/archive\/\d{4}\/\d\d\/$/.test(attr(a, "href") ?? ""));
    assert.equal(links.length, monthsWithArticles().length);
    for (const link of links) {
      const label = attr(link, "aria-label")!;
      assert.match(label, /^[A-Z][a-z]+ \d{4}: \d+ articles?$/);
      assert.equal(label.split(": ")[1]!.split(" ")[0], textOf(link), "the visible count is in the name");
    }
    const region = html.all("div").find((div) => attr(div, "class") === "calendar")!;
    assert.equal(attr(region, "role"), "region");
    assert.equal(attr(region, "tabindex"), "0", "a keyboard can scroll it on a phone");
  });

  it("should show a year's twelve months on its page, the empty ones without a link", () => {
    const [first] = monthsWithArticles();
    const year = first!.split("/")[0];
    const grid = page(`/archive/${year}/`).all("ol").find((ol) => attr(ol, "class") === "month-grid")!;
    const items = grid.childNodes.filter((child) => "tagName" in child && child.tagName === "li");
    assert.equal(items.length, 12);
    const linked = elementsIn(grid).filter((element) => element.tagName === "a").map((a) => attr(a, "href"));
    assert.deepEqual(linked, monthsWithArticles().filter((month) => month.startsWith(`${year}/`)).map((month) => `/archive/${month}/`));
  });

  it("should link each month page to the nearest older and newer months that hold articles", () => {
    const months = monthsWithArticles();
    assert.ok(months.length >= 3, months.join(" "));
    months.forEach((month, index) => {
      const links = page(`/archive/${month}/`).all("a");
      const prev = links.find((a) => attr(a, "rel") === "prev" && (attr(a, "href") ?? "").match(/^\/archive\/\d{4}\/\d\d\/$/));
      const next = links.find((a) => attr(a, "rel") === "next" && (attr(a, "href") ?? "").match(/^\/archive\/\d{4}\/\d\d\/$/));
      assert.equal(prev && attr(prev, "href"), index > 0 ? `/archive/${months[index - 1]}/` : undefined, `${month}: older`);
      assert.equal(next && attr(next, "href"), index < months.length - 1 ? `/archive/${months[index + 1]}/` : undefined, `${month}: newer`);
    });
  });
});
