import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Nodes } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { renderChecked } from "../../src/markdown/checked-render.ts";
import { DEFAULT_LIMITS, measureMarkdown, scanMarkdown } from "../../src/markdown/markdown-limits.ts";
import { PATHOLOGICAL, realisticBody } from "../helpers/markdown-bodies.ts";

const LIMITS = { maxDepth: 10, maxMarks: 50, maxListItems: 20, maxTableCells: 100 };

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

  describe("tables (GFM)", () => {
    const table = (rows: number, row: (i: number) => string) =>
      ["| Date | Story | Who |", "| :--- | :---: | ---: |", ...Array.from({ length: rows }, (_, i) => row(i))].join("\n");

    it("should count a table's marks a row at a time, so a 500-row table with a link and bold in each row renders", () => {
      const body = table(500, (i) => `| 2024-03-01 | [story ${i}](https://example.org/${i}) | **someone** |`);
      const measure = measureMarkdown(body);
      assert.deepEqual([measure.marks, measure.marksInRow, measure.tableCells, measure.tableLine], [4, true, 3 * 501, 1]);
      const outcome = renderChecked(body);
      assert.ok(outcome.rendered, JSON.stringify(outcome.failure));
      assert.equal(outcome.rendered.html.match(/<tr>/g)?.length, 501);
    });

    it("should refuse a table row with too many marks, naming the row", () => {
      const body = "Intro.\n\n" + table(3, (i) => (i === 1 ? `| ${"*a".repeat(30)} | ${"_b".repeat(30)} | c |` : "| a | b | c |"));
      const failure = scanMarkdown(body, LIMITS);
      assert.equal(failure?.code, "markdown-too-slow");
      assert.equal(failure.line, 6);
      assert.match(failure.message, /^the table row here has more than 50 Markdown marks/);
    });

    it("should refuse a table of too many cells, at its header row (a few bytes of | make megabytes of HTML)", () => {
      const body = ["Intro.", "", "|" + "a|".repeat(1000), "|" + "-|".repeat(1000), ...Array<string>(100).fill("|")].join("\n");
      const failure = scanMarkdown(body);
      assert.equal(failure?.code, "markdown-too-slow");
      assert.equal(failure.line, 3);
      assert.match(failure.message, /table starting here has more than 50,000 cells/);
      assert.equal(scanMarkdown(table(5000, () => "| a | b | c |")), undefined);
    });

    it("should count as one paragraph what follows a table that remark ends (a list item, a quote, a lazy line, code)", () => {
      const rows = Array<string>(30).fill("| *a* | *b* |").join("\n");
      for (const interruption of ["- item", "2. item", "> quote", "    code", "# heading", "***"]) {
        const body = `| a | b |\n|---|---|\n| 1 | 2 |\n${interruption}\n${rows}`;
        assert.ok(measureMarkdown(body).marks >= 100, `after ${JSON.stringify(interruption)}: ${measureMarkdown(body).marks}`);
      }
      // Not a table: cells that do not match, a lazy header or delimiter row, no | in the delimiter row.
      for (const head of ["| a |\n|---|---|", "> x\n| a | b |\n|---|---|", "> | a | b |\n|---|---|", "- x\n| a | b |\n|---|---|", "| a |\n---"]) {
        assert.ok(measureMarkdown(`${head}\n${rows}`).marks >= 100, `${JSON.stringify(head)}: ${measureMarkdown(`${head}\n${rows}`).marks}`);
      }
    });

    it("should count a line alone as a table row only where remark does not read it with other lines (random bodies)", () => {
      const cell = fc.constantFrom(" a ", " *b* ", "", " \\| ", " `c|` ", " [d](e) ", ":-", "-", " :-: ", "--");
      const tableLine = fc.tuple(fc.boolean(), fc.array(cell, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([lead, cells, trail]) => `${lead ? "|" : ""}${cells.join("|")}${trail ? "|" : ""}`);
      const prefix = fc.constantFrom("", "", "", "> ", "- ", "  ", "    ", "1. ", "2. ", "   ", "> > ", ">");
      const other = fc.constantFrom("", "", "text *x*", "# h", "***", "---", "```", "<div>", "<span>", "- ", "===", "[a]: /u");
      const line = fc.oneof({ weight: 3, arbitrary: fc.tuple(prefix, tableLine).map(([p, t]) => p + t) }, { weight: 1, arbitrary: fc.tuple(prefix, other).map(([p, t]) => p + t) });
      const processor = remark().use(remarkGfm);
      fc.assert(
        fc.property(fc.array(line, { minLength: 2, maxLength: 12 }), (lines) => {
          const body = lines.join("\n");
          const counted: number[] = [];
          measureMarkdown(body, undefined, { tableRow: (n) => counted.push(n) });
          // Paragraphs and headings over more than one line: remark reads their marks together.
          const spans: [number, number][] = [];
          const visit = (node: Nodes) => {
            const { start, end } = node.position!;
            if ((node.type === "paragraph" || node.type === "heading") && end.line > start.line) spans.push([start.line, end.line]);
            if ("children" in node) for (const child of node.children) visit(child);
          };
          visit(processor.parse(body));
          for (const n of counted) assert.ok(!spans.some(([from, to]) => from <= n && n <= to), `line ${n} is in a paragraph to remark:\n${body}`);
        }),
        { numRuns: 3000, seed: 20261128 },
      );
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
