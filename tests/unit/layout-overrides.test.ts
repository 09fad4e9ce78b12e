/** Layout overrides: which files replace which layouts, and the folders and files refused. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkOverrides, layoutsFolder, LayoutOverrideError, listOverrides } from "../../src/eleventy/layout-overrides.ts";
import { LAYOUTS_DIR } from "../../src/eleventy/paths.ts";
import { tempDir } from "../helpers/fixture.ts";

function write(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("layout overrides", () => {
  it("should list .njk files by their layout name and say which replace a built-in layout", () => {
    const site = tempDir();
    const folder = write(path.join(site, "my-layouts"), { "partials/article-item.njk": "x", "pages/artcle.njk": "y", "notes.txt": "z" });
    const overrides = listOverrides(layoutsFolder(folder, path.join(site, "content")), path.join(site, "content"), LAYOUTS_DIR);
    assert.deepEqual(
      overrides.map(({ name, replacesBuiltIn }) => [name, replacesBuiltIn]),
      [["pages/artcle.njk", false], ["partials/article-item.njk", true]],
    );
  });

  it("should refuse a layouts folder inside the content folder, or holding it", () => {
    const site = tempDir();
    const content = write(path.join(site, "content"), { "pages/x.njk": "", "_data/site.yaml": "" });
    assert.throws(() => layoutsFolder(path.join(content, "pages"), content), (error: Error) => error instanceof LayoutOverrideError && /inside the content folder/.test(error.message));
    assert.throws(() => layoutsFolder(site, content), /around the content folder/);
    assert.throws(() => layoutsFolder(path.join(site, "nothing"), content), /no such folder/);
  });

  it("should refuse a layouts folder that is a link into the content folder", () => {
    const site = tempDir();
    const content = write(path.join(site, "content"), { "partials/meta.njk": "" });
    fs.symlinkSync(content, path.join(site, "linked"));
    assert.throws(() => layoutsFolder(path.join(site, "linked"), content), /inside the content folder/);
  });

  it("should refuse an override file that links into the content folder", () => {
    const site = tempDir();
    const content = write(path.join(site, "content"), { "evil.njk": "{{ 1 }}" });
    const folder = write(path.join(site, "layouts"), {});
    fs.symlinkSync(path.join(content, "evil.njk"), path.join(folder, "base.njk"));
    assert.throws(() => listOverrides(folder, content, LAYOUTS_DIR), /links into the content folder/);
  });

  it("should refuse a link to a folder inside the layouts folder, which Nunjucks would read through unchecked", () => {
    const site = tempDir();
    const content = write(path.join(site, "content"), { "partials/article-item.njk": "{{ 1 }}" });
    const folder = write(path.join(site, "layouts"), {});
    fs.symlinkSync(path.join(content, "partials"), path.join(folder, "partials"));
    assert.throws(() => listOverrides(folder, content, LAYOUTS_DIR), /refusing a link to a folder/);
  });

  it("should name the file and line of an override that does not parse", () => {
    const folder = write(tempDir(), { "partials/article-item.njk": "<li>\n{% if item %}\n{% endfo %}\n" });
    const overrides = listOverrides(folder, tempDir(), LAYOUTS_DIR);
    assert.throws(() => checkOverrides(overrides, folder, LAYOUTS_DIR), (error: Error) => /article-item\.njk:3: unknown block tag: endfo/.test(error.message));
  });

  it("should name the file and line of an include that exists nowhere, and accept one among the built-in layouts or the overrides", () => {
    const folder = write(tempDir(), {
      "partials/article-item.njk": '{% include "partials/breadcrumbs.njk" %}\n{% include "partials/mine.njk" %}\n',
      "partials/mine.njk": "ok",
    });
    checkOverrides(listOverrides(folder, tempDir(), LAYOUTS_DIR), folder, LAYOUTS_DIR);
    fs.writeFileSync(path.join(folder, "base.njk"), '{% extends "nope.njk" %}\n');
    assert.throws(() => checkOverrides(listOverrides(folder, tempDir(), LAYOUTS_DIR), folder, LAYOUTS_DIR), /base\.njk:1: uses "nope\.njk"/);
  });
});
