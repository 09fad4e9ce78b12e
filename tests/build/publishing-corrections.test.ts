import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

const SITE_URL = "https://archive.example.org";
const PREFIX = "/news/";
const abs = (url: string) => `${SITE_URL}${PREFIX}${url.replace(/^\//, "")}`;
const TALKS = "/articles/2024/12/talks/";
const FORUM = "/articles/2024/11/forum/";
const PLAIN = "/articles/2024/12/plain/";

/** Two corrected articles (one also updated, after its correction) and one without corrections. */
function content(): string {
  return writeContent(
    [
      {
        path: "2024/12/talks.md",
        frontMatter: {
          title: "Talks resume in Damascus",
          date: "2024-12-30",
          source: "Example Wire",
          corrections: [
            { date: "2025-01-02", text: "An earlier version gave the wrong day for the talks." },
            { date: "2025-01-05", text: "The minister's title was <b>corrected</b> & clarified." },
          ],
        },
      },
      {
        path: "2024/11/forum.md",
        frontMatter: {
          title: "Forum opens in Baku",
          date: "2024-11-20",
          updated: "2025-01-10",
          source: "Example Wire",
          corrections: [{ date: "2025-01-03", text: "The forum's host city was misspelled." }],
        },
      },
      { path: "2024/12/plain.md", frontMatter: { title: "A plain report", date: "2024-12-31", source: "Example Wire" } },
    ],
    { "site.yaml": `title: Example Archive\nurl: ${SITE_URL}\n` },
  );
}

function feedAt(output: string, url: string) {
  const text = readPage(output, url);
  assert.equal(XMLValidator.validate(text), true, `${url} is well-formed XML`);
  return { text, feed: parseFeed(text) };
}

function jsonLd(output: string, url: string): Record<string, unknown> {
  const script = parseHtml(readPage(output, url)).all("script").find((s) => attr(s, "type") === "application/ld+json")!;
  return JSON.parse(textOf(script)) as Record<string, unknown>;
}

