/**
 * Removing a folder without making the user wait for it. Deleting the previous
 * site (14,000 files at 10,000 articles) took 3–5 s at the end of every
 * rebuild; once the new site is in place nobody needs to wait for that, so a
 * detached process does it after the build has returned.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const REMOVE_SCRIPT = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';

/** Starts removing `dir` in a detached process; falls back to removing it here if no process can be started. */
export function removeInBackground(dir: string): void {
  try {
    const child = spawn(process.execPath, ["-e", REMOVE_SCRIPT, path.resolve(dir)], { detached: true, stdio: "ignore" });
    child.on("error", () => fs.rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
