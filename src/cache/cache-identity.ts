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

/**
 * The one way a cache says which code filled it: a hash of the installed
 * packages and of the source of `entries` and of every module they import,
 * however deep, through relative imports. Moving a module to another folder,
 * or adding one, changes nothing about what is covered.
 */
export function codeIdentity(...entries: (string | URL)[]): string {
  const hash = createHash("sha256").update(installedPackagesHash());
  for (const file of importClosure(entries.map((entry) => (entry instanceof URL ? fileURLToPath(entry) : entry)))) {
    hash.update("\0").update(path.relative(SOURCE_ROOT, file)).update("\0").update(fs.readFileSync(file));
  }
  return hash.digest("base64url");
}

const SOURCE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Matches the module of every static import and re-export, and of every dynamic
 * import of a relative path. The dynamic form matches in comments too, so no
 * comment here may spell one out with quotes (it would be read as an import).
 */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

/** `files` and every module they import through relative paths, sorted. */
export function importClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      visit(path.resolve(path.dirname(file), (match[1] ?? match[2])!));
    }
  };
  for (const file of files) visit(path.resolve(file));
  return [...seen].sort();
}
