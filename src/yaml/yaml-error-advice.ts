/**
 * YAML syntax errors in words an editor can act on.
 *
 * The `yaml` package's messages are written for programmers ("Nested mappings
 * are not allowed in compact mappings") and a missing closing quote is reported
 * where the file ends, not where the quote opened. The mistakes editors make
 * most (a colon in a headline, an unclosed quote, a field written twice, a tab)
 * get their own message, line and hint; anything else keeps the package's words.
 */

/** A syntax error as the parser reported it. */
export interface YamlErrorReport {
  /** The `yaml` package's error code, e.g. `MISSING_CHAR`, or YAML_TAG. */
  code?: string;
  line?: number;
  message: string;
  /** For a tag: as written, and the key and value it sits on. */
  tag?: { written: string; key?: string; value?: string };
}

/** What to tell the editor: where, what, and what to do. */
export interface YamlAdvice {
  line?: number;
  message: string;
  hint: string;
}

const GENERIC_HINT = "check the quotes, colons and indentation on this line; put a value with a colon in quotes";

/** Turns one syntax error in `text` (lines numbered as in the file) into advice. */
export function adviseYamlError(error: YamlErrorReport, text: string): YamlAdvice {
  const lines = text.split(/\r?\n/);
  const lineText = error.line ? (lines[error.line - 1] ?? "") : "";
  switch (error.code) {
    case "YAML_TAG": {
      const tag = error.tag;
      const plainly = tag?.value ? `${tag.key !== undefined ? `${tag.key}: ` : ""}${tag.value}` : undefined;
      return {
        line: error.line,
        message: `YAML tags like \`${tag?.written ?? "!!str"}\` are not supported; write the value plainly${plainly ? `: ${plainly}` : ", without the tag"}`,
        hint: "delete the word starting with ! before the value; Dateline reads every value as plain text, a number, a list or true/false",
      };
    }
    case "MISSING_CHAR":
      if (/quote/i.test(error.message)) {
        const opened = unclosedQuoteLine(lines, error.line ?? lines.length);
        return {
          line: opened ?? error.line,
          message: "a quote opened on this line is never closed",
          hint: "end the value with the same quote mark it starts with, or remove the quotes",
        };
      }
      break;
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      if (/^\s*[\w-]+:\s+[^"'\s].*:\s/.test(lineText) || /^\s*[\w-]+:\s+[^"'\s].*:$/.test(lineText)) {
        return {
          line: error.line,
          message: "this value contains a colon followed by a space, which YAML reads as a new field",
          hint: `put the whole value in double quotes, e.g. ${quotedExample(lineText)}`,
        };
      }
      return { line: error.line, message: "this line is indented as if it belonged to the line above", hint: "start each field at the beginning of its line, with no spaces before it" };
    case "BAD_INDENT":
      if (/end with a \]/.test(error.message)) {
        const opened = unclosedBracketLine(lines, error.line ?? lines.length);
        return {
          line: opened ?? error.line,
          message: "a list opened with [ on this line is never closed",
          hint: "end the list with ] on the same line, e.g. places: [Azerbaijan, Georgia]",
        };
      }
      break;
    case "DUPLICATE_KEY":
      return { line: error.line, message: "this field is written twice", hint: "keep one of the two lines and delete the other" };
    case "TAB_AS_INDENT":
      return { line: error.line, message: "this line is indented with a tab", hint: "indent with spaces (two per level), never tabs" };
    case "UNEXPECTED_TOKEN":
      if (/^\s*[\w-]+:\s*'[^']*'[\p{L}\p{N}]/u.test(lineText)) {
        return { line: error.line, message: "an apostrophe ends the quoted value early", hint: `write the value in double quotes instead: "It's…"` };
      }
      if (/^\s*[\w-]+:\s*(["']).*\1\s*\S/.test(lineText)) {
        return {
          line: error.line,
          message: "there is text after the closing quote",
          hint: "put the whole value inside the quotes; a quote inside a value is written twice ('It''s') or the value is put in the other kind of quotes",
        };
      }
      break;
  }
  return { line: error.line, message: error.message, hint: GENERIC_HINT };
}

/** The last line at or before `before` where a quoted value opens and does not close on the same line. */
function unclosedQuoteLine(lines: string[], before: number): number | undefined {
  for (let index = Math.min(before, lines.length) - 1; index >= 0; index--) {
    const match = /^\s*(?:-\s+|[^\s:#][^:#]*:\s+)(["'])(.*)$/.exec(lines[index]!);
    if (!match) continue;
    const [, quote, rest] = match;
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest!) : /'(?!')/.test(rest!.replace(/''/g, ""));
    if (!closed) return index + 1;
  }
  return undefined;
}

/** The last line at or before `before` with more [ than ]. */
function unclosedBracketLine(lines: string[], before: number): number | undefined {
  for (let index = Math.min(before, lines.length) - 1; index >= 0; index--) {
    const line = lines[index]!.replace(/"[^"]*"|'[^']*'/g, "");
    if ((line.match(/\[/g)?.length ?? 0) > (line.match(/\]/g)?.length ?? 0)) return index + 1;
  }
  return undefined;
}

function quotedExample(line: string): string {
  const match = /^\s*([\w-]+):\s+(.*)$/.exec(line);
  if (!match) return 'title: "Baku: forum opens"';
  return `${match[1]}: "${match[2]!.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
