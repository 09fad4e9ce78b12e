import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { ENTITY_FEED_SIZE } from "../../src/archive/feed-list.ts";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";

const SITE_URL = "https://archive.example.org";
const NASTY_TITLE = 'Talks end </script><script>alert("x")</script> & <!-- more \u2028 here';

/** 24 articles over three months of 2024 and one of 2023, a page size of 5, and one article with hostile text. */
function content(): string {
  const articles: FixtureArticle[] = [];
  const months = [
    { month: "2024-03", count: 12 },
    { month: "2024-02", count: 6 },
    { month: "2024-01", count: 1 },
    { month: "2023-11", count: 4 },
  ];
  for (const { month, count } of months) {
    for (let day = 1; day <= count; day++) {
      const date = `${month}-${String(day).padStart(2, "0")}`;
      articles.push({
        path: `${month.replace("-", "/")}/report-${day}.md`,
        frontMatter: { title: `Report of ${date}`, date, source: "Example Wire", people: ["Abu Qasra"], places: ["Syria"] },
        body: `A plain report written on ${date} about the harbour.`,
      });
    }
  }
  articles.push({
    path: "2024/03/hostile.md",
    frontMatter: {
      title: NASTY_TITLE,
      date: "2024-03-20T09:30:00+03:00",
      source: "Example Wire",
      people: ["Ann Example"],
      places: ["Damascus"],
      url: "https://wire.example.com/original",
      summary: "Summary with a control\u0001 character.",
    },
    // Relative links, as an editor may write them: they work under any path prefix, and feeds make them absolute.
    body: "See [her profile](../../../../people/ann-example/) and [the month](../../../../archive/2024/03/#main).\n\nNothing else.",
  });
  return writeContent(articles, {
    "site.yaml": `title: Example Archive\nurl: ${SITE_URL}\npageSize: 5\n`,
    "people.yaml": "- name: Asaad Hassan al-Shaibani\n  aliases: [Abu Qasra]\n",
  });
}

describe("publishing a larger archive", () => {
  let site: BuildResult;
  before(() => {
    site = buildSite(content(), { pathPrefix: "/news/" });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should paginate year and month archives like other lists", () => {
    for (const url of ["/archive/2024/", "/archive/2024/page/2/", "/archive/2024/page/4/", "/archive/2024/03/page/3/", "/archive/2023/11/"]) {
      assert.ok(fs.existsSync(path.join(site.output, url, "index.html")), url);
    }
    assert.equal(fs.existsSync(path.join(site.output, "archive/2024/page/5/index.html")), false, "20 articles, 5 a page");
    assert.ok(fs.existsSync(path.join(site.output, "sources/example-wire/page/5/index.html")), "source pages paginate too");
    const calendar = parseHtml(readPage(site.output, "/archive/"));
    const index = calendar.text("main").replace(/\s+/g, " ");
    assert.match(index, /2024 20 articles/);
    assert.match(index, /2023 4 articles/);
    // Each month with articles is a cell linking to its page, named with month, year and count.
    const months = calendar.all("a").filter((a) => /\/archive\/\d{4}\/\d{2}\/$/.test(attr(a, "href") ?? "")).map((a) => attr(a, "aria-label"));
    assert.deepEqual(months, ["January 2024: 1 article", "February 2024: 6 articles", "March 2024: 13 articles", "November 2023: 4 articles"]);
  });

  it("should write valid HTML and no broken link under the prefix", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    assert.deepEqual(crawl(site.output, { prefix: "/news/", siteUrl: SITE_URL }).broken, []);
  });

  it("should keep JSON-LD inside its script element whatever the headline holds", () => {
    const page = parseHtml(readPage(site.output, "/articles/2024/03/hostile/"));
    // The site's own deferred scripts have a src and no text; the one inline element is the JSON-LD.
    const scripts = page.all("script").filter((script) => attr(script, "src") === undefined);
    assert.equal(scripts.length, 1, "no script element injected");
    const data = JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
    assert.equal(data.headline, NASTY_TITLE);
    assert.equal(data.isBasedOn, "https://wire.example.com/original");
    assert.equal(data.datePublished, "2024-03-20T09:30:00+03:00");
    assert.equal(data.url, `${SITE_URL}/news/articles/2024/03/hostile/`);
  });

  it("should keep feeds well-formed, newest first, with absolute URLs in bodies, even with control characters in the text", () => {
    const text = readPage(site.output, "/feed.xml");
    assert.equal(XMLValidator.validate(text), true);
    const feed = parseFeed(text);
    assert.equal(feed.items.length, 24, "all articles (fewer than 50)");
    assert.equal(feed.items[0]!.title, NASTY_TITLE);
    assert.equal(feed.items[0]!.description, "Summary with a control character.");
    assert.match(feed.items[0]!.content ?? "", /href="https:\/\/archive\.example\.org\/news\/people\/ann-example\/"/);
    assert.match(feed.items[0]!.content ?? "", /href="https:\/\/archive\.example\.org\/news\/archive\/2024\/03\/#main"/);
    const dates = feed.items.map((item) => item.published!.getTime());
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), "newest first");
  });

  it(`should cap a person's feed at ${ENTITY_FEED_SIZE} articles, filed under the canonical person`, () => {
    const person = parseFeed(readPage(site.output, "/people/asaad-hassan-al-shaibani/feed.xml"));
    assert.equal(person.items.length, ENTITY_FEED_SIZE);
    assert.equal(person.title, "Asaad Hassan al-Shaibani · Example Archive");
  });

  it("should link an article's people and month, and point the redirect of an alias to the canonical page", () => {
    const page = parseHtml(readPage(site.output, "/articles/2024/03/report-1/"));
    const hrefs = page.all("a").map((a) => attr(a, "href"));
    assert.ok(hrefs.includes("/news/people/asaad-hassan-al-shaibani/"));
    assert.ok(hrefs.includes("/news/archive/2024/03/"));
    const redirect = parseHtml(readPage(site.output, "/people/abu-qasra/"));
    const refresh = redirect.all("meta").find((m) => attr(m, "http-equiv") === "refresh");
    assert.equal(refresh && attr(refresh, "content"), "0; url=/news/people/asaad-hassan-al-shaibani/");
  });
});

describe("a failed search index", () => {
  it("should stop the build and leave the last good site as it was", () => {
    const input = writeContent([{ path: "2024/12/a.md", frontMatter: { title: "A", date: "2024-12-30", source: "Example Wire" } }]);
    const first = buildSite(input);
    assert.equal(first.status, 0, first.stderr);
    const before = fs.readFileSync(path.join(first.output, "index.html"), "utf8");

    // Pagefind's own override of its binary: a program that exits at once, as a broken install would.
    // An empty cache, or the first build's bundle would be reused without running Pagefind.
    const broken = buildSite(input, {
      output: first.output,
      env: { PAGEFIND_EXTENDED_BINARY_PATH: "/bin/false", PAGEFIND_BINARY_PATH: "/bin/false", DATELINE_CACHE_DIR: tempDir("dateline-cache-") },
    });
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /dateline: the search index could not be built\. Pagefind failed: .+\nThe site was not built; the last good build is unchanged\./);
    assert.equal(fs.readFileSync(path.join(first.output, "index.html"), "utf8"), before);
    assert.ok(fs.existsSync(path.join(first.output, "pagefind", "shards.json")), "the old index is still there");
    assert.ok(fs.existsSync(path.join(first.output, "pagefind", "2024", "pagefind.js")), "the old index's shard is still there");
    assert.deepEqual(fs.readdirSync(path.dirname(first.output)), ["_site"], "no temp folder left behind");
  });
});