describe("publishing corrections", () => {
  let site: BuildResult;
  before(() => {
    site = buildSite(content(), { pathPrefix: PREFIX });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should print a dated notice at the top of a corrected article, newest first, its text escaped", () => {
    const html = readPage(site.output, TALKS);
    const page = parseHtml(html);
    const aside = page.all("aside").find((a) => attr(a, "class") === "corrections");
    assert.ok(aside, "the notice");
    assert.equal(attr(aside, "aria-label"), "Corrections");
    const text = textOf(aside).replace(/\s+/g, " ").trim();
    assert.equal(
      text,
      "Correction, 5 January 2025: The minister's title was <b>corrected</b> & clarified. Correction, 2 January 2025: An earlier version gave the wrong day for the talks.",
    );
    assert.ok(html.includes("&lt;b&gt;corrected&lt;/b&gt; &amp; clarified"), "escaped");
    const times = page.all("time").filter((t) => attr(t, "datetime")?.startsWith("2025-01-0"));
    assert.deepEqual(times.map((t) => attr(t, "datetime")), ["2025-01-05", "2025-01-02"]);
    assert.ok(html.indexOf('class="corrections"') < html.indexOf('class="article__title"'), "above the headline");
    assert.ok(!readPage(site.output, PLAIN).includes('class="corrections"'), "no notice without corrections");
  });

  it("should list every correction newest first on /corrections/, linked from the footer of every page", () => {
    const page = parseHtml(readPage(site.output, "/corrections/"));
    const items = page.all("li").filter((li) => attr(li, "class") === "corrections-list__item");
    assert.deepEqual(
      items.map((li) => textOf(li).replace(/\s+/g, " ").trim()),
      [
        "Talks resume in Damascus Correction, 5 January 2025: The minister's title was <b>corrected</b> & clarified.",
        "Forum opens in Baku Correction, 3 January 2025: The forum's host city was misspelled.",
        "Talks resume in Damascus Correction, 2 January 2025: An earlier version gave the wrong day for the talks.",
      ],
    );
    assert.deepEqual(
      page.all("a").filter((a) => attr(a, "href")?.includes("#correction-")).map((a) => attr(a, "href")),
      [`${PREFIX}articles/2024/12/talks/#correction-2025-01-05-1`, `${PREFIX}articles/2024/11/forum/#correction-2025-01-03-1`, `${PREFIX}articles/2024/12/talks/#correction-2025-01-02-1`],
    );
    for (const url of [TALKS, PLAIN, "/", "/corrections/"]) {
      const footer = parseHtml(readPage(site.output, url)).all("footer")[0]!;
      assert.match(textOf(footer), /Corrections/, `${url}'s footer`);
      assert.ok(parseHtml(readPage(site.output, url)).all("a").some((a) => attr(a, "href") === `${PREFIX}corrections/`), `${url} links /corrections/`);
    }
  });

  it("should publish the corrections as an Atom feed, one entry per correction with a stable id", () => {
    const { feed } = feedAt(site.output, "/corrections/feed.xml");
    assert.equal(feed.title, "Corrections · Example Archive");
    assert.equal(feed.url, abs("/corrections/"));
    assert.equal(feed.updated?.toISOString(), "2025-01-05T00:00:00.000Z");
    assert.deepEqual(
      feed.items.map((item) => [item.title, item.id, item.url, item.updated?.toISOString(), item.content]),
      [
        ["Correction: Talks resume in Damascus", abs(`${TALKS}#correction-2025-01-05-1`), abs(`${TALKS}#correction-2025-01-05-1`), "2025-01-05T00:00:00.000Z", "The minister's title was <b>corrected</b> & clarified."],
        ["Correction: Forum opens in Baku", abs(`${FORUM}#correction-2025-01-03-1`), abs(`${FORUM}#correction-2025-01-03-1`), "2025-01-03T00:00:00.000Z", "The forum's host city was misspelled."],
        ["Correction: Talks resume in Damascus", abs(`${TALKS}#correction-2025-01-02-1`), abs(`${TALKS}#correction-2025-01-02-1`), "2025-01-02T00:00:00.000Z", "An earlier version gave the wrong day for the talks."],
      ],
    );
    const alternates = parseHtml(readPage(site.output, "/corrections/"))
      .all("link")
      .filter((link) => attr(link, "rel") === "alternate" && attr(link, "type") === "application/atom+xml")
      .map((link) => attr(link, "href"));
    assert.ok(alternates.includes(`${PREFIX}corrections/feed.xml`), alternates.join(", "));
  });

  it("should date a corrected article by its newest correction when that is later than updated: JSON-LD, sitemap and feeds", () => {
    assert.equal(jsonLd(site.output, TALKS).dateModified, "2025-01-05T00:00:00Z");
    assert.equal(jsonLd(site.output, FORUM).dateModified, "2025-01-10T00:00:00Z", "updated after its correction");
    assert.equal(jsonLd(site.output, PLAIN).dateModified, "2024-12-31T00:00:00Z");
    const sitemap = new XMLParser().parse(readPage(site.output, "/sitemap.xml")) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const lastmod = new Map(sitemap.urlset.url.map((entry) => [entry.loc, entry.lastmod]));
    assert.equal(lastmod.get(abs(TALKS)), "2025-01-05");
    assert.equal(lastmod.get(abs(FORUM)), "2025-01-10");
    assert.equal(lastmod.get(abs(PLAIN)), "2024-12-31");
    assert.equal(lastmod.get(abs("/corrections/")), "2025-01-05");
    const { feed } = feedAt(site.output, "/feed.xml");
    const updated = new Map(feed.items.map((item) => [item.url, item.updated?.toISOString()]));
    assert.equal(updated.get(abs(TALKS)), "2025-01-05T00:00:00.000Z");
    assert.equal(updated.get(abs(FORUM)), "2025-01-10T00:00:00.000Z");
    assert.equal(feed.updated?.toISOString(), "2025-01-10T00:00:00.000Z");
  });

  it("should write valid HTML and no broken link or fragment", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    const result = crawl(site.output, { prefix: PREFIX, siteUrl: SITE_URL });
    assert.deepEqual(result.broken, []);
  });

  it("should publish the page, saying there are none, and an empty valid feed, for an archive without corrections", () => {
    const plain = buildSite(writeContent([{ path: "2024/12/plain.md", frontMatter: { title: "Plain", date: "2024-12-31", source: "Wire" } }]));
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(textOf(parseHtml(readPage(plain.output, "/corrections/")).all("main")[0]!), /No corrections have been published\./);
    const { feed } = feedAt(plain.output, "/corrections/feed.xml");
    assert.equal(feed.items.length, 0);
    assert.equal(feed.updated?.toISOString(), "1970-01-01T00:00:00.000Z");
  });
});
