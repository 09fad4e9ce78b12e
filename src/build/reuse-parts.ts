/**
 * The parts of a site that are not pages, taken from the last site when what
 * they are made from is unchanged, and the whole site when nothing is.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_URL } from "../archive/urls.ts";
import { codeIdentity } from "../cache/cache-identity.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { sameFile, sameSite } from "./site-files.ts";
import { takeFiles, type Taken } from "./take-files.ts";

/** The open-data files' folder in the site, relative to its root (`data/`). */
export const DATA_FOLDER = DATA_URL.slice(1);

const OPEN_DATA_CODE = fileURLToPath(new URL("../open-data/write-open-data.ts", import.meta.url));

/** The key of the open-data files: the archive they are made from, the code that writes them, and the path prefix their URLs carry. */
export function openDataKey(archiveKey: string, pathPrefix: string | undefined): string {
  return createHash("sha256").update(codeIdentity(OPEN_DATA_CODE)).update("\0").update(archiveKey).update("\0").update(pathPrefix ?? "").digest("base64url");
}

/**
 * Takes the files of part `name` (every file the last site had under `folder`
 * that is not one of the new site's pages) from the last site, when the last
 * build made them with the same key and each is still as it wrote it.
 * Undefined (and nothing taken) otherwise: the caller writes the part.
 */
export function takePart(
  previous: BuildManifest | undefined,
  previousSite: string,
  site: string,
  name: string,
  key: string,
  folder: string,
  pages: ReadonlyMap<string, unknown>,
): Taken | undefined {
  if (!previous || previous.parts.get(name) !== key) return undefined;
  const files = [...previous.files.keys()].filter((file) => file.startsWith(folder) && !pages.has(`/${file}`));
  if (files.length === 0 || !files.every((file) => sameFile(path.join(previousSite, file), previous.files.get(file)))) return undefined;
  return takeFiles(previousSite, site, files);
}

/** Where the manifest's parts hold a search shard's key by the digest of its views (src/search/search-index-thread.ts `knownKeys`). */
export const SEARCH_KEY_PART = "search-shard:";

/** The search shards' keys the last build learnt, by the digest of their views. */
export function searchKeysOf(previous: BuildManifest | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, key] of previous?.parts ?? []) if (name.startsWith(SEARCH_KEY_PART)) keys.set(name.slice(SEARCH_KEY_PART.length), key);
  return keys;
}

/**
 * True when a build would make the site `output` already holds: the same
 * inputs as the last build (`inputsKey`), a clock no earlier than that build's
 * and before the first change the clock alone would make, and every file of
 * the site still as that build left it (none changed, removed or added).
 */
export function siteIsUpToDate(previous: BuildManifest, inputs: string, now: number, output: string, ignore: ReadonlySet<string>): boolean {
  return previous.inputs === inputs && previous.now <= now && now < previous.validUntil && sameSite(output, previous.files, ignore);
}
