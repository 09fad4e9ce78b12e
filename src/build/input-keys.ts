/**
 * Keys of what a build is made from, so that the next build can tell what
 * changed without doing the work again:
 *
 * - `rendererKey`: what renders a page besides its data. Dateline's page code
 *   (src/eleventy/plugin.ts and every module it imports), the layouts, the
 *   layout overrides, the static files and the path prefix. Any change to one
 *   renders every page again.
 * - `inputsKey`: everything, read from the file system without reading the
 *   content: the stamp (size, modification time, inode) of every file of the
 *   content folder and of the layout overrides, all of Dateline's code, the
 *   installed packages and the build's options. Equal keys, the same site.
 */
import { createHash, type Hash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeIdentity, installedPackagesHash } from "../cache/cache-identity.ts";
import { LAYOUTS_DIR, PUBLIC_DIR } from "../eleventy/paths.ts";

const FORMAT = "dateline-inputs-1";
const PAGE_CODE = fileURLToPath(new URL("../eleventy/plugin.ts", import.meta.url));
const PROJECT_DIR = fileURLToPath(new URL("../../", import.meta.url));
/** All of Dateline's code and what it reads at run time: any edit may change any output. */
const CODE_FOLDERS = ["src", "layouts", "public"].map((folder) => path.join(PROJECT_DIR, folder));
const CODE_FILES = ["package.json"].map((file) => path.join(PROJECT_DIR, file));

/** The key of the page renderer for a build with these layout overrides and path prefix. */
export function rendererKey(options: { layouts?: string; pathPrefix?: string }): string {
  const hash = createHash("sha256").update(FORMAT).update("\0").update(codeIdentity(PAGE_CODE));
  for (const folder of [LAYOUTS_DIR, PUBLIC_DIR, options.layouts]) {
    hash.update("\0folder\0");
    if (folder) hashContents(hash, folder);
  }
  hash.update("\0prefix\0").update(options.pathPrefix ?? "");
  return hash.digest("base64url");
}

/** The key of everything a build reads, for a build of `input` with `options` (every option that changes the site). */
export function inputsKey(input: string, layouts: string | undefined, options: unknown): string {
  const hash = createHash("sha256").update(FORMAT).update("\0").update(installedPackagesHash());
  for (const folder of CODE_FOLDERS) {
    hash.update("\0code\0");
    hashContents(hash, folder);
  }
  for (const file of CODE_FILES) hash.update("\0file\0").update(fs.readFileSync(file));
  for (const folder of [input, layouts]) {
    hash.update("\0stamps\0");
    if (folder) hashStamps(hash, folder);
  }
  hash.update("\0options\0").update(JSON.stringify(options));
  return hash.digest("base64url");
}

/** Every entry under `folder`, sorted by path, each as `(path, kind)` and, for a file, its bytes. */
function hashContents(hash: Hash, folder: string): void {
  walk(folder, (relative, stat, file) => {
    hash.update(`${relative}\0${kindOf(stat)}\0`);
    if (stat.isFile()) hash.update(fs.readFileSync(file));
    else if (stat.isSymbolicLink()) hash.update(fs.readlinkSync(file));
  });
}

/** Every entry under `folder`, sorted by path, each as `(path, kind, size, mtime, inode, mode)`. */
function hashStamps(hash: Hash, folder: string): void {
  walk(folder, (relative, stat, file) => {
    hash.update(`${relative}\0${kindOf(stat)}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}\0${stat.mode}\0`);
    if (stat.isSymbolicLink()) hash.update(fs.readlinkSync(file));
  });
}

function kindOf(stat: fs.Stats): string {
  return stat.isDirectory() ? "d" : stat.isFile() ? "f" : stat.isSymbolicLink() ? "l" : "o";
}

/** Calls `visit` for `folder` itself and every entry under it, in sorted order, never following a link; a missing folder is visited as missing. */
function walk(folder: string, visit: (relative: string, stat: fs.Stats, file: string) => void): void {
  const go = (file: string, relative: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      return;
    }
    visit(relative, stat, file);
    if (!stat.isDirectory()) return;
    for (const name of fs.readdirSync(file).sort()) go(path.join(file, name), relative === "" ? name : `${relative}/${name}`);
  };
  go(folder, "");
}
