/**
 * What a built site holds, file by file, as the file system describes each
 * file (size, modification time, inode). Recorded after each build, so that
 * the next one can tell that a file of the site is still the one it wrote: a
 * file changed, replaced or removed since (by hand, or by the live preview,
 * which writes in place) is never taken for the build's own.
 */
import fs from "node:fs";
import path from "node:path";

/** A file as recorded: size in bytes, modification time in ms, inode. */
export type FileStamp = readonly [size: number, mtimeMs: number, ino: number];

/**
 * Every regular file under `root`, by path relative to it with `/` separators;
 * links and other entries are left out, and so are the files named in `ignore`
 * (the site marker, which the swap writes after the build and which says
 * nothing of the site's contents). A file in `known` (one the build hard-linked
 * from the last site: the same file, so the same stamp) is not asked again.
 */
export function siteFiles(root: string, ignore: ReadonlySet<string> = new Set(), known: ReadonlyMap<string, FileStamp> = new Map()): Map<string, FileStamp> {
  const files = new Map<string, FileStamp>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      if (ignore.has(relative)) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${relative}/`);
      else if (entry.isFile()) files.set(relative, known.get(relative) ?? stampOf(fs.lstatSync(path.join(dir, entry.name))));
    }
  };
  walk(root, "");
  return files;
}

/** The stamp of a file's stat. */
export function stampOf(stat: fs.Stats): FileStamp {
  return [stat.size, stat.mtimeMs, stat.ino];
}

/** True when `file` is a regular file still as `stamp` recorded it. */
export function sameFile(file: string, stamp: FileStamp | undefined): boolean {
  if (!stamp) return false;
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && stat.size === stamp[0] && stat.mtimeMs === stamp[1] && stat.ino === stamp[2];
  } catch {
    return false;
  }
}

/** True when the site under `root` holds exactly the files of `recorded` (but those in `ignore`), each as recorded. */
export function sameSite(root: string, recorded: ReadonlyMap<string, FileStamp>, ignore: ReadonlySet<string> = new Set()): boolean {
  let now: Map<string, FileStamp>;
  try {
    now = siteFiles(root, ignore);
  } catch {
    return false;
  }
  if (now.size !== recorded.size) return false;
  for (const [file, stamp] of now) {
    const before = recorded.get(file);
    if (!before || before[0] !== stamp[0] || before[1] !== stamp[1] || before[2] !== stamp[2]) return false;
  }
  return true;
}
