/** Paths compared as paths, not as strings: containment, and how a path is shown to an editor. */
import path from "node:path";

/**
 * True when `child` is `parent` or inside it, at any depth. A name that merely
 * begins with two dots (`..drafts`) is inside; only `..` itself is a way up.
 */
export function isWithin(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * A path as an editor types it: relative to `cwd`, with forward slashes, when
 * the file lies within it; absolute otherwise (a relative path up out of the
 * working folder is harder to read than the absolute one).
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  if (!isWithin(file, cwd)) return file;
  const relative = path.relative(path.resolve(cwd), path.resolve(file));
  return relative === "" ? file : relative.split(path.sep).join("/");
}
