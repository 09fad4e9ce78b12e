/**
 * A cache of whole output folders, for build steps whose output depends only
 * on inputs that can be hashed: the search shards (Pagefind) are the case in
 * point. Pagefind is the slowest step of a build; copying back a shard it
 * built for the same records is far quicker (docs/performance.md).
 *
 * Entries are copied, never hard-linked, both ways: a later edit to a built
 * site can never reach into the cache. One entry is kept per name.
 *
 * Copies use the synchronous `fs.cpSync`, much faster and cheaper for many
 * small files than `fs.promises.cp` (docs/performance.md); they block the
 * thread they run on, which is why the search index runs in a thread of its
 * own (search-index-thread.ts).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir, installedPackagesHash } from "./cache-identity.ts";

const COMPLETE_MARKER = ".dateline-complete";

/**
 * A cache key for a folder built from `inputs` (any JSON value) by the installed
 * packages. An array is hashed item by item, so a large one (10,000 search
 * records) is never held as one JSON string.
 */
export function directoryKey(inputs: unknown): string {
  const hash = createHash("sha256").update(installedPackagesHash()).update("\0");
  if (Array.isArray(inputs)) {
    hash.update("[");
    for (const item of inputs) hash.update(JSON.stringify(item) ?? "null").update("\0");
  } else hash.update(JSON.stringify(inputs) ?? "null");
  return hash.digest("base64url");
}

/** True when `name` has an entry for any key (a folder being written or removed aside): else no key need be computed to know there is nothing to restore. */
export function hasAnyCachedDirectory(name: string, dir = cacheDir()): boolean {
  try {
    // Entries are named by their key (base64url); a half-written or discarded one has a dotted name.
    return fs.readdirSync(path.join(dir, "folders", name)).some((entry) => !entry.includes("."));
  } catch {
    return false;
  }
}

/** True when `name` has a complete entry for `key` (restoring it can still fail, if another build replaces it meanwhile). */
export function hasCachedDirectory(name: string, key: string, dir = cacheDir()): boolean {
  return fs.existsSync(path.join(dir, "folders", name, key, COMPLETE_MARKER));
}

/**
 * Caches folder `source` (just built) under `name` and `key`, as the only entry
 * of `name`. A cache that cannot be written only costs time later, so this
 * never throws; it leaves no half copy.
 */
export function storeCachedDirectory(name: string, key: string, source: string, dir = cacheDir()): void {
  const root = path.join(dir, "folders", name);
  const entry = path.join(root, key);
  const temp = `${entry}.${process.pid}.tmp`;
  try {
    fs.rmSync(temp, { recursive: true, force: true });
    copyFolder(source, temp);
    fs.writeFileSync(path.join(temp, COMPLETE_MARKER), "");
    removeOtherEntries(root, path.basename(temp));
    fs.renameSync(temp, entry);
  } catch {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Fills `target` with the folder cached under `name` if it was built for `key`;
 * false when there is no such entry. For a step that must first learn whether
 * it can skip gathering its inputs (the search shards: their records are sent
 * to a thread only when Pagefind must run).
 */
export function restoreCachedDirectory(name: string, key: string, target: string, dir = cacheDir()): boolean {
  const entry = path.join(dir, "folders", name, key);
  if (!fs.existsSync(path.join(entry, COMPLETE_MARKER))) return false;
  try {
    fs.rmSync(target, { recursive: true, force: true });
    copyFolder(entry, target, COMPLETE_MARKER);
    return true;
  } catch {
    // Another build replaced the entry while this one copied it: build the folder instead.
    fs.rmSync(target, { recursive: true, force: true });
    return false;
  }
}

/** Copies folder `from` to `to`, leaving out files named `skipName`. */
function copyFolder(from: string, to: string, skipName?: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (file) => path.basename(file) !== skipName });
}

/** How old another build's unfinished copy must be before it counts as abandoned. */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * Only the newest entry is kept: older ones would only be reused after a revert.
 * An old entry is renamed before it is removed, so a build copying from it at
 * that moment fails whole (and builds its own folder) instead of copying half;
 * another build's unfinished copy is left alone unless it was abandoned.
 */
function removeOtherEntries(root: string, keep: string): void {
  for (const name of fs.readdirSync(root)) {
    if (name === keep) continue;
    const full = path.join(root, name);
    try {
      if (name.endsWith(".tmp") && Date.now() - fs.statSync(full).mtimeMs < ABANDONED_MS) continue;
      const trash = `${full}.${process.pid}.trash`;
      fs.renameSync(full, trash);
      fs.rmSync(trash, { recursive: true, force: true });
    } catch {
      // Another build is removing it too.
    }
  }
}
