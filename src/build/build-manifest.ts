/**
 * What the last build of an output folder made, and from what: kept in the
 * cache folder (never in the site, which is published), one file per output
 * folder, and written only after the new site is in place. A build reads it to
 * know which pages and files of the last site it can take as they are.
 *
 * Nothing in it is trusted alone: a page is taken from the last site only if
 * its key matches AND the file is still the very file that build wrote
 * (src/build/site-files.ts). A missing, unreadable or foreign manifest is no
 * manifest: the build renders every page.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { FileStamp } from "./site-files.ts";

/** The manifest's format; a manifest of another format is ignored. */
const FORMAT = 1;

/** One build's record of its site. */
export interface BuildManifest {
  format: typeof FORMAT;
  /** A key of everything the site was built from, read from the file system: equal, and the site is the same. */
  inputs: string;
  /** The build's "now", and the first instant after it at which the same content makes another site (Infinity: never). */
  now: number;
  validUntil: number;
  /** Key of each page, by permalink. */
  pages: Map<string, string>;
  /** Key of each other part of the site (the open data…), by name. */
  parts: Map<string, string>;
  /** Every file of the site as written. */
  files: Map<string, FileStamp>;
}

/** Where the manifest of the site in `output` lives. */
export function manifestFile(cacheDir: string, output: string): string {
  const name = createHash("sha256").update(path.resolve(output)).digest("base64url").slice(0, 32);
  return path.join(cacheDir, "builds", `${name}.v8`);
}

/** The manifest of the last build of `output`, or undefined. */
export function readManifest(cacheDir: string, output: string): BuildManifest | undefined {
  try {
    const manifest = v8.deserialize(fs.readFileSync(manifestFile(cacheDir, output))) as Partial<BuildManifest>;
    if (manifest.format !== FORMAT || !(manifest.pages instanceof Map) || !(manifest.files instanceof Map) || !(manifest.parts instanceof Map)) return undefined;
    return manifest as BuildManifest;
  } catch {
    return undefined;
  }
}

/** Records the manifest of `output`; a cache that cannot be written costs the next build time, not correctness. */
export function writeManifest(cacheDir: string, output: string, manifest: Omit<BuildManifest, "format">): void {
  const file = manifestFile(cacheDir, output);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, v8.serialize({ format: FORMAT, ...manifest }));
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

/** Forgets the manifest of `output` (before a build changes the site it describes). */
export function forgetManifest(cacheDir: string, output: string): void {
  fs.rmSync(manifestFile(cacheDir, output), { force: true });
}
