/**
 * The editors' documentation as the tests read it: `docs/editors.md` when it
 * exists, else the README from its "For editors" section on.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The editors' docs: the file they are in (relative to the repository) and their text. */
export function editorsDoc(): { file: string; text: string } {
  const docs = path.join(ROOT, "docs", "editors.md");
  if (fs.existsSync(docs)) return { file: "docs/editors.md", text: fs.readFileSync(docs, "utf8") };
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  return { file: "README.md", text: readme.slice(readme.indexOf("## For editors")) };
}

/** The first Markdown table in `text` with a row for one of `codes` (its first cell, in backticks), header included, or undefined. */
export function codesTableIn(text: string, codes: readonly string[]): string | undefined {
  const lines = text.split(/\r?\n/);
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]!.startsWith("|")) continue;
    let end = start;
    while (end < lines.length && lines[end]!.startsWith("|")) end++;
    const table = lines.slice(start, end);
    if (table.some((line) => codes.includes(/^\| `([^`]+)` \|/.exec(line)?.[1] ?? ""))) return table.join("\n");
    start = end;
  }
  return undefined;
}
