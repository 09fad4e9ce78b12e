import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { isInside, sortChanges } from "../../src/preview/changed-files.ts";

const CONTENT = path.resolve("/work/site/content");
const FOLDERS = { layouts: path.resolve("/work/dateline/layouts"), public: path.resolve("/work/dateline/public") };
const sort = (...files: string[]) => sortChanges(files, CONTENT, FOLDERS);

describe("sortChanges", () => {
  it("should sort articles, registries, layouts and static files", () => {
    const sorted = sort(
      `${CONTENT}/articles/2024/12/forum.md`,
      `${CONTENT}/_data/people.yaml`,
      `${FOLDERS.layouts}/partials/meta.njk`,
      `${FOLDERS.public}/styles.css`,
    );
    assert.deepEqual(sorted.articles, [`${CONTENT}/articles/2024/12/forum.md`]);
    assert.deepEqual(sorted.data, [`${CONTENT}/_data/people.yaml`]);
    assert.deepEqual(sorted.layouts, [`${FOLDERS.layouts}/partials/meta.njk`]);
    assert.deepEqual(sorted.publicFiles, [`${FOLDERS.public}/styles.css`]);
    assert.equal(sorted.needsRebuild, true);
  });

  it("should need no rebuild for articles and static files alone", () => {
    const sorted = sort(`${CONTENT}/articles/2024/12/forum.md`, `${FOLDERS.public}/styles.css`);
    assert.equal(sorted.needsRebuild, false);
  });

  it("should count a file reported twice once", () => {
    assert.equal(sort(`${CONTENT}/articles/a.md`, `${CONTENT}/articles/./a.md`).articles.length, 1);
  });

  it("should ignore what the site is not made of: dot files, swap files, other files in the content folder", () => {
    const sorted = sort(
      `${CONTENT}/articles/2024/12/.forum.md.swp`,
      `${CONTENT}/articles/2024/12/.hidden.md`,
      `${CONTENT}/articles/2024/12/forum.md~`,
      `${CONTENT}/articles/notes.txt`,
      `${CONTENT}/README.md`,
      `${CONTENT}/_data/notes.txt`,
      path.resolve("/elsewhere/file.md"),
    );
    assert.deepEqual(sorted, { articles: [], images: [], data: [], layouts: [], publicFiles: [], needsRebuild: false });
  });
});

describe("isInside", () => {
  it("should be true below the folder only", () => {
    assert.equal(isInside("/a/b/c.md", "/a"), true);
    assert.equal(isInside("/a", "/a"), false);
    assert.equal(isInside("/ab/c.md", "/a"), false);
    assert.equal(isInside("/b/c.md", "/a"), false);
  });
});
