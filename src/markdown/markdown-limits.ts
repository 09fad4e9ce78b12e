/**
 * A linear pre-scan of a Markdown body, before remark sees it, refusing the
 * two shapes that make remark crash or run for minutes:
 *
 * - Nesting: remark recurses once per block quote and list level, so a few
 *   thousand nested `>` or list items overflow the stack (and a deep list
 *   takes time quadratic in its depth first). Each line's depth is its `>`
 *   markers plus the list items open around it, tracked by their content
 *   columns as CommonMark does.
 * - Marks in one paragraph: remark matches `*`/`_` runs, `[`/`]`, `<` and
 *   backtick runs within a paragraph in time that grows with the square of
 *   their number (and worse for nested `![`), so a short body of `*a`
 *   repeated runs for minutes. The count is per paragraph: split paragraphs cost no more than
 *   their sum.
 *
 * - Items in one list: remark takes time that grows faster than the number
 *   of items of one list.
 * - Cells in one table (GitHub-flavoured Markdown): remark gives every row
 *   as many cells as the table has columns, so a few bytes of `|` make
 *   megabytes of HTML.
 *
 * A GFM table is not a paragraph: remark reads each row's cells on their
 * own, so marks are counted per row (a 500-row table with a link and bold
 * text in each row is fine, a row of 2,001 marks is not). The scan takes a
 * table only where remark surely sees one (a header row, then a delimiter
 * row with as many cells, in the same container, neither a lazy line) and
 * ends it wherever remark may (any block start, a change of container, a
 * line indented as code); after it, lines count as one paragraph again, as
 * remark reads them (a lazy continuation or a new paragraph).
 *
 * Fenced code, and the HTML blocks an article may paste, are literal to
 * remark and are not counted. The scan errs on the side of counting more
 * (a closed list may still be counted as open); the limits are far above
 * what real articles use. Anything the scan does not foresee is still caught
 * by the render threads' time limit and by turning a stack overflow into the
 * same problem (checked-render.ts).
 */
import { PROBLEM_CODES } from "../problems/codes.ts";
import type { RenderFailure } from "./render-outcome.ts";

/** The limits the pre-scan enforces. */
export interface MarkdownLimits {
  /** Most block quotes and lists nested in one another, and most `[` open at once in a paragraph. */
  maxDepth: number;
  /** Most `*`/`_` runs, `[`, `]`, `<` and backtick runs in one paragraph. */
  maxMarks: number;
  /** Most items in one list, its nested lists' items included. */
  maxListItems: number;
  /** Most cells in one table: its columns times its rows, the header row included. */
  maxTableCells: number;
}

export const DEFAULT_LIMITS: MarkdownLimits = { maxDepth: 100, maxMarks: 2000, maxListItems: 5000, maxTableCells: 50_000 };

/** The catalogue's hint for a body nested too deep, also given when rendering runs out of stack. */
export const TOO_DEEP_HINT = PROBLEM_CODES["markdown-too-deep"].hint;
const TOO_MANY_MARKS_HINT = "split the paragraph with blank lines, or put literal text in a code block between ``` lines";
const TOO_MANY_ITEMS_HINT = "split the list in two with a paragraph between the parts, or put literal text in a code block between ``` lines";
const TOO_MANY_CELLS_HINT = "split the table into smaller tables, or check that its header and delimiter rows (| --- |) have no stray | marks";

/** The deepest nesting and the most marks in one paragraph, with the lines where they are (for tests and measurements). */
export interface MarkdownMeasure {
  depth: number;
  depthLine: number;
  marks: number;
  /** The first line of the paragraph (or the table row) with the most marks. */
  marksLine: number;
  /** Whether those marks are in a table row rather than a paragraph. */
  marksInRow: boolean;
  listItems: number;
  /** The first line of the list with the most items. */
  listLine: number;
  /** The most `[` open at once in one paragraph (links and images nested in one another). */
  brackets: number;
  /** The first line of that paragraph. */
  bracketsLine: number;
  /** The most cells of one table: its columns times its rows, the header row included. */
  tableCells: number;
  /** The header row of the table with the most cells. */
  tableLine: number;
}

