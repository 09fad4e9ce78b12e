/**
 * Eleventy's input folder: empty, and known only to this process. Eleventy
 * runs what it finds in its input (`*.11ty.js`, `_data/*.js`, Nunjucks pages
 * with their own permalinks), and the content folder is written by
 * contributors, so Eleventy never reads it: the articles reach Eleventy only
 * as the archive, which is data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

let emptyInput: string | undefined;

/** A new empty folder in the system's temp folder, made once per process (a preview builds many times) and removed at exit. */
export function emptyInputFolder(): string {
  if (emptyInput && fs.existsSync(emptyInput) && fs.readdirSync(emptyInput).length === 0) return emptyInput;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-eleventy-input-"));
  process.once("exit", () => fs.rmSync(folder, { recursive: true, force: true }));
  emptyInput = folder;
  return folder;
}
