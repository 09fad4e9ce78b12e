import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { feedHtml, xmlSafe } from "../../src/eleventy/feeds.ts";

const ARTICLE = "https://news.example.org/news/articles/2024/12/a/";

describe("feedHtml", () => {
  it("should make relative links and images absolute against the article's URL", async () => {
    const html = '<p><a href="/people/x/">X</a> <a href="../b/">B</a> <img src="map.png" alt=""></p>';
    const result = await feedHtml(html, ARTICLE);
    assert.match(result, /href="https:\/\/news\.example\.org\/people\/x\/"/);
    assert.match(result, /href="https:\/\/news\.example\.org\/news\/articles\/2024\/12\/b\/"/);
    assert.match(result, /src="https:\/\/news\.example\.org\/news\/articles\/2024\/12\/a\/map\.png"/);
  });

  it("should return a body with only absolute URLs and fragments unchanged", async () => {
    const html = '<p><a href="https://www.azernews.az/">AzerNews</a> <a href="#note">note</a> <a href="mailto:a@b.c">mail</a></p>';
    assert.equal(await feedHtml(html, ARTICLE), html);
  });
});

describe("xmlSafe", () => {
  it("should drop characters XML 1.0 forbids and keep everything else", () => {
    assert.equal(xmlSafe("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf"), "abcdef");
    assert.equal(xmlSafe("tab\tnew\nline\r é 李 😀"), "tab\tnew\nline\r é 李 😀");
    assert.equal(xmlSafe("lone \uD800 surrogate"), "lone  surrogate");
    assert.equal(xmlSafe(undefined), "");
  });
});
