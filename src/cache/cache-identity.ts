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

/**
 * Where caches live unless DATELINE_CACHE_DIR says otherwise: `.cache/dateline`
 * in the project (the folder holding package.json), not in `node_modules`,
 * which `npm ci` deletes on every deploy, and not in the content folder,
 * which is the editors' data, may be mounted read-only, and is checked for
 * files it should not hold. Deploy recipes keep this folder between builds
 * (docs/publishing.md); tests/unit/deploy-recipes.test.ts holds them to it.
 */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../.cache/dateline/", import.meta.url));

/** The project root: a relative DATELINE_CACHE_DIR is read against it (npm scripts run there), and code identities name files from it. */
const PROJECT_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** npm's record of what is installed; its hash changes whenever any package version does. */
const INSTALLED_PACKAGES = fileURLToPath(new URL("../../node_modules/.package-lock.json", import.meta.url));

/** The folder caches are written to: DATELINE_CACHE_DIR (relative to the project root) or the default. */
export function cacheDir(): string {
  const chosen = process.env.DATELINE_CACHE_DIR;
  return chosen ? path.resolve(PROJECT_DIR, chosen) : DEFAULT_CACHE_DIR;
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
    hash.update("\0").update(path.relative(PROJECT_DIR, file)).update("\0").update(fs.readFileSync(file));
  }
  return hash.digest("base64url");
}

/** Matches the module of every static import and re-export, and of a dynamic import of a relative path. */
const IMPORT = /^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|\bimport\(\s*"(\.[^"]+)"\s*\)/gm;

/** Comment lines (doc comments name modules in examples), left out before imports are matched. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*).*$/gm;

/** `files` and every module they import through relative paths, sorted. */
export function importClosure(files: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of fs.readFileSync(file, "utf8").replace(COMMENT_LINE, "").matchAll(IMPORT)) {
      visit(path.resolve(path.dirname(file), (match[1] ?? match[2])!));
    }
  };
  for (const file of files) visit(path.resolve(file));
  return [...seen].sort();
}