/** Why the body cannot be rendered safely, or undefined when it can. */
export function scanMarkdown(body: string, limits: MarkdownLimits = DEFAULT_LIMITS): RenderFailure | undefined {
  const measure = measureMarkdown(body, limits);
  if (measure.depth > limits.maxDepth) {
    return {
      code: "markdown-too-deep",
      line: measure.depthLine,
      message: `block quotes and lists are nested more than ${limits.maxDepth} deep here`,
      hint: TOO_DEEP_HINT,
    };
  }
  if (measure.brackets > limits.maxDepth) {
    return {
      code: "markdown-too-deep",
      line: measure.bracketsLine,
      message: `the paragraph starting here has links or images ([ … ]) nested more than ${limits.maxDepth} deep`,
      hint: "close the [ brackets, or write a [ that is only text as \\[",
    };
  }
  if (measure.marks > limits.maxMarks) {
    return {
      code: "markdown-too-slow",
      line: measure.marksLine,
      message: `the ${measure.marksInRow ? "table row" : "paragraph starting"} here has more than ${limits.maxMarks.toLocaleString("en")} Markdown marks (*, _, \`, [, ], <), too many to render in reasonable time`,
      hint: TOO_MANY_MARKS_HINT,
    };
  }
  if (measure.listItems > limits.maxListItems) {
    return {
      code: "markdown-too-slow",
      line: measure.listLine,
      message: `the list starting here has more than ${limits.maxListItems.toLocaleString("en")} items, too many to render in reasonable time`,
      hint: TOO_MANY_ITEMS_HINT,
    };
  }
  if (measure.tableCells > limits.maxTableCells) {
    return {
      code: "markdown-too-slow",
      line: measure.tableLine,
      message: `the table starting here has more than ${limits.maxTableCells.toLocaleString("en")} cells (columns × rows), too many to render in reasonable time`,
      hint: TOO_MANY_CELLS_HINT,
    };
  }
  return undefined;
}

/** HTML block names that start a block of raw HTML ending at a blank line (CommonMark's type 6). */
const HTML_BLOCK_NAMES = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset " +
    "h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul"
  ).split(" "),
);
const RAW_TEXT_OPEN = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_OPEN = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[\s>]|\/>|$)/;
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

type LiteralKind = { kind: "fence"; char: string; length: number } | { kind: "html-until-blank" } | { kind: "html-until"; end: string };
/** A literal block, with the container it is in: it ends with that container (code has no lazy lines). */
type Literal = LiteralKind & { quotes: number; indent: number };

