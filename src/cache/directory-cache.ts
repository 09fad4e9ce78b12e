/**
 * A cache of whole output folders, for build steps whose output depends only
 * on inputs that can be hashed: the search index (Pagefind) is the case in
 * point. At 10,000 articles Pagefind takes 15–40 s and ~1.6 GB; when the
 * search records are unchanged (a rebuild after a layout edit, a warm build),
 * copying last build's bundle (~10,000 files) takes ~0.9 s.
 *
 * Entries are copied, never hard-linked, both ways: a later edit to a built
 * site can never reach into the cache. One entry is kept per name.
 *
 * Copies use the synchronous `fs.cpSync`, much faster for many small files
 * than `fs.promises.cp`. It blocks the thread it runs on, which is why the
 * search index (this cache's one user in a build) runs in a thread of its own
 * (search-index-thread.ts): Eleventy goes on rendering meanwhile.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir, installedPackagesHash } from "./cache-identity.ts";

/** What `cachedDirectory` did: reused the folder, or built it (with what the build returned). */
export type DirectoryCacheOutcome<T> = { reused: true } | { reused: false; result: T };

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

/** True when `name` has a complete entry for `key` (restoring it can still fail, if another build replaces it meanwhile). */
export function hasCachedDirectory(name: string, key: string, dir = cacheDir()): boolean {
  return fs.existsSync(path.join(dir, "folders", name, key, COMPLETE_MARKER));
}

/**
 * Fills `target` with the folder cached under `name` if it was built for `key`;
 * otherwise runs `build()` (which must write `target`) and caches what it wrote.
 * A failed build caches nothing; a cache that cannot be written only costs time later.
 */
export async function cachedDirectory<T>(
  name: string,
  key: string,
  target: string,
  build: () => Promise<T>,
  dir = cacheDir(),
): Promise<DirectoryCacheOutcome<T>> {
  const root = path.join(dir, "folders", name);
  const entry = path.join(root, key);
  if (restoreCachedDirectory(name, key, target, dir)) return { reused: true };
  const result = await build();
  const temp = `${entry}.${process.pid}.tmp`;
  try {
    fs.rmSync(temp, { recursive: true, force: true });
    copyFolder(target, temp);
    fs.writeFileSync(path.join(temp, COMPLETE_MARKER), "");
    removeOtherEntries(root, path.basename(temp));
    fs.renameSync(temp, entry);
  } catch {
    // The folder was built; only the next build pays for it again. Leave no half copy.
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return { reused: false, result };
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
