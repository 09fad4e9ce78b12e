import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PAGE_KINDS, safeOutputPath } from "../../src/eleventy/pages.ts";

describe("safeOutputPath", () => {
  it("should pass the site's own paths", () => {
    for (const ok of ["/index.html", "/people/ilham-aliyev/index.html", "/people/ilham-aliyev/feed.xml", "/articles/2024/12/a.b/index.html"]) {
      assert.equal(safeOutputPath(ok), ok);
    }
  });

  it("should refuse any path that could leave the site", () => {
    for (const bad of ["../outside.html", "/../../etc/x", "/people/../../x/index.html", "people/x", "/./x", "/a\\..\\..\\x", "/a\u0000b", "/a\nb", ""]) {
      assert.throws(() => safeOutputPath(bad), /outside the site/, JSON.stringify(bad));
    }
  });

  it("should guard every page kind's permalink", () => {
    const article = PAGE_KINDS.find((kind) => kind.name === "article")!;
    assert.throws(() => article.permalink({ article: { url: "/../../../tmp/x/" } }), /outside the site/);
    const feed = PAGE_KINDS.find((kind) => kind.name === "feed")!;
    assert.throws(() => feed.permalink({ feed: { url: "/people/../../x.xml" } }), /outside the site/);
  });
});