/** Scans a body once: the deepest nesting, the paragraph with the most marks. Stops at the first line past a limit. */
export function measureMarkdown(
  body: string,
  limits: MarkdownLimits = { maxDepth: Infinity, maxMarks: Infinity, maxListItems: Infinity, maxTableCells: Infinity },
  observer?: MarkdownObserver,
): MarkdownMeasure {
  const result: MarkdownMeasure = {
    depth: 0,
    depthLine: 0,
    marks: 0,
    marksLine: 0,
    marksInRow: false,
    listItems: 0,
    listLine: 0,
    brackets: 0,
    bracketsLine: 0,
    tableCells: 0,
    tableLine: 0,
  };
  const counter: MarkCounter = { marks: 0, open: 0 };
  let listItems = 0;
  let listLine = 0;
  /** Content columns of the list items that may be open, innermost last. */
  const lists: number[] = [];
  /** The same items' content columns as CommonMark counts them (the marker's spaces, up to four): a line indented less is a lazy one. */
  const itemContent: number[] = [];
  /**
   * Set at a line indented less than the list item around it: remark may have
   * closed items the scan keeps open (it closes them only at a blank line or a
   * sibling marker), so until the lists end no table is taken inside one.
   */
  let listsUnsure = false;
  let literal: Literal | undefined;
  let paragraphLine = 0;
  /** The `>` markers around the paragraph's first line: a line with fewer is a lazy one. */
  let paragraphQuotes = 0;
  /** Set once a line of the paragraph was lazy (or ended a list item): its container is then unsure, and no table starts in it. */
  let paragraphLazy = false;
  let inParagraph = false;
  /** The table being read, in the container it is in; its rows are counted one at a time. */
  let table: { quotes: number; lists: number; columns: number; rows: number; line: number } | undefined;
  /** The line before, when it could be a table's header row: its container and its cells. */
  let previousText: { quotes: number; lists: number; cells: number } | undefined;
  let previousBlank = true;
  let lineNumber = 0;
  let start = 0;
  const length = body.length;

  const endParagraph = () => {
    inParagraph = false;
    paragraphLazy = false;
    counter.marks = 0;
    counter.open = 0;
    table = undefined;
    previousText = undefined;
  };

  while (start <= length) {
    let end = start;
    while (end < length && body.charCodeAt(end) !== 10 && body.charCodeAt(end) !== 13) end++;
    lineNumber++;
    const next = end < length && body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;

    // The container prefix: indentation and `>` markers; list markers come after, below.
    let pos = start;
    let col = 0;
    let quotes = 0;
    /** The column of the line's first `>`: a quote starting left of a list item's content is outside it. */
    let firstQuoteCol = -1;
    /** Where the innermost container's content starts: a fence indented 4 or more past it is indented code. */
    let base = 0;
    const skipPrefix = () => {
      for (;;) {
        const ch = body.charCodeAt(pos);
        if (pos < end && (ch === 32 || ch === 9)) {
          col = ch === 9 ? col + 4 - (col % 4) : col + 1;
          pos++;
        } else if (pos < end && ch === 62 /* > */) {
          if (firstQuoteCol < 0) firstQuoteCol = col;
          quotes++;
          pos++;
          col++;
          base = col;
        } else break;
      }
    };
    skipPrefix();
    const blank = pos >= end;
    /** The line before, if it could be the header row of a table this line's delimiter row starts. */
    const header = previousText;
    previousText = undefined;

    if (literal && !blank && (quotes < literal.quotes || col < literal.indent)) literal = undefined;
    if (literal) {
      if (closesLiteral(literal, body, pos, end, blank)) literal = undefined;
      previousBlank = blank;
      start = next;
      continue;
    }

    if (blank) {
      endParagraph();
      // A lone `>` is an empty quote to remark, which may close the list items around it.
      if (quotes > 0 && lists.length > 0) listsUnsure = true;
      previousBlank = true;
      start = next;
      continue;
    }

    // After a blank line, a line indented less than a list item's content is not in that item.
    if (previousBlank) while (lists.length > 0 && lists[lists.length - 1]! > col) lists.pop();
    itemContent.length = Math.min(itemContent.length, lists.length);

    let newItem = false;
    // A break like `- - -` is not three list items; checked once per line, so a line of many markers stays linear.
    if (!isThematicBreak(body, pos, end)) {
      while (pos < end) {
        const markerEnd = listMarkerEnd(body, pos, end);
        if (markerEnd < 0) break;
        // An empty item, or a numbered one other than 1, cannot interrupt a paragraph: it is still the paragraph's text.
        const ordered = body.charCodeAt(pos) >= 48 && body.charCodeAt(pos) <= 57;
        if (inParagraph && !table && !previousBlank && lists.length === 0 && (markerEnd >= end || (ordered && !isOne(body, pos, markerEnd)))) break;
        // A list starts when no item is open; a sibling item closes the one before it but not the list.
        if (lists.length === 0) {
          listItems = 0;
          listLine = lineNumber;
        }
        while (lists.length > 0 && lists[lists.length - 1]! > col) lists.pop();
        itemContent.length = lists.length;
        itemContent.push(contentColumn(body, markerEnd, end, col + markerEnd - pos));
        if (++listItems > result.listItems) {
          result.listItems = listItems;
          result.listLine = listLine;
        }
        col += markerEnd - pos + 1;
        lists.push(col);
        base = col;
        newItem = true;
        pos = markerEnd < end ? markerEnd + 1 : end;
        // More `>` and list markers may follow on the same line, each nested in the last.
        skipPrefix();
      }
    }
    if (!newItem) {
      // Without a marker of its own, the line belongs to the innermost list item its indentation reaches.
      for (let i = lists.length - 1; i >= 0; i--) {
        if (lists[i]! <= col) {
          base = Math.max(base, lists[i]!);
          break;
        }
      }
    }

    const depth = quotes + lists.length;
    if (depth > result.depth) {
      result.depth = depth;
      result.depthLine = lineNumber;
    }
    if (newItem) endParagraph();
    /** False for a lazy line: one indented less than the list item it would continue. */
    const contained = itemContent.length === 0 || (firstQuoteCol >= 0 ? firstQuoteCol : col) >= itemContent[itemContent.length - 1]!;
    if (lists.length === 0) listsUnsure = false;
    else if (!contained) listsUnsure = true;
    // A table ends where its container does: the lines after it are a paragraph (or a lazy line of one) to remark.
    if (table && (quotes !== table.quotes || lists.length !== table.lists || !contained)) endParagraph();

    // What the rest of the line starts: a fence, raw HTML, a heading, a break, or paragraph text.
    const first = body.charCodeAt(pos);
    let heading = false;
    if ((first === 96 /* ` */ || first === 126) /* ~ */ && col - base <= 3 && fenceLength(body, pos, end, first) >= 3) {
      const fence = fenceLength(body, pos, end, first);
      // A backtick fence's info string has no backtick (else the line is inline code).
      if (first === 126 || fenceLength(body, pos + fence, end, -1) === end - pos - fence) {
        literal = { kind: "fence", char: String.fromCharCode(first), length: fence, quotes, indent: base };
        endParagraph();
        previousBlank = false;
        start = next;
        continue;
      }
    } else if (first === 60 /* < */) {
      const html = htmlBlockStart(body.slice(pos, end), inParagraph && !table && !previousBlank);
      if (html) {
        endParagraph();
        literal = html.kind === "html-until" && closesLiteral(html, body, pos, end, false) ? undefined : { ...html, quotes, indent: base };
        previousBlank = false;
        start = next;
        continue;
      }
    } else if (first === 35 /* # */ && col - base <= 3) {
      heading = isAtxHeading(body, pos, end);
      if (heading) endParagraph();
    } else if (col - base <= 3 && isThematicBreak(body, pos, end)) {
      endParagraph();
      previousBlank = false;
      start = next;
      continue;
    }

    // A table's delimiter row after its header row, or one of its rows: each row's marks are counted alone.
    let row = false;
    if (!heading && table) {
      // A line indented as code ends the table (and starts a paragraph, to remark).
      if (col - base >= 4) endParagraph();
      else row = true;
    } else if (!heading && header && !newItem && contained && !listsUnsure && col - base < 4 && header.quotes === quotes && header.lists === lists.length) {
      const columns = delimiterRowCells(body, pos, end);
      if (columns > 0 && columns === header.cells) {
        table = { quotes, lists: lists.length, columns, rows: 0, line: lineNumber - 1 };
        row = true;
      }
    }
    if (row && table) {
      counter.marks = 0;
      counter.open = 0;
      inParagraph = true;
      paragraphLine = lineNumber;
      observer?.tableRow(lineNumber);
      // The delimiter row stands for the header row in the count of rows.
      const cells = table.columns * ++table.rows;
      if (cells > result.tableCells) {
        result.tableCells = cells;
        result.tableLine = table.line;
      }
    }
    if (!inParagraph) {
      inParagraph = true;
      paragraphLine = lineNumber;
      paragraphQuotes = quotes;
    } else if (quotes > paragraphQuotes) {
      // A quote opened in the paragraph's count: to remark a new paragraph, inside it.
      paragraphQuotes = quotes;
    }
    if (!contained || quotes < paragraphQuotes) paragraphLazy = true;
    const open = countMarks(body, pos, end, counter);
    if (counter.marks > result.marks) {
      result.marks = counter.marks;
      result.marksLine = paragraphLine;
      result.marksInRow = row;
    }
    if (open > result.brackets) {
      result.brackets = open;
      result.bracketsLine = paragraphLine;
    }
    if (heading) endParagraph();
    // A paragraph's line, not lazy and not indented as code, may be the header row of a table.
    // (Not a line of only - or =, which may be a heading's underline instead.)
    else if (!row && !newItem && !paragraphLazy && !listsUnsure && quotes === paragraphQuotes && col - base < 4 && !/^(?:-+|=+)[ \t]*$/.test(body.slice(pos, end))) {
      previousText = { quotes, lists: lists.length, cells: rowCells(body, pos, end) };
    }
    if (
      result.depth > limits.maxDepth ||
      result.brackets > limits.maxDepth ||
      result.marks > limits.maxMarks ||
      result.listItems > limits.maxListItems ||
      result.tableCells > limits.maxTableCells
    ) {
      break;
    }
    previousBlank = false;
    start = next;
  }
  return result;
}

