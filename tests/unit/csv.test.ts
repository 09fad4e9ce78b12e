import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { csvCell, csvRow, LIST_SEPARATOR } from "../../src/open-data/csv.ts";
import { parseCsv } from "../helpers/open-data.ts";

describe("csv", () => {
  it("should leave plain text, numbers and empty values as they are", () => {
    assert.equal(csvCell("Ann Lee"), "Ann Lee");
    assert.equal(csvCell(324), "324");
    assert.equal(csvCell(null), "");
    assert.equal(csvCell(undefined), "");
  });

  it("should quote a field holding a comma, a quote or a line break, doubling its quotes (RFC 4180)", () => {
    assert.equal(csvCell("Baku, Azerbaijan"), '"Baku, Azerbaijan"');
    assert.equal(csvCell('He said "no"'), '"He said ""no"""');
    assert.equal(csvCell("line one\nline two"), '"line one\nline two"');
    assert.equal(csvCell("a\r\nb"), '"a\r\nb"');
  });

  it("should guard a cell a spreadsheet would run as a formula with a leading apostrophe, quoted", () => {
    assert.equal(csvCell('=HYPERLINK("http://evil.example","click")'), `"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const cell = csvCell(`${start}1+1`);
      assert.ok(cell.startsWith(`"'${start}`), `${JSON.stringify(start)} → ${cell}`);
    }
    // Only the first character matters.
    assert.equal(csvCell("a=b"), "a=b");
  });

  it("should join lists with the documented separator, guarding the joined text", () => {
    assert.equal(csvCell(["ann-lee", "bo-chen"]), `ann-lee${LIST_SEPARATOR}bo-chen`);
    assert.equal(csvCell([]), "");
    assert.equal(csvCell(["=cmd", "x"]), `"'=cmd${LIST_SEPARATOR}x"`);
  });

  it("should end rows in CRLF and read back, with a CSV parser, as the values written (guarded cells with their apostrophe)", () => {
    const hostile = ['=HYPERLINK("http://evil.example","click")', 'Quotes "and", commas', "Two\nlines", "عبد الله", "Сергей Иванов", "-5 killed"];
    const text = csvRow(["id", "title"]) + hostile.map((title, i) => csvRow([i, title])).join("");
    assert.ok(text.endsWith("\r\n"));
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], ["id", "title"]);
    assert.deepEqual(
      rows.slice(1).map((row) => row[1]),
      hostile.map((title) => (/^[=+\-@\t\r]/.test(title) ? `'${title}` : title)),
    );
  });
});
