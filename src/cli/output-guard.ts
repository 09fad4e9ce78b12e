/** Refuses output folders whose replacement would destroy something that is not a build. */
import fs from "node:fs";
import path from "node:path";
import { PUBLIC_DIR } from "../eleventy/paths.ts";
import { isWithin } from "../util/paths.ts";

/**
 * The file Dateline leaves at the root of every site it writes, so that a later
 * build knows the folder is its own to replace. It is served with the site, so
 * it says nothing about the machine, the user or the content: only who wrote it
 * and in which format.
 */
export const SITE_MARKER = ".dateline-site";

/** The marker's text; `format` changes only if what a site folder holds changes meaning. */
export const SITE_MARKER_TEXT = `${JSON.stringify({ generator: "dateline", format: 1 })}\n`;

/** Returns why `output` must not be written (it is the content, the project, a parent of either, or /), or undefined when it is safe. */
export function unsafeOutputReason(output: string, input: string, projectRoot: string): string | undefined {
  const out = realPathOf(output);
  const content = realPathOf(input);
  if (out === path.parse(out).root) return "it is the root of the file system";
  if (isWithin(content, out)) return "it is, or contains, the content folder";
  if (isWithin(realPathOf(projectRoot), out)) return "it is, or contains, the project folder";
  if (isWithin(out, content)) return "it is inside the content folder";
  if (out === realPathOf(process.env.HOME ?? "/nonexistent")) return "it is your home folder";
  return undefined;
}

/**
 * The absolute path with symbolic links resolved, as far as it exists: a folder
 * reached through a linked parent is compared as the folder it really is.
 */
function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(fs.realpathSync(existing), path.relative(existing, absolute));
  } catch {
    return absolute;
  }
}

/**
 * Returns why replacing `output` could destroy something Dateline did not make,
 * or undefined when it is missing, empty, or a site Dateline wrote. Only
 * `--force` overrides it.
 */
export function foreignOutputReason(output: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(output);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  // A build replaces the link itself, not the folder it points to: a web root
  // behind a link would silently stop being updated.
  if (stat.isSymbolicLink()) return "it is a symbolic link, and a build would replace the link, not the folder it points to";
  if (!stat.isDirectory()) return "it is a file, not a folder";
  const entries = fs.readdirSync(output);
  if (entries.length === 0 || isMarkedSite(output) || isUnmarkedDatelineSite(output, entries)) return undefined;
  // Name what looks foreign first: in an old site with a note dropped into it, the note.
  const strays = entries.filter((name) => !SITE_ROOT.includes(name) && !publicFiles().includes(name) && name !== SITE_MARKER);
  return `it holds files Dateline did not write (${describe(strays.length > 0 ? strays : entries)}), and a build replaces the whole folder`;
}

function isMarkedSite(output: string): boolean {
  try {
    const marker: unknown = JSON.parse(fs.readFileSync(path.join(output, SITE_MARKER), "utf8"));
    return typeof marker === "object" && marker !== null && (marker as { generator?: unknown }).generator === "dateline";
  } catch {
    return false;
  }
}

/** What a Dateline site has at its root whatever the content (besides the files of public/). */
const SITE_ROOT = ["404.html", "archive", "articles", "countries", "feed.xml", "flags", "index.html", "pagefind", "people", "robots.txt", "search", "sitemap.xml", "sources"];
const REQUIRED = ["index.html", "feed.xml", "sitemap.xml", "pagefind"];

/**
 * Sites built before the marker existed have none. One is taken as Dateline's
 * when it has the files every Dateline site has and nothing at its root that
 * Dateline does not write: a stray file there (notes, a thesis) means someone
 * else has been using the folder, and then only --force replaces it. The
 * rebuilt site carries the marker, so this guess is made at most once.
 */
function isUnmarkedDatelineSite(output: string, entries: string[]): boolean {
  if (!REQUIRED.every((name) => entries.includes(name))) return false;
  if (!fs.statSync(path.join(output, "pagefind")).isDirectory()) return false;
  const copied = publicFiles();
  return entries.every((name) => SITE_ROOT.includes(name) || copied.includes(name));
}

/** The names public/ puts at a site's root. */
function publicFiles(): string[] {
  try {
    return fs.readdirSync(PUBLIC_DIR);
  } catch {
    return [];
  }
}

function describe(entries: string[]): string {
  const sorted = [...entries].sort();
  return sorted.length <= 3 ? sorted.join(", ") : `${sorted.slice(0, 3).join(", ")} and ${sorted.length - 3} more`;
}
