import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_LIMITS, measureMarkdown, scanMarkdown } from "../../src/markdown/markdown-limits.ts";
import { PATHOLOGICAL, realisticBody } from "../helpers/markdown-bodies.ts";

const LIMITS = { maxDepth: 10, maxMarks: 50, maxListItems: 20 };

describe("scanMarkdown", () => {
  describe("nesting", () => {
    it("should count nested > markers, with or without spaces between them", () => {
      assert.equal(measureMarkdown("> > > a\n").depth, 3);
      assert.equal(measureMarkdown(">>>>a\n").depth, 4);
      assert.equal(measureMarkdown("text\n\n> a\n> > b\n").depth, 2);
    });

    it("should count list items nested by indentation, with the line where it is deepest", () => {
      const body = "- a\n  - b\n    - c\n      1. d\n         - e\n- back\n";
      assert.deepEqual([measureMarkdown(body).depth, measureMarkdown(body).depthLine], [5, 5]);
    });

    it("should count list markers on one line, and quotes and lists mixed", () => {
      assert.equal(measureMarkdown("- - - a\n").depth, 3);
      assert.equal(measureMarkdown("1. 2) - a\n").depth, 3);
      assert.equal(measureMarkdown("> - > - > a\n").depth, 5);
    });

    it("should close lists at a line indented less after a blank line, and sibling items", () => {
      assert.equal(measureMarkdown("- a\n  - b\n\nparagraph\n\n- c\n- d\n- e\n").depth, 2);
      assert.equal(measureMarkdown("- a\n- b\n- c\n").depth, 1);
    });

    it("should not take a thematic break for list items", () => {
      assert.equal(measureMarkdown("- - -\n\n* * * * * * * * * * * * * * * *\n").depth, 0);
    });

    it("should refuse 2,000 nested >, a 10,000-deep list on one line and a 1,000-deep indented one, at the line past the limit", () => {
      for (const body of [PATHOLOGICAL.quotes(2000), PATHOLOGICAL.inlineList(10_000), PATHOLOGICAL.indentedList(1000)]) {
        const failure = scanMarkdown(body);
        assert.equal(failure?.code, "markdown-too-deep");
        assert.match(failure.message, /nested more than 100 deep/);
        assert.ok(failure.hint.length > 0);
      }
      assert.equal(scanMarkdown(PATHOLOGICAL.indentedList(1000))?.line, 101);
      assert.equal(scanMarkdown(PATHOLOGICAL.quotes(100)), undefined);
    });
  });

  describe("marks in a paragraph", () => {
    it("should count runs of * and _ once, and every [, ] and <", () => {
      assert.equal(measureMarkdown("a **b** _c_ ***d***\n").marks, 6);
      assert.equal(measureMarkdown("[a](b) ![c](d) <e> `f`\n").marks, 7);
    });

    it("should not count escaped marks", () => {
      assert.equal(measureMarkdown("\\*a\\* \\[b\\]\n").marks, 0);
    });

    it("should count per paragraph, with the paragraph's first line", () => {
      const body = "*a* *b*\n\n*c* *d*\n*e* *f*\n\n# *g*\n";
      const measure = measureMarkdown(body);
      assert.deepEqual([measure.marks, measure.marksLine], [8, 3]);
    });

    it("should start a new count at each list item, but not at a quote marker (a lazy line continues the paragraph)", () => {
      assert.equal(measureMarkdown("- *a*\n- *b*\n- *c*\n").marks, 2);
      assert.equal(measureMarkdown("> *a*\n*b*\n> *c*\n").marks, 6);
    });

    it("should not count what is inside fenced code, however many marks", () => {
      const body = "Text *a*.\n\n```\n" + "*****\n".repeat(500) + "[[[[ <<<< ____ ````\n```\n\n~~~~ js\n" + "*a".repeat(5000) + "\n~~~~\n\nAfter *b*.\n";
      assert.equal(measureMarkdown(body).marks, 2);
      assert.equal(scanMarkdown(body, LIMITS), undefined);
    });

    it("should end a fence with the list item or quote it is in, as remark does", () => {
      assert.equal(measureMarkdown("- ```\n  *a*\n\n*b*\n").marks, 2);
      assert.equal(measureMarkdown("> ```\n> *a*\n*b*\n").marks, 2);
      assert.equal(measureMarkdown("- ```\n  *a*\n\n  *b*\n  ```\n").marks, 0);
    });

    it("should count marks after a fence is closed, and in a fence indented as code", () => {
      assert.equal(measureMarkdown("```\n*\n```\n*a*\n").marks, 2);
      // The indented line is code, not a fence: counted as text too (the scan counts more, never fewer).
      assert.equal(measureMarkdown("    ```\n*a*\n").marks, 3);
    });

    it("should not count raw HTML blocks (a pasted table), but count tags in a paragraph", () => {
      const table = "<table>\n" + "<tr><td>*a*</td><td>[b]</td></tr>\n".repeat(100) + "</table>\n\n";
      assert.equal(measureMarkdown(table).marks, 0);
      assert.equal(measureMarkdown("<!-- a\n\n<<<<\n-->\n").marks, 0);
      assert.equal(measureMarkdown("Some <b>bold</b> text\n").marks, 2);
    });

    it("should refuse 40 KB of *a, [a](b repeated and unclosed comments", () => {
      for (const body of [PATHOLOGICAL.stars(40_000), PATHOLOGICAL.openLinks(30_000), PATHOLOGICAL.comments(40_000)]) {
        const failure = scanMarkdown(body);
        assert.equal(failure?.code, "markdown-too-slow", body.slice(0, 20));
        assert.equal(failure.line, 1);
        assert.match(failure.message, /more than 2,000 Markdown marks/);
      }
    });

    it("should follow [ left open in a paragraph, and refuse links and images nested more than 100 deep", () => {
      assert.equal(measureMarkdown("[a [b] ![c](d)] e\n").brackets, 2);
      assert.equal(measureMarkdown("[[a\n[b\n\n[c]\n").brackets, 3);
      assert.equal(measureMarkdown("\\[\\[\\[ x\n").brackets, 0);
      const failure = scanMarkdown(PATHOLOGICAL.nestedImages(500));
      assert.equal(failure?.code, "markdown-too-deep");
      assert.match(failure.message, /nested more than 100 deep/);
      assert.equal(scanMarkdown(PATHOLOGICAL.nestedImages(100)), undefined);
    });

    it("should let long runs of one mark pass: remark handles them in linear time", () => {
      assert.equal(scanMarkdown("*".repeat(40_000) + "\n"), undefined);
      assert.equal(scanMarkdown("a" + "_".repeat(40_000) + "\n"), undefined);
      assert.equal(scanMarkdown("`".repeat(40_000) + "\n"), undefined);
    });
  });

  describe("list items", () => {
    it("should count the items of one list, nested ones included, and start again for the next list", () => {
      const measure = measureMarkdown("- a\n- b\n  - c\n\nparagraph\n\n- d\n");
      assert.deepEqual([measure.listItems, measure.listLine], [3, 1]);
    });

    it("should refuse a list of 20,000 empty items", () => {
      const failure = scanMarkdown(PATHOLOGICAL.emptyItems(40_000));
      assert.equal(failure?.code, "markdown-too-slow");
      assert.match(failure.message, /list starting here has more than 5,000 items/);
    });
  });

  describe("on real articles", () => {
    it("should pass realistic 200 KB articles (tables, lists nested 4 deep, code with ***** in it) far below every limit", () => {
      for (let seed = 1; seed <= 10; seed++) {
        const body = realisticBody(200_000, seed);
        assert.equal(scanMarkdown(body), undefined);
        const measure = measureMarkdown(body);
        assert.ok(measure.depth <= DEFAULT_LIMITS.maxDepth / 10, `depth ${measure.depth}`);
        assert.ok(measure.brackets <= DEFAULT_LIMITS.maxDepth / 10, `brackets ${measure.brackets}`);
        assert.ok(measure.marks <= DEFAULT_LIMITS.maxMarks / 4, `marks ${measure.marks}`);
        assert.ok(measure.listItems <= DEFAULT_LIMITS.maxListItems / 10, `list items ${measure.listItems}`);
      }
    });

    it("should scan 200 KB in a few milliseconds, and a line of 10,000 markers in linear time", () => {
      const body = realisticBody(200_000, 3);
      scanMarkdown(body);
      let started = performance.now();
      scanMarkdown(body);
      assert.ok(performance.now() - started < 200, "200 KB scanned well under 200 ms");
      started = performance.now();
      measureMarkdown(PATHOLOGICAL.inlineList(100_000));
      assert.ok(performance.now() - started < 500, "100,000 markers on a line scanned well under 500 ms");
    });
  });
});
