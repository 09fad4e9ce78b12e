import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { MAX_SLUG_LENGTH, SectionIds, sectionSlug } from "../../src/markdown/section-ids.ts";

/** The ids of a rendered body's elements, in order. */
function idsOf(html: string): string[] {
  return [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
}

describe("sectionSlug", () => {
  it("should make lower-case hyphenated slugs without punctuation", () => {
    assert.equal(sectionSlug("Results by district"), "results-by-district");
    assert.equal(sectionSlug("  What's next?  (2024) "), "whats-next-2024");
    assert.equal(sectionSlug("Talks — day 2: the vote"), "talks-day-2-the-vote");
    assert.equal(sectionSlug("snake_case and -- dashes"), "snake-case-and-dashes");
  });

  it("should keep letters of any script, so non-Latin headings get a non-empty id", () => {
    assert.equal(sectionSlug("Итоги выборов"), "итоги-выборов");
    assert.equal(sectionSlug("نتائج الانتخابات"), "نتائج-الانتخابات");
    assert.equal(sectionSlug("選挙の結果"), "選挙の結果");
    assert.equal(sectionSlug("परिणाम"), "परिणाम");
  });

  it("should call a heading with no letters or digits 'section'", () => {
    assert.equal(sectionSlug("?!"), "section");
    assert.equal(sectionSlug("🎉🎉"), "section");
    assert.equal(sectionSlug(""), "section");
  });

  it("should never make a footnote's id", () => {
    assert.equal(sectionSlug("Fn 1"), "section-fn-1");
    assert.equal(sectionSlug("fnref-2"), "section-fnref-2");
    assert.equal(sectionSlug("Footnote label"), "section-footnote-label");
    assert.equal(sectionSlug("Fnord"), "fnord");
  });

  it("should cut a long heading at a word", () => {
    const slug = sectionSlug("word ".repeat(40));
    assert.ok(Array.from(slug).length <= MAX_SLUG_LENGTH);
    assert.match(slug, /^word(-word)+$/);
  });
});

describe("SectionIds", () => {
  it("should number repeated headings and never repeat an id", () => {
    const ids = new SectionIds();
    assert.deepEqual(
      ["Results", "Results", "Results 1", "Results", "?", "!"].map((text) => ids.next(text)),
      ["results", "results-1", "results-1-1", "results-2", "section", "section-1"],
    );
  });
});

describe("section ids in rendered bodies", () => {
  const body = "## Background\n\nText.[^1]\n\n### Background\n\n## Итоги\n\n## Fn 1\n\n# Title\n\n#### Detail\n\n[^1]: A note.\n";

  it("should give h2 and h3 an id and a named link to it, and leave other levels alone", () => {
    const { html } = renderMarkdown(body);
    assert.match(html, /<h2 id="user-content-background">Background <a href="#user-content-background" class="heading-anchor" aria-label="Link to this section: Background">#<\/a><\/h2>/);
    assert.match(html, /<h3 id="user-content-background-1">/);
    assert.match(html, /<h2 id="user-content-итоги">Итоги <a href="#user-content-итоги"/);
    assert.match(html, /<h1>Title<\/h1>/);
    assert.match(html, /<h4>Detail<\/h4>/);
  });

  it("should make the same ids every time, all different, and every in-page link lead to one", () => {
    const first = renderMarkdown(body).html;
    assert.equal(renderMarkdown(body).html, first);
    const ids = idsOf(first);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(", ")}`);
    for (const [, target] of first.matchAll(/ href="#([^"]+)"/g)) assert.ok(ids.includes(target!), `#${target} leads nowhere`);
    assert.ok(ids.includes("user-content-fn-1") && ids.includes("user-content-section-fn-1"));
  });

  it("should not let a heading's text add markup to its link's name", () => {
    const { html } = renderMarkdown('## Say "hi" <b onclick="x()">now</b> & *then*\n');
    assert.match(html, /aria-label="Link to this section: Say &#x22;hi&#x22; now &#x26; then">#<\/a><\/h2>$/);
    assert.doesNotMatch(html, /onclick/);
  });
});
