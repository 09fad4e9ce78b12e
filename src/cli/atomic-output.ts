/**
 * Atomic output: build into a fresh folder beside the output, and swap it in
 * only when everything succeeded. A failed build leaves the last good site as
 * it was, byte for byte; a killed one leaves it in place, or set aside where the
 * next build puts it back before doing anything else.
 *
 * Beside `<parent>/<name>` a build makes, each named with the pid of the build
 * that made it (so another build can tell a dead build's folder from a live
 * one's) and a random part (so two builds never share one):
 *
 *   .<name>.building-<pid>-<hex>   the new site, being written
 *   .<name>.previous-<pid>-<hex>   the last good site, set aside for the new one
 *   .<name>.removing-<pid>-<hex>   a replaced site or a dead build's folder, being removed
 *
 * The swap is two renames, `<name>` → previous, then building → `<name>`; the
 * previous site is renamed to "removing" only once the new one is in place, so
 * a "previous" folder is always a whole site. At start-up a build looks at the
 * folders of builds that are no longer running: if `<name>` is missing, the
 * newest "previous" goes back in its place; every other such folder is removed.
 * docs/output-folder.md walks through each crash point.
 */
import { randomBytes } from "node:crypto";
import nodeFs from "node:fs";
import path from "node:path";
import { foreignOutputReason, SITE_MARKER, SITE_MARKER_TEXT } from "./output-guard.ts";
import { removeInBackground } from "./remove-in-background.ts";
import { escapeRegExp } from "../util/regexp.ts";

/** The file operations the swap makes, as `node:fs` has them: tests pass one that fails at a chosen step. */
export interface SwapFs {
  mkdirSync(dir: string, options: { recursive?: boolean; mode?: number }): unknown;
  renameSync(from: string, to: string): void;
  rmSync(target: string, options: { recursive: boolean; force: boolean }): void;
  readdirSync(dir: string): string[];
  lstatSync(target: string): { ctimeMs: number };
  existsSync(target: string): boolean;
  writeFileSync(file: string, text: string): void;
}

/** How to build: `force` replaces a folder Dateline did not write; the rest is for tests. */
export interface AtomicOutputOptions {
  force?: boolean;
  fs?: SwapFs;
  removeInBackground?: (dir: string) => void;
  /** The pid this build's folders are named with. */
  pid?: number;
  /** Whether the build with this pid is still running. */
  isAlive?: (pid: number) => boolean;
}

/** The output folder holds something Dateline did not write, and `--force` was not given. */
export class OutputRefusedError extends Error {
  override name = "OutputRefusedError";
}

/** The message for a refused output folder, or undefined when `output` may be replaced. */
export function outputRefusal(output: string, force = false): string | undefined {
  if (force) return undefined;
  const reason = foreignOutputReason(output);
  if (!reason) return undefined;
  return (
    `refusing to replace ${output}: ${reason}.\n` +
    "    hint: pass --output=<a new or empty folder>, or add --force to replace it anyway (everything in it is deleted)"
  );
}

/** Runs `build(tempDir)` and, if it resolves, replaces `output` with what it wrote. */
export async function buildAtomically(output: string, build: (tempDir: string) => Promise<void>, options: AtomicOutputOptions = {}): Promise<void> {
  const swap = resolveOptions(options);
  const out = path.resolve(output);
  swap.fs.mkdirSync(path.dirname(out), { recursive: true });
  recoverOutput(out, options);
  const refusal = outputRefusal(out, options.force);
  if (refusal) throw new OutputRefusedError(refusal);
  const temp = newFolder(out, "building", swap);
  swap.fs.mkdirSync(temp, { mode: 0o777 });
  try {
    await build(temp);
    swap.fs.writeFileSync(path.join(temp, SITE_MARKER), SITE_MARKER_TEXT);
    // Asked again: the folder may have been used for something else while the site was built.
    const late = outputRefusal(out, options.force);
    if (late) throw new OutputRefusedError(late);
    swapIn(temp, out, swap);
  } catch (error) {
    try {
      swap.fs.rmSync(temp, { recursive: true, force: true });
    } catch {
      // Left for the next build, which removes a dead build's folder: the build's own error matters more.
    }
    throw error;
  }
}

/**
 * Puts back a site an interrupted swap left set aside, and removes the folders
 * of builds that are no longer running. Never touches a running build's folders.
 */
