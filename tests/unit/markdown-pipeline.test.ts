import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { truncateWords } from "../../src/markdown/excerpt.ts";
import { readingMinutes, wordCount } from "../../src/markdown/reading-time.ts";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/markdown");

describe("renderMarkdown", () => {
  // Golden files: regenerate on purpose with UPDATE=1, then review the diff.
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    it(`should render the ${name} fixture as its golden output.html`, () => {
      const input = fs.readFileSync(path.join(FIXTURES, name, "input.md"), "utf8");
      const expectedFile = path.join(FIXTURES, name, "output.html");
      // An image is a marker delimited by U+0000 (src/markdown/body-images.ts), shown as ␀ so the golden file stays text.
      const html = renderMarkdown(input).html.replaceAll("\u0000", "\u2400");
      if (process.env.UPDATE === "1") fs.writeFileSync(expectedFile, `${html}\n`);
      assert.ok(fs.existsSync(expectedFile), `${name} has no golden output.html: write it on purpose with UPDATE=1 npm test, then review it`);
      assert.equal(`${html}\n`, fs.readFileSync(expectedFile, "utf8"));
    });
  }

  it("should drop scripts, frames, objects, forms, event handlers and unsafe URLs", () => {
    const { html } = renderMarkdown(fs.readFileSync(path.join(FIXTURES, "hostile/input.md"), "utf8"));
    for (const forbidden of [/<script/i, /<iframe/i, /<object/i, /<embed/i, /<form/i, /<svg/i, /\son\w+=/i, /javascript:/i, /vbscript:/i, /data:text/i, /style=/i]) {
      assert.doesNotMatch(html, forbidden);
    }
  });

  it("should render GFM sanitised, with every in-page link leading to an id", () => {
    const { html } = renderMarkdown(fs.readFileSync(path.join(FIXTURES, "gfm/input.md"), "utf8"));
    for (const kept of [/<table>/, /<del>fell<\/del>/, /<a href="https:\/\/example.org\/results">/, /<section data-footnotes class="footnotes">/, /<input type="checkbox" checked disabled aria-label="Done">/]) {
      assert.match(html, kept);
    }
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    assert.equal(new Set(ids).size, ids.length);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((match) => match[1]!);
    assert.ok(targets.includes("user-content-fn-source") && targets.includes("user-content-fnref-source"));
    for (const target of targets) assert.ok(ids.includes(target), `#${target} leads nowhere`);
    assert.doesNotMatch(html, / align=/);
  });

  it("should not let GFM carry markup or unsafe URLs past the sanitiser", () => {
    const body = [
      "| <script>alert(1)</script> | [x](javascript:alert(1)) |",
      "| --- | --- |",
      '| <img src=x onerror="alert(1)"> | javascript:alert(1) www.example.org/"onmouseover="x |',
      "",
      "Note.[^a]",
      "",
      '[^a]: <iframe src="https://evil.example"></iframe> [y](data:text/html,hi)',
      "",
      "- [x] <svg onload=alert(1)>",
    ].join("\n");
    const { html } = renderMarkdown(body);
    for (const forbidden of [/<script/i, /<iframe/i, /<img/i, /<svg/i, /\son\w+=/i, /href="javascript:/i, /href="data:/i]) {
      assert.doesNotMatch(html, forbidden);
    }
  });

  it("should compute plain text without raw HTML, an excerpt and a reading time", () => {
    const rendered = renderMarkdown("# Title\n\n<div>hidden</div>\n\nFirst paragraph here.\n\nSecond one.");
    assert.equal(rendered.text, "Title\n\nFirst paragraph here.\n\nSecond one.");
    assert.equal(rendered.excerpt, "First paragraph here. Second one.");
    assert.equal(rendered.words, 6);
    assert.equal(rendered.readingMinutes, 1);
  });
});

describe("plain text of GFM", () => {
  it("should keep a table's cells apart, a row a line", () => {
    const { text } = renderMarkdown("| Region | Votes |\n| --- | ---: |\n| North | 1200 |\n| South | 900 |");
    assert.equal(text, "Region Votes\nNorth 1200\nSouth 900");
  });
});

describe("excerpt and reading time", () => {
  it("should cut long text at a word boundary with an ellipsis", () => {
    const cut = truncateWords("word ".repeat(100).trim(), 50);
    assert.ok(cut.length <= 51);
    assert.ok(cut.endsWith("word…"));
  });

  it("should count words in any script and give at least one minute", () => {
    assert.equal(wordCount("Hello, world — it's 2024!"), 4);
    assert.equal(wordCount("Привет мир"), 2);
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(2200), 10);
  });
});
