/**
 * A cache of whole output folders, for build steps whose output depends only
 * on inputs that can be hashed: the search index (Pagefind) is the case in
 * point. At 10,000 articles Pagefind takes 15–40 s and ~1.6 GB; when the
 * search records are unchanged (a rebuild after a layout edit, a warm build),
 * copying last build's bundle (~10,000 files) takes ~0.9 s.
 *
 * Entries are copied, never hard-linked, both ways: a later edit to a built
 * site can never reach into the cache. One entry is kept per name.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { copyFolderInThread } from "../files/file-work-thread.ts";
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
  if (fs.existsSync(path.join(entry, COMPLETE_MARKER))) {
    fs.rmSync(target, { recursive: true, force: true });
    await copyFolderInThread(entry, target, COMPLETE_MARKER);
    return { reused: true };
  }
  const result = await build();
  try {
    const temp = `${entry}.${process.pid}.tmp`;
    fs.rmSync(temp, { recursive: true, force: true });
    await copyFolderInThread(target, temp);
    fs.writeFileSync(path.join(temp, COMPLETE_MARKER), "");
    // Only the newest entry is kept: older ones would only be reused after a revert.
    for (const old of fs.existsSync(root) ? fs.readdirSync(root) : []) {
      if (old !== path.basename(temp)) fs.rmSync(path.join(root, old), { recursive: true, force: true });
    }
    fs.renameSync(temp, entry);
  } catch {
    // Nothing to undo: the folder was built; only the next build pays for it again.
  }
  return { reused: false, result };
}