export function recoverOutput(output: string, options: AtomicOutputOptions = {}): void {
  const swap = resolveOptions(options);
  const out = path.resolve(output);
  const parent = path.dirname(out);
  const dead = leftovers(out, swap).filter((folder) => folder.pid === undefined || !swap.isAlive(folder.pid));
  let restored: string | undefined;
  if (!swap.fs.existsSync(out)) {
    // Newest first: with more than one (only builds racing each other leave that), the latest good site wins.
    const setAside = dead
      .filter((folder) => folder.kind === "previous")
      .map((folder) => ({ ...folder, ctime: swap.fs.lstatSync(path.join(parent, folder.entry)).ctimeMs }))
      .sort((a, b) => b.ctime - a.ctime);
    const newest = setAside[0];
    if (newest) {
      try {
        swap.fs.renameSync(path.join(parent, newest.entry), out);
        restored = newest.entry;
      } catch (error) {
        // Another build starting at the same moment put it back first.
        if (!["ENOENT", "EEXIST", "ENOTEMPTY"].includes(errorCode(error))) throw error;
      }
    }
  }
  for (const folder of dead) {
    if (folder.entry === restored) continue;
    const dir = path.join(parent, folder.entry);
    if (folder.kind === "removing") swap.removeInBackground(dir);
    else discard(dir, out, swap);
  }
}

interface Swap {
  fs: SwapFs;
  removeInBackground: (dir: string) => void;
  pid: number;
  isAlive: (pid: number) => boolean;
}

function resolveOptions(options: AtomicOutputOptions): Swap {
  return {
    fs: options.fs ?? nodeFs,
    removeInBackground: options.removeInBackground ?? removeInBackground,
    pid: options.pid ?? process.pid,
    isAlive: options.isAlive ?? processIsAlive,
  };
}

/** Whether a process with this pid exists (EPERM: it does, as another user's). */
export function processIsAlive(pid: number): boolean {
  // 0 and negative pids name process groups, not a build: never take them for dead.
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== "ESRCH";
  }
}

type Kind = "building" | "previous" | "removing";

/** A folder a build made beside the output; `pid` is undefined for the previous version's set-aside sites. */
interface Leftover {
  entry: string;
  kind: Kind;
  pid: number | undefined;
}

function leftovers(out: string, swap: Swap): Leftover[] {
  const name = path.basename(out);
  const ours = new RegExp(`^\\.${escapeRegExp(name)}\\.(building|previous|removing)-(\\d+)-[0-9a-f]+$`);
  // The previous version named the old site `.<name>.building-XXXXXX.old`. Its
  // temp folders (`.<name>.building-XXXXXX`) carry no pid, so nothing can tell
  // a dead one from a live one: they are left alone (docs/output-folder.md).
  const before = new RegExp(`^\\.${escapeRegExp(name)}\\.building-[A-Za-z0-9]{6}\\.old$`);
  const found: Leftover[] = [];
  for (const entry of swap.fs.readdirSync(path.dirname(out))) {
    const match = ours.exec(entry);
    if (match) found.push({ entry, kind: match[1] as Kind, pid: Number(match[2]) });
    else if (before.test(entry)) found.push({ entry, kind: "previous", pid: undefined });
  }
  return found;
}

function newFolder(out: string, kind: Kind, swap: Swap): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${kind}-${swap.pid}-${randomBytes(6).toString("hex")}`);
}

/**
 * The two renames. The last good site is set aside, never deleted, until the new
 * one is in place; if the second rename fails it goes back. If another build
 * swaps its site in between our two renames, that site is set aside too and we
 * try again: the last build to finish wins, as it would one after the other.
 */
function swapIn(temp: string, out: string, swap: Swap): void {
  const setAside: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const aside = newFolder(out, "previous", swap);
    try {
      swap.fs.renameSync(out, aside);
      setAside.push(aside);
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
    }
    try {
      swap.fs.renameSync(temp, out);
      break;
    } catch (error) {
      const raced = ["ENOTEMPTY", "EEXIST"].includes(errorCode(error));
      if (raced && attempt < 10) continue;
      const latest = setAside.pop();
      if (latest) swap.fs.renameSync(latest, out);
      for (const older of setAside) discard(older, out, swap);
      throw error;
    }
  }
  for (const aside of setAside) discard(aside, out, swap);
}

/** Renames `dir` out of the way of recovery (a half-removed site must never be put back), then removes it. */
function discard(dir: string, out: string, swap: Swap): void {
  const removing = newFolder(out, "removing", swap);
  try {
    swap.fs.renameSync(dir, removing);
    swap.removeInBackground(removing);
  } catch {
    // Still there: the next build, once this one has exited, removes it. The
    // new site is in place by now, so this is no reason to fail the build.
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? "";
}
