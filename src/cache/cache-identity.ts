/**
 * What a disk cache's contents depend on besides its keys: the installed
 * packages and the source of the code that produced them. A cache records
 * these and is ignored when they differ, so no edit to the code and no
 * `npm install` can ever serve results made by other code.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where caches live unless DATELINE_CACHE_DIR says otherwise: beside the installed packages. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/dateline/", import.meta.url));

/** npm's record of what is installed; its hash changes whenever any package version does. */
const INSTALLED_PACKAGES = fileURLToPath(new URL("../../node_modules/.package-lock.json", import.meta.url));

/** The folder caches are written to. */
export function cacheDir(): string {
  return process.env.DATELINE_CACHE_DIR || DEFAULT_CACHE_DIR;
}

let packagesHash: string | undefined;

/** A hash of the installed package versions ("unknown" when npm's record is missing). */
export function installedPackagesHash(): string {
  if (packagesHash === undefined) {
    try {
      packagesHash = createHash("sha256").update(fs.readFileSync(INSTALLED_PACKAGES)).digest("base64url");
    } catch {
      packagesHash = "unknown";
    }
  }
  return packagesHash;
}

/** A hash of every `.ts` file directly in `dir` (names and contents), e.g. the code that parses articles. */
export function sourceHash(dir: string): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".ts")).sort()) {
    hash.update(name).update("\0").update(fs.readFileSync(path.join(dir, name))).update("\0");
  }
  return hash.digest("base64url");
}
