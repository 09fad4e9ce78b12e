/** Whether one path lies within a folder, compared as paths, not as strings. */
import path from "node:path";

/**
 * True when `child` is `parent` or inside it, at any depth. A name that merely
 * begins with two dots (`..drafts`) is inside; only `..` itself is a way up.
 */
export function isWithin(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
