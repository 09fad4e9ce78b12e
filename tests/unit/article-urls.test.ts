import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allocateArticleUrls } from "../../src/archive/article-urls.ts";
import { article } from "../helpers/archive-of.ts";

describe("allocateArticleUrls", () => {
  it("should make each URL from the stem, or from slug: when it is given", () => {
    const { urls, problems } = allocateArticleUrls([
      article({ title: "Visit", stem: "visit" }),
      article({ title: "وفد أذربيجاني يزور دمشق", stem: "وفد", slug: "azerbaijani-delegation-damascus", lang: "ar" }),
      article({ title: "Визит в Баку", stem: "визит", date: "2024-11-02", slug: "visit-to-baku" }),
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...urls.values()].sort(), ["/articles/2024/11/visit-to-baku/", "/articles/2024/12/azerbaijani-delegation-damascus/", "/articles/2024/12/visit/"]);
  });

  it("should report a file whose name gives the URL another file of the month already gets, naming both, and still give each a URL", () => {
    const { urls, problems } = allocateArticleUrls([article({ title: "A", relPath: "articles/2024/12/visit.md", stem: "visit" }), article({ title: "B", relPath: "articles/visit.md", stem: "visit" })]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity, p.file, p.message]),
      [["url-clash", "error", "/content/articles/visit.md", "its URL would be /…/visit/, which articles/2024/12/visit.md already gets from its file name, dated in the same month"]],
    );
    assert.equal(urls.get("articles/2024/12/visit.md"), "/articles/2024/12/visit/");
    assert.match(urls.get("articles/visit.md")!, /^\/articles\/2024\/12\/visit-[0-9a-f]{4}\/$/);
  });

  it("should report two articles of one month asking for one slug, naming both files, and still give each a URL", () => {
    const { urls, problems } = allocateArticleUrls([
      article({ title: "A", stem: "first", slug: "baku", urlLines: { slug: 6, aliases: [] } }),
      article({ title: "B", stem: "second", slug: "baku", urlLines: { slug: 7, aliases: [] } }),
      article({ title: "C", stem: "third", slug: "baku", date: "2024-11-30" }),
    ]);
    assert.equal(problems.length, 1, "another month is another folder: no clash");
    assert.equal(problems[0]!.code, "url-clash");
    assert.equal(problems[0]!.severity, "error");
    assert.equal(problems[0]!.file, "/content/articles/2024/12/second.md");
    assert.equal(problems[0]!.line, 7);
    assert.equal(problems[0]!.field, "slug");
    assert.match(problems[0]!.message, /baku is also the slug of articles\/2024\/12\/first\.md/);
    assert.equal(new Set(urls.values()).size, 3);
  });

  it("should report a slug that another article gets from its file name, rather than rename either", () => {
    const { urls, problems } = allocateArticleUrls([article({ title: "A", stem: "baku" }), article({ title: "B", stem: "other", slug: "baku" })]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, "/content/articles/2024/12/other.md");
    assert.match(problems[0]!.message, /baku is also the slug articles\/2024\/12\/baku\.md gets from its file name/);
    assert.equal(urls.get("articles/2024/12/other.md"), "/articles/2024/12/baku/", "the slug asked for is kept");
  });

  it("should not let a new file take a published article's URL by a name that differs only in case, or a file beside a bundle", () => {
    const published = article({ title: "Harbour", relPath: "articles/2024/11/baku-harbour.md", stem: "baku-harbour", date: "2024-11-02" });
    const added = article({ title: "New one", relPath: "articles/2024/11/Baku-Harbour.md", stem: "Baku-Harbour", date: "2024-11-03" });
    assert.deepEqual(allocateArticleUrls([published, added]).problems.map((p) => p.code), ["url-clash"]);
    const bundle = article({ title: "Bundle", relPath: "articles/2024/11/bundle/index.md", stem: "bundle", date: "2024-11-02" });
    const beside = article({ title: "Beside", relPath: "articles/2024/11/bundle.md", stem: "bundle", date: "2024-11-02" });
    const { problems } = allocateArticleUrls([bundle, beside]);
    assert.deepEqual(problems.map((p) => p.code), ["url-clash"]);
    assert.match(problems[0]!.message, /articles\/2024\/11\/bundle(\/index)?\.md already gets/);
  });

  it("should refuse a reserved slug", () => {
    const { problems } = allocateArticleUrls([article({ title: "A", stem: "a", slug: "page" })]);
    assert.match(problems[0]!.message, /page is reserved/);
  });
});