/** Where a list item's content starts: after the marker (ending at `markerEnd`, in column `column`) and 1–4 spaces; one column past the marker when the item is empty or starts with indented code. */
function contentColumn(text: string, markerEnd: number, end: number, column: number): number {
  let i = markerEnd;
  let col = column;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    col = text.charCodeAt(i) === 9 ? col + 4 - (col % 4) : col + 1;
    i++;
  }
  return i >= end || col - column > 4 ? column + 1 : col;
}

/** Told of what the scan takes for what (tests compare it with remark). */
export interface MarkdownObserver {
  /** A line the scan counts as a row of a GFM table (its delimiter row included). */
  tableRow(line: number): void;
}

/** The cells of a line read as a table row: split at each `|` not escaped, a leading and a trailing `|` not counted. */
function rowCells(text: string, pos: number, end: number): number {
  let last = end;
  while (last > pos && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
  let pipes = 0;
  let first = -1;
  let final = -1;
  for (let i = pos; i < last; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) i++;
    else if (ch === 124 /* | */) {
      pipes++;
      if (first < 0) first = i;
      final = i;
    }
  }
  // A lone `|` is no row.
  if (pipes === 1 && last - pos === 1) return 0;
  let cells = pipes + 1;
  if (pipes > 0 && first === pos) cells--;
  if (pipes > 0 && final === last - 1 && !(final === first && first === pos)) cells--;
  return cells;
}

