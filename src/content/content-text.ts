/**
 * Text from the content folder, read as data: bytes that must be UTF-8, from a
 * file that must not be a symbolic link, cleaned of characters that have no
 * business in an article or a registry.
 *
 * Everything in the content folder is untrusted (DESIGN.md, threat model), so a
 * link is never followed (it could point at /etc/passwd or outside the folder)
 * and invisible control characters never reach a page, where they break feeds
 * (XML 1.0 forbids most of them) and can hide text from an editor's review.
 */
import fs from "node:fs";
import { problem, type Problem } from "../problems/problems.ts";

/** A file's text, or the problems that kept it from being read. */
export type ReadText = { text: string; problems: Problem[] } | { text?: undefined; problems: Problem[] };

/**
 * Reads `file` as UTF-8 without following a symbolic link at its last
 * component (the content walk never descends through one), and without
 * blocking on a FIFO: anything but a regular file is refused.
 */
export function readContentText(file: string): ReadText {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP is what O_NOFOLLOW gives for a link; the inventory names links, so say the same here.
    const message = code === "ELOOP" ? "is a symbolic link; Dateline never follows links in the content folder" : `cannot be read: ${(error as Error).message}`;
    return { problems: [problem("unreadable-file", { file, message })] };
  }
  return decodeUtf8(file, bytes);
}

/** The bytes of a regular file, opened with O_NOFOLLOW; throws ELOOP for a link and EINVAL for a FIFO, device or folder. */
export function readRegularFile(file: string): Buffer {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait forever for a writer.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) {
      throw Object.assign(new Error("not a regular file"), { code: "EINVAL" });
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 (a leading BOM is dropped); invalid bytes are an error at their line and column, never guessed at. */
export function decodeUtf8(file: string, bytes: Uint8Array): ReadText {
  try {
    return { text: STRICT_UTF8.decode(bytes), problems: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    // The bytes before `offset` are valid, so the column counts characters as an editor does.
    const column = STRICT_UTF8.decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      problems: [
        problem("invalid-utf8", {
          file,
          line,
          column,
          message: `is not valid UTF-8 text: the byte 0x${byte} at column ${column} is not part of any character`,
        }),
      ],
    };
  }
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode table 3-7), or the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const inRange = (at: number, low: number, high: number) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    if (length > 1) {
      if (!inRange(i + 1, low, high)) return i;
      for (let k = 2; k < length; k++) if (!inRange(i + k, 0x80, 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

// C0 controls but tab, LF and CR; DEL; C1 controls (U+0085 would be a line break to YAML); and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an unpaired
// override reverses the text after it on the page (a title could show "txt.exe" as "exe.txt" and
// spill onto the date beside it). A page sets direction from `lang`; the marks U+200E/U+200F stay.
const CONTROL = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";
// U+FDD0–U+FDEF, the last two code points of each of the 17 planes, and lone surrogates (only a JS string, never decoded UTF-8, can hold those).
const NONCHARACTER = `\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join("")}\\uD800-\\uDFFF`;
const UNWANTED_SOURCE = `[${CONTROL}]|\\r(?!\\n)|[${NONCHARACTER}]`;
const HAS_UNWANTED = new RegExp(UNWANTED_SOURCE, "u");
const IS_NONCHARACTER = new RegExp(`^[${NONCHARACTER}]$`, "u");

/**
 * The control characters and noncharacters in one value, as `U+XXXX` labels, and
 * the value without them: YAML's escapes (`"\u0007"`, `"\0"`) make them from
 * plain ASCII text, after `cleanText` has seen the file.
 */
export function stripUnwanted(value: string): { text: string; found: string[] } {
  if (!HAS_UNWANTED.test(value)) return { text: value, found: [] };
  const found = new Set<string>();
  const text = value.replace(new RegExp(UNWANTED_SOURCE, "gu"), (char: string) => {
    found.add(label(char));
    return "";
  });
  return { text, found: [...found] };
}

/** Warnings for characters that YAML escapes made in quoted values, at each value's line and column. */
export function escapedCharacterProblems(file: string, escaped: readonly { line: number; column: number; found: string[] }[]): Problem[] {
  return escaped.map(({ line, column, found }): Problem => {
    const noncharacters = found.every((code) => IS_NONCHARACTER.test(String.fromCodePoint(parseInt(code.slice(2), 16))));
    return problem(noncharacters ? "noncharacter" : "control-character", {
      file,
      line,
      column,
      message: `the quoted value at column ${column} writes ${noncharacters ? "a Unicode noncharacter" : "a control character"} as an escape (${found.join(", ")}); it is removed from the text`,
      hint: "delete the escape (\\u…, \\x…, \\0, \\a, \\e…) from the value",
    });
  });
}

function label(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Reports at most this many lines per file: a file full of them needs one fix, not a thousand warnings. */
const MAX_LINES_REPORTED = 10;

/**
 * Removes control characters (all but tab, newline and the CR of CRLF) and
 * Unicode noncharacters from `text`, with one warning per line that had any.
 * Removed rather than replaced with U+FFFD: they are invisible in the editor's
 * file, so the page shows what the editor saw. Line numbers are unchanged (no
 * newline is ever removed); the warnings give the columns in the text as written.
 */
export function cleanText(file: string, text: string): { text: string; problems: Problem[] } {
  if (!HAS_UNWANTED.test(text)) return { text, problems: [] };
  const found = new Map<number, { column: number; codePoints: Set<string>; noncharacter: boolean; control: boolean }>();
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const cleaned = text.replace(new RegExp(UNWANTED_SOURCE, "gu"), (char: string, offset: number) => {
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = offset;
    const entry = found.get(line) ?? { column: offset - lineStart + 1, codePoints: new Set<string>(), noncharacter: false, control: false };
    entry.codePoints.add(label(char));
    if (IS_NONCHARACTER.test(char)) entry.noncharacter = true;
    else entry.control = true;
    found.set(line, entry);
    return "";
  });
  const problems: Problem[] = [];
  const lines = [...found.entries()];
  for (const [index, [at, entry]] of lines.entries()) {
    if (index === MAX_LINES_REPORTED) {
      problems.push(
        problem("control-character", {
          file,
          line: at,
          column: entry.column,
          message: `${lines.length - index} more lines hold control characters or noncharacters; all are removed from the text`,
          hint: "look for the file's encoding or the program that wrote it; saving it again as plain UTF-8 text often clears them",
        }),
      );
      break;
    }
    const names = [...entry.codePoints].join(", ");
    const what = entry.noncharacter && !entry.control ? "a Unicode noncharacter" : entry.control && !entry.noncharacter ? "a control character" : "control characters and noncharacters";
    problems.push(
      problem(entry.noncharacter && !entry.control ? "noncharacter" : "control-character", {
        file,
        line: at,
        column: entry.column,
        message: `has ${what} (${names}) at column ${entry.column}, invisible in most editors; it is removed from the text`,
        hint: "delete it (it often comes from pasting out of a PDF or a word processor); a line break should be a plain newline",
      }),
    );
  }
  return { text: cleaned, problems };
}
