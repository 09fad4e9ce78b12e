import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { absoluteSiteUrl, newsArticle, scriptSafeJson } from "../../src/eleventy/json-ld.ts";
import { archiveOf } from "../helpers/archive-of.ts";
import { parseHtml, textOf } from "../helpers/html.ts";

const SITE = { url: "https://news.example.org", title: "Dateline", language: "en" };

describe("scriptSafeJson", () => {
  it("should escape everything that could end a script element or trouble a JavaScript parser", () => {
    const value = { headline: "</script><script>alert(1)</script> & <!-- \u2028\u2029" };
    const json = scriptSafeJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value, "the same data");
  });

  it("should stay one script element in a parsed page whatever the text holds", () => {
    const nasty = 'Title </script><img src=x onerror=alert(1)> <!--<script>';
    const html = `<!doctype html><head><script type="application/ld+json">${scriptSafeJson({ headline: nasty })}</script></head><body></body>`;
    const document = parseHtml(html);
    assert.equal(document.all("script").length, 1);
    assert.equal(document.all("img").length, 0);
    assert.equal(JSON.parse(textOf(document.all("script")[0]!)).headline, nasty);
  });

  it("should write null for undefined rather than nothing", () => {
    assert.equal(scriptSafeJson(undefined), "null");
  });
});

describe("absoluteSiteUrl", () => {
  it("should join the site address, the path prefix and the path", () => {
    assert.equal(absoluteSiteUrl("/people/x/", { site: SITE, root: "/" }), "https://news.example.org/people/x/");
    assert.equal(absoluteSiteUrl("/people/x/", { site: SITE, root: "/news/" }), "https://news.example.org/news/people/x/");
    assert.equal(absoluteSiteUrl("/", { site: SITE, root: "/news/" }), "https://news.example.org/news/");
  });
});

describe("newsArticle", () => {
  it("should describe an article with its dates, source, people, places and original", () => {
    const archive = archiveOf([
      {
        title: "Delegation visits Damascus",
        date: "2024-12-30",
        updated: "2025-01-02T08:00:00+04:00",
        source: "AzerNews",
        people: ["Yalchin Rafiyev"],
        places: ["Syria", "Damascus", "Atlantis"],
        url: "https://www.azernews.az/original",
        summary: "A visit.",
      },
    ]);
    const data = newsArticle(archive.articles[0]!, { site: SITE, root: "/news/" });
    assert.equal(data["@type"], "NewsArticle");
    assert.equal(data.headline, "Delegation visits Damascus");
    assert.equal(data.url, "https://news.example.org/news/articles/2024/12/delegation-visits-damascus/");
    assert.equal(data.datePublished, "2024-12-30T00:00:00Z");
    assert.equal(data.dateModified, "2025-01-02T08:00:00+04:00");
    assert.equal(data.description, "A visit.");
    assert.deepEqual(data.publisher, { "@type": "NewsMediaOrganization", name: "AzerNews" });
    assert.deepEqual(data.mentions, [{ "@type": "Person", name: "Yalchin Rafiyev" }]);
    assert.deepEqual(data.contentLocation, [
      { "@type": "Country", name: "Syria" },
      { "@type": "Place", name: "Damascus", containedInPlace: { "@type": "Country", name: "Syria" } },
      { "@type": "Place", name: "Atlantis" },
    ]);
    assert.equal(data.isBasedOn, "https://www.azernews.az/original");
  });

  it("should leave out people, places and the original when the article has none", () => {
    const archive = archiveOf([{ title: "Plain" }]);
    const data = newsArticle(archive.articles[0]!, { site: SITE, root: "/" });
    assert.equal("mentions" in data, false);
    assert.equal("contentLocation" in data, false);
    assert.equal("isBasedOn" in data, false);
    assert.equal(data.dateModified, data.datePublished);
  });

  it("should take dateModified from the newest correction when it is later than updated and date", () => {
    const archive = archiveOf([
      { title: "Corrected", date: "2024-12-30", updated: "2025-01-02", corrections: [{ date: "2025-01-06", text: "x" }, { date: "2025-01-03", text: "y" }] },
      { title: "Updated later", date: "2024-12-29", updated: "2025-01-09", corrections: [{ date: "2025-01-06", text: "x" }] },
    ]);
    const modified = (title: string) => newsArticle(archive.articles.find((a) => a.title === title)!, { site: SITE, root: "/" }).dateModified;
    assert.equal(modified("Corrected"), "2025-01-06T00:00:00Z");
    assert.equal(modified("Updated later"), "2025-01-09T00:00:00Z");
  });
});