/** The cells of a GFM delimiter row (`| :--- | :-: | ---: |`, at least one `|`), or 0 when the line is not one. */
function delimiterRowCells(text: string, pos: number, end: number): number {
  let last = end;
  while (last > pos && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
  let i = pos;
  let pipes = 0;
  let cells = 0;
  const skipSpace = () => {
    while (i < last && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  };
  if (text.charCodeAt(i) === 124) {
    pipes++;
    i++;
  }
  for (;;) {
    skipSpace();
    if (i >= last) break;
    if (text.charCodeAt(i) === 58 /* : */) i++;
    const dashes = i;
    while (i < last && text.charCodeAt(i) === 45 /* - */) i++;
    if (i === dashes) return 0;
    if (i < last && text.charCodeAt(i) === 58) i++;
    skipSpace();
    cells++;
    if (i >= last) break;
    if (text.charCodeAt(i) !== 124) return 0;
    pipes++;
    i++;
  }
  return pipes > 0 ? cells : 0;
}

/** A paragraph's marks so far, and its `[` not yet closed. */
interface MarkCounter {
  marks: number;
  open: number;
}

/**
 * Adds the `*`/`_` runs, `[`, `]`, `<` and backtick runs between `from` and
 * `to` to the paragraph's count, and follows its open `[`; returns the most
 * open at once on this line. A backslash-escaped character is text.
 */
function countMarks(text: string, from: number, to: number, counter: MarkCounter): number {
  let previous = -1;
  let mostOpen = counter.open;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i++;
      previous = -1;
      continue;
    }
    if (ch === 91 /* [ */) {
      counter.marks++;
      if (++counter.open > mostOpen) mostOpen = counter.open;
    } else if (ch === 93 /* ] */) {
      counter.marks++;
      if (counter.open > 0) counter.open--;
    } else if (ch === 60) counter.marks++;
    else if ((ch === 42 || ch === 95 || ch === 96) && ch !== previous) counter.marks++;
    previous = ch;
  }
  return mostOpen;
}

