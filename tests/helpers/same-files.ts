/** Byte-for-byte comparison of two built sites. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { SITE_MARKER } from "../../src/cli/output-guard.ts";
import { listFiles } from "./build-site.ts";

/**
 * Asserts that every file of the site in `expectedDir` is in `actualDir` with
 * the same bytes. Files only in `actualDir` are allowed (a preview writes into
 * the folder it serves and leaves what earlier builds wrote). Returns how many
 * files were compared.
 */
export function assertSameFiles(expectedDir: string, actualDir: string, what = "the site"): number {
  // The marker is the command's (build.ts writes it for build and preview alike), not a page:
  // a PreviewSession run on its own has none.
  const files = listFiles(expectedDir).filter((file) => file !== SITE_MARKER);
  const missing: string[] = [];
  const differing: string[] = [];
  for (const file of files) {
    const actual = path.join(actualDir, file);
    if (!fs.existsSync(actual)) missing.push(file);
    else if (!fs.readFileSync(actual).equals(fs.readFileSync(path.join(expectedDir, file)))) differing.push(file);
  }
  const list = (names: string[]) => names.slice(0, 20).join("\n  ") + (names.length > 20 ? `\n  … and ${names.length - 20} more` : "");
  assert.ok(missing.length === 0 && differing.length === 0, `${what}: ${differing.length} of ${files.length} files differ:\n  ${list(differing)}\n${missing.length} are missing:\n  ${list(missing)}`);
  return files.length;
}
