/** A GitHub-flavoured Markdown article built by the real build: what reaches its page. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { gfmArticleBody, WIDE_COLUMNS } from "../helpers/gfm-article.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

const URL_PATH = "/articles/2025/04/election-count/";
const classes = (element: Parameters<typeof attr>[0]) => (attr(element, "class") ?? "").split(" ").filter(Boolean);

describe("a GFM article in the built site", () => {
  let site: BuildResult;
  let html: Html;
  before(() => {
    const input = writeContent(
      [{ path: "2025/04/election-count.md", frontMatter: { title: "The count is in", date: "2025-04-08", source: "Fictional Wire" }, body: gfmArticleBody() }],
      { "site.yaml": "title: Dateline\ndescription: A test archive.\nlanguage: en\nurl: https://news.example.org/\n" },
    );
    site = buildSite(input);
    assert.equal(site.status, 0, site.stderr);
    html = parseHtml(readPage(site.output, URL_PATH));
  });

  it("should print tables in focusable, named scrolling regions, alignment as classes", () => {
    const regions = html.all("div").filter((div) => classes(div).includes("table-scroll"));
    assert.deepEqual(
      regions.map((div) => [attr(div, "role"), attr(div, "aria-label"), attr(div, "tabindex")]),
      [
        ["region", "Table", "0"],
        ["region", "Table 2", "0"],
      ],
    );
    const [wide, seats] = regions.map((div) => elementsIn(div).filter((element) => element.tagName === "table"));
    assert.equal(wide!.length, 1);
    assert.deepEqual(elementsIn(wide![0]!).filter((e) => e.tagName === "th").map(textOf), WIDE_COLUMNS);
    assert.deepEqual(elementsIn(seats![0]!).filter((e) => e.tagName === "th").map((th) => classes(th)), [["align-left"], ["align-center"], ["align-right"]]);
    assert.ok(html.all("*").every((element) => attr(element, "align") === undefined), "no align attribute");
  });

  it("should print footnotes whose links and back links meet their ids, strikethrough, autolinks and named task boxes", () => {
    const refs = html.all("a").filter((a) => attr(a, "data-footnote-ref") !== undefined);
    assert.deepEqual(refs.map((a) => attr(a, "href")), ["#user-content-fn-commission", "#user-content-fn-2"]);
    const notes = html.all("li").filter((li) => attr(li, "id")?.startsWith("user-content-fn-"));
    assert.deepEqual(notes.map((li) => attr(li, "id")), ["user-content-fn-commission", "user-content-fn-2"]);
    const backs = html.all("a").filter((a) => attr(a, "data-footnote-backref") !== undefined).map((a) => attr(a, "href")!.slice(1));
    const ids = new Set(html.all("*").map((element) => attr(element, "id")));
    for (const target of backs) assert.ok(ids.has(target), `back link #${target} leads nowhere`);
    assert.equal(html.text("del"), "fell");
    assert.ok(html.all("a").some((a) => attr(a, "href") === "https://example.org/results"));
    const boxes = html.all("input");
    assert.deepEqual(
      boxes.map((input) => [attr(input, "type"), attr(input, "checked") !== undefined, attr(input, "disabled") !== undefined, attr(input, "aria-label")]),
      [
        ["checkbox", true, true, "Done"],
        ["checkbox", false, true, "To do"],
      ],
    );
  });

  it("should give h2 and h3 unique ids and a named link to each", () => {
    const body = html.all("div").find((div) => classes(div).includes("article__body"))!;
    const headings = elementsIn(body).filter((element) => (element.tagName === "h2" || element.tagName === "h3") && !classes(element).includes("sr-only"));
    assert.deepEqual(
      headings.map((h) => attr(h, "id")),
      ["user-content-results-by-region", "user-content-seats", "user-content-results-by-region-1", "user-content-что-дальше", "user-content-section-fn-1"],
    );
    for (const heading of headings) {
      const anchor = elementsIn(heading).find((element) => element.tagName === "a")!;
      assert.deepEqual(classes(anchor), ["heading-anchor"]);
      assert.equal(attr(anchor, "href"), `#${attr(heading, "id")}`);
      assert.match(attr(anchor, "aria-label") ?? "", /^Link to this section: \S/);
    }
    const all = html.all("*").map((element) => attr(element, "id")).filter(Boolean);
    assert.equal(new Set(all).size, all.length, "ids are unique on the page");
  });

  it("should pass html-validate, and every link on the site (fragments included) should lead somewhere", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    const result = crawl(site.output, { siteUrl: "https://news.example.org/" });
    assert.deepEqual(result.broken, []);
    assert.ok(result.checked > 10);
  });
});
