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
 * A site is a folder per page: the folders are read, and the files asked for
 * their stamps, a few at a time on libuv's threads.
 */
export async function siteFiles(root: string, ignore: ReadonlySet<string> = new Set(), known: ReadonlyMap<string, FileStamp> = new Map()): Promise<Map<string, FileStamp>> {
  const files = new Map<string, FileStamp>();
  const limit = limiter(IN_FLIGHT);
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await limit(() => fs.promises.readdir(dir, { withFileTypes: true }));
    const pending: Promise<void>[] = [];
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (ignore.has(relative)) continue;
      if (entry.isDirectory()) pending.push(walk(path.join(dir, entry.name), `${relative}/`));
      else if (entry.isFile()) {
        const stamp = known.get(relative);
        if (stamp) files.set(relative, stamp);
        else pending.push(limit(() => fs.promises.lstat(path.join(dir, entry.name))).then((stat) => void files.set(relative, stampOf(stat))));
      }
    }
    await Promise.all(pending);
  };
  await walk(root, "");
  return files;
}

/** File-system calls in flight at once. */
const IN_FLIGHT = 16;

/** Runs the tasks given to it at most `most` at a time. */
function limiter(most: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= most) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
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
export async function sameSite(root: string, recorded: ReadonlyMap<string, FileStamp>, ignore: ReadonlySet<string> = new Set()): Promise<boolean> {
  let now: Map<string, FileStamp>;
  try {
    now = await siteFiles(root, ignore);
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