/** The end of a list marker (`-`, `+`, `*`, or 1–9 digits and `.` or `)`) at `pos` followed by a space, tab or the line's end; -1 when there is none. */
function listMarkerEnd(text: string, pos: number, end: number): number {
  const ch = text.charCodeAt(pos);
  let after: number;
  if (ch === 45 || ch === 43 || ch === 42) {
    after = pos + 1;
  } else {
    let i = pos;
    while (i < end && i - pos < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === pos || i >= end) return -1;
    const mark = text.charCodeAt(i);
    if (mark !== 46 && mark !== 41) return -1;
    after = i + 1;
  }
  if (after > end) return -1;
  if (after === end) return after;
  const next = text.charCodeAt(after);
  return next === 32 || next === 9 ? after : -1;
}

function isOne(text: string, pos: number, markerEnd: number): boolean {
  return markerEnd - pos === 2 && text.charCodeAt(pos) === 49;
}

/** Three or more of the same `-`, `*` or `_`, spaces and tabs allowed between, nothing else. */
function isThematicBreak(text: string, pos: number, end: number): boolean {
  const mark = text.charCodeAt(pos);
  if (mark !== 45 && mark !== 42 && mark !== 95) return false;
  let count = 0;
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === mark) count++;
    else if (ch !== 32 && ch !== 9) return false;
  }
  return count >= 3;
}

function isAtxHeading(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && text.charCodeAt(i) === 35) i++;
  const level = i - pos;
  return level >= 1 && level <= 6 && (i === end || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
}

/** How many `mark` characters start at `pos`; with mark -1, how many characters other than a backtick. */
function fenceLength(text: string, pos: number, end: number, mark: number): number {
  let i = pos;
  if (mark < 0) while (i < end && text.charCodeAt(i) !== 96) i++;
  else while (i < end && text.charCodeAt(i) === mark) i++;
  return i - pos;
}

/** The raw HTML block a line starts (CommonMark's types 1, 2, 6 and 7), if any; type 7 cannot interrupt a paragraph. */
function htmlBlockStart(line: string, interruptsParagraph: boolean): LiteralKind | undefined {
  const raw = RAW_TEXT_OPEN.exec(line);
  if (raw) return { kind: "html-until", end: `</${raw[1]!.toLowerCase()}>` };
  if (line.startsWith("<!--")) return { kind: "html-until", end: "-->" };
  const named = HTML_BLOCK_OPEN.exec(line);
  if (named && HTML_BLOCK_NAMES.has(named[1]!.toLowerCase())) return { kind: "html-until-blank" };
  if (!interruptsParagraph && LONE_TAG.test(line)) return { kind: "html-until-blank" };
  return undefined;
}

/** True when the line at `pos` (after any `>` and indentation) ends the literal block. */
function closesLiteral(literal: LiteralKind, text: string, pos: number, end: number, blank: boolean): boolean {
  switch (literal.kind) {
    case "html-until-blank":
      return blank;
    case "html-until":
      return text.slice(pos, end).toLowerCase().includes(literal.end);
    case "fence": {
      const mark = literal.char.charCodeAt(0);
      const run = fenceLength(text, pos, end, mark);
      if (run < literal.length) return false;
      for (let i = pos + run; i < end; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
      return true;
    }
  }
}
