/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
 *
 * - A field holding a comma, a double quote, CR or LF is quoted, its quotes
 *   doubled; rows end in CRLF.
 * - A field that starts with `=`, `+`, `-`, `@`, a tab or CR would be read by
 *   Excel, LibreOffice and Google Sheets as a formula (a headline
 *   `=HYPERLINK("http://evil","click")` becomes a live link, or worse): it gets
 *   a leading apostrophe, as OWASP advises, and is quoted. The JSON files keep
 *   every text exactly as written.
 * - Lists are joined with `LIST_SEPARATOR`.
 */

/** What a list in a CSV cell is joined with. Ids (slugs, ISO codes) never contain it; a name may (the JSON has the exact list). */
export const LIST_SEPARATOR = " | ";

/** The UTF-8 byte order mark every CSV file starts with, so that Excel reads it as UTF-8 (pandas, R's readr and LibreOffice skip it). */
export const CSV_BOM = "\uFEFF";

/** The end of every row, as RFC 4180 has it. */
export const CSV_LINE_END = "\r\n";

/** A value a CSV cell can hold. */
export type CellValue = string | number | null | undefined | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers as they are, null as empty, lists joined, text guarded against formulas and quoted when it must be. */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const joined = typeof value === "string" ? value : value.join(LIST_SEPARATOR);
  const guarded = FORMULA_START.test(joined) ? `'${joined}` : joined;
  return guarded !== joined || NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One row, ending in CRLF. */
export function csvRow(values: readonly CellValue[]): string {
  return values.map(csvCell).join(",") + CSV_LINE_END;
}
