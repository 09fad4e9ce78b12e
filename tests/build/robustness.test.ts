import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";
import { parseHtml } from "../helpers/html.ts";

describe("real-world files", () => {
  let site: BuildResult;
  let input: string;
  before(() => {
    const many = Array.from({ length: 5000 }, (_, i) => `Person Number ${i.toString(36)} Invented`);
    input = writeContent(
      [
        { path: "2024/12/crlf.md", text: "\uFEFF---\r\ntitle: CRLF and BOM\r\ndate: 2024-12-28\r\nsource: Wire\r\n---\r\nWindows line endings.\r\n" },
        { path: "2024/12/big.md", frontMatter: { title: "One megabyte", date: "2024-12-27", source: "Wire" }, body: "A long paragraph of news text. ".repeat(34_000) },
        { path: "2024/12/nobody.md", frontMatter: { title: "No people or places", date: "2024-12-26", source: "Wire" } },
        { path: "2024/12/same-1.md", frontMatter: { title: "Same title", date: "2024-12-25", source: "Wire" }, body: "First." },
        { path: "2024/12/same-2.md", frontMatter: { title: "Same title", date: "2024-12-25", source: "Wire" }, body: "Second." },
        { path: "2024/11/many.md", frontMatter: { title: "Everyone", date: "2024-11-30", source: "Wire", people: many } },
        { path: "2024/12/late.md", frontMatter: { title: "Late at night", date: "2024-12-31T23:30:00-08:00", source: "Wire" } },
        { path: "2024/12/early.md", frontMatter: { title: "Early in Tokyo", date: "2025-01-01T00:15:00+09:00", source: "Wire" } },
      ],
      { "people.yaml": "", "places.yaml": "# none yet\n" },
    );
    site = buildSite(input);
    assert.equal(site.status, 0, site.stderr);
  });

  it("should publish CRLF files with a byte-order mark", () => {
    assert.match(readPage(site.output, "/articles/2024/12/crlf/"), /Windows line endings\./);
  });

  it("should publish a 1 MB article and articles with no people or places", () => {
    assert.ok(fs.statSync(path.join(site.output, "articles/2024/12/big/index.html")).size > 1_000_000);
    assert.match(readPage(site.output, "/articles/2024/12/nobody/"), /No people or places/);
  });

  it("should publish two articles with the same title in the same month at distinct URLs", () => {
    assert.match(readPage(site.output, "/articles/2024/12/same-1/"), /First\./);
    assert.match(readPage(site.output, "/articles/2024/12/same-2/"), /Second\./);
  });

  it("should give each of 5,000 people a page", () => {
    const people = fs.readdirSync(path.join(site.output, "people"), { withFileTypes: true }).filter((d) => d.isDirectory());
    assert.equal(people.length, 5000);
  });

  it("should show a date-time as the day it was written in its own offset", () => {
    assert.equal(parseHtml(readPage(site.output, "/articles/2024/12/late/")).text("time"), "31 December 2024");
    assert.equal(parseHtml(readPage(site.output, "/articles/2025/01/early/")).text("time"), "1 January 2025");
  });

  it("should build a content folder with no _data and no articles when asked to (--allow-empty)", () => {
    const empty = tempDir();
    const result = buildSite(empty, { args: ["--allow-empty"] });
    assert.equal(result.status, 0, result.stderr);
    assert.match(readPage(result.output, "/"), /No articles yet/);
  });

  it("should refuse to write the site over the content, the project or /", () => {
    for (const output of [input, path.dirname(input), path.resolve(import.meta.dirname, "../.."), "/"]) {
      const result = buildSite(input, { output });
      assert.equal(result.status, 2, output);
      assert.match(result.stderr, /refusing to write the site/);
    }
    assert.ok(fs.existsSync(path.join(input, "articles/2024/12/crlf.md")));
  });
});
