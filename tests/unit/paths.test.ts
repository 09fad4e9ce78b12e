import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { displayPath, isWithin } from "../../src/util/paths.ts";

describe("isWithin", () => {
  it("should say a folder and everything below it are within it", () => {
    assert.equal(isWithin("/site/content", "/site/content"), true);
    assert.equal(isWithin("/site/content/articles/2024/x.md", "/site/content"), true);
    assert.equal(isWithin("/site/content/..drafts/x.md", "/site/content"), true, "a name starting with two dots is not a way up");
  });

  it("should say a sibling, a parent or a way up is not within it", () => {
    assert.equal(isWithin("/site/content-old/x.md", "/site/content"), false);
    assert.equal(isWithin("/site", "/site/content"), false);
    assert.equal(isWithin("/site/content/../secrets", "/site/content"), false);
  });
});

describe("displayPath", () => {
  it("should show a file within the working folder relative to it, with forward slashes", () => {
    assert.equal(displayPath("/work/news/content/articles/x.md", "/work/news"), "content/articles/x.md");
    assert.equal(displayPath("/work/news/..drafts/x.md", "/work/news"), "..drafts/x.md");
  });

  it("should show a file outside the working folder, or the folder itself, as an absolute path", () => {
    assert.equal(displayPath("/elsewhere/x.md", "/work/news"), "/elsewhere/x.md");
    assert.equal(displayPath("/work/news", "/work/news"), "/work/news");
    assert.equal(displayPath(path.join(process.cwd(), "README.md")), "README.md");
  });
});
