/**
 * Pages other than the archive's: a Nunjucks page someone puts in the content
 * folder is built by Eleventy as before, although Dateline has Eleventy fetch
 * its own page templates by name (src/site/nunjucks-environment.ts).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite, readPage } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";

describe("a Nunjucks page in the content folder", () => {
  it("should be built, its template permalink and body rendered, beside the archive's pages", () => {
    const input = writeContent([{ path: "2024/12/a.md", frontMatter: { title: "A", date: "2024-12-30", source: "Example Wire" } }]);
    fs.writeFileSync(path.join(input, "about.njk"), `---\npermalink: "/about/{{ 'us' }}/index.html"\n---\n<p>{{ 1 + 1 }} editors</p>\n`);
    const site = buildSite(input);
    assert.equal(site.status, 0, site.stderr);
    assert.equal(readPage(site.output, "/about/us/").trim(), "<p>2 editors</p>");
    assert.match(readPage(site.output, "/articles/2024/12/a/"), /<h1[^>]*>A<\/h1>/);
  });
});
