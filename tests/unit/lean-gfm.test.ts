import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import matter from "gray-matter";
import { writeCorpus } from "../../bench/corpus.ts";
import { gfmNeeds } from "../../src/markdown/lean-gfm.ts";
import { renderMarkdown, renderMarkdownWithFullGfm } from "../../src/markdown/pipeline.ts";
import { gfmArticleBody } from "../helpers/gfm-article.ts";
import { PATHOLOGICAL, realisticBody } from "../helpers/markdown-bodies.ts";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/markdown");

/** Bench corpus articles compared here; `LEAN_GFM_ARTICLES=10000` compares a whole benchmark corpus. */
const CORPUS_ARTICLES = Number(process.env.LEAN_GFM_ARTICLES ?? 250);

function assertSameRender(body: string): void {
  assert.deepEqual(renderMarkdown(body), renderMarkdownWithFullGfm(body), `renders differently:\n${body}`);
}

describe("gfmNeeds", () => {
  it("should see an email literal's @ and a table's pipe", () => {
    assert.deepEqual(gfmNeeds("Write to desk@example.org."), { emailLiterals: true, tables: false });
    assert.deepEqual(gfmNeeds("| a | b |\n| - | - |"), { emailLiterals: false, tables: true });
    assert.deepEqual(gfmNeeds("Talks [resumed](https://example.org/a) on *Monday*.\n\n- one\n- two"), { emailLiterals: false, tables: false });
  });

  it("should see a table that has no pipe at all, its delimiter row aligned with a colon", () => {
    for (const body of ["Region\n:---", "Votes\n---:", "Share\n:-:"]) {
      assert.equal(gfmNeeds(body).tables, true, body);
      assert.match(renderMarkdown(body).html, /<table>/);
    }
  });
});

describe("lean GFM renders exactly what full GFM renders", () => {
  it("should render every golden fixture the same", () => {
    for (const name of fs.readdirSync(FIXTURES)) assertSameRender(fs.readFileSync(path.join(FIXTURES, name, "input.md"), "utf8"));
  });

  it("should render the test helpers' realistic, GFM and pathological bodies the same", () => {
    for (const seed of [1, 2, 3]) assertSameRender(realisticBody(20_000, seed));
    assertSameRender(gfmArticleBody());
    for (const body of [PATHOLOGICAL.quotes(50), PATHOLOGICAL.indentedList(40), PATHOLOGICAL.stars(1000), PATHOLOGICAL.openLinks(1000), PATHOLOGICAL.nestedImages(20), PATHOLOGICAL.emptyItems(400)]) {
      assertSameRender(body);
    }
  });

  it("should render literals spelled with references or escapes, which the source scan cannot see, the same", () => {
    const bodies = [
      "Write to desk&#64;example.org or mailto:desk&#64;example.org.",
      "See www&#46;example.org, h&#116;tps://example.org and http\\://example.org.",
      "xmpp:desk&#64;example.org/phone",
      "Пишите: редакция&#64;example.org",
      "Region&#124;Votes\n---&#124;---",
    ];
    for (const body of bodies) assertSameRender(body);
    assert.match(renderMarkdown(bodies[0]!).html, /href="mailto:desk@example.org"/);
  });

  describe(`the benchmark corpus (${CORPUS_ARTICLES} articles)`, () => {
    let dir = "";
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "lean-gfm-"));
      writeCorpus(dir, { articles: CORPUS_ARTICLES });
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("should render every article's body the same", () => {
      const files = fs.readdirSync(path.join(dir, "content", "articles"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
      assert.equal(files.length, CORPUS_ARTICLES);
      for (const file of files) assertSameRender(matter(fs.readFileSync(path.join(dir, "content", "articles", file), "utf8")).content);
    });
  });

  it("should render random bodies written from GFM's own trigger characters the same", () => {
    // Pieces of every GFM construct and of what could be mistaken for one;
    // each body leaves out some pieces, so every trimmed variant is exercised.
    const pieces = [
      "|", " | ", "-", "--", ":", ":-", "-:", "---", "\n", "\n\n", " ", "  ", "\t", "a", "B", "x", "7", "é", "Ж", "ع",
      "@", "desk@example.org", "a.b+c@d-e.org", "&#64;", "mailto:", "xmpp:", "www.", "WWW.", "www.example.org", "http://", "HTTPS://", "https://example.org/a?b=c.",
      "example.org", ".", ",", "_", "+", "/", "(", ")", "[", "]", "](", "![", "<", ">", "<https://example.org>", "&#124;", "&amp;", "\\", "\\|",
      "~", "~~", "*", "**", "`", "[^1]", "[^1]: note", "[ ]", "[x]", "- [ ] ", "- [x] ", "- ", "1. ", "> ", "## ", "### ", "#", "    ",
    ];
    const withoutSome = fc.subarray(pieces, { minLength: 10 });
    const body = withoutSome.chain((allowed) => fc.array(fc.constantFrom(...allowed), { maxLength: 60 }).map((parts) => parts.join("")));
    const seen = new Set<string>();
    fc.assert(
      fc.property(body, (markdown) => {
        const needs = gfmNeeds(markdown);
        seen.add(`${needs.emailLiterals}|${needs.tables}`);
        assertSameRender(markdown);
      }),
      { numRuns: 2000 },
    );
    assert.equal(seen.size, 4, `only these variants were exercised: ${[...seen].join(", ")}`);
  });
});
