/**
 * Atomic output: build into a fresh folder beside the output, and swap it in
 * only when everything succeeded. A failed build leaves the last good site as
 * it was, byte for byte.
 */
import fs from "node:fs";
import path from "node:path";
import { removeInBackground } from "./remove-in-background.ts";

/** Runs `build(tempDir)` and, if it resolves, replaces `output` with what it wrote. */
export async function buildAtomically(output: string, build: (tempDir: string) => Promise<void>): Promise<void> {
  const out = path.resolve(output);
  const parent = path.dirname(out);
  fs.mkdirSync(parent, { recursive: true });
  sweepOldOutputs(parent, path.basename(out));
  const temp = fs.mkdtempSync(path.join(parent, `.${path.basename(out)}.building-`));
  try {
    await build(temp);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const old = `${temp}.old`;
  const hadOutput = fs.existsSync(out);
  if (hadOutput) fs.renameSync(out, old);
  try {
    fs.renameSync(temp, out);
  } catch (error) {
    if (hadOutput) fs.renameSync(old, out);
    throw error;
  }
  if (hadOutput) removeInBackground(old);
}

/** Removes previous sites whose background removal was interrupted (`.<name>.building-*.old`). */
function sweepOldOutputs(parent: string, name: string): void {
  const prefix = `.${name}.building-`;
  for (const entry of fs.readdirSync(parent)) {
    if (entry.startsWith(prefix) && entry.endsWith(".old")) removeInBackground(path.join(parent, entry));
  }
}
