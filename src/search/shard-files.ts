/**
 * A shard's files: counted after it is written (for `shards.json`), and taken
 * from the previous site by hard link when its key is unchanged.
 *
 * Hard links are safe here because no shard file is ever written in place:
 * Pagefind writes a new shard into the new site's folder, and the previous
 * site's folder is only removed after the swap. A file that cannot be linked
 * (another file system: EXDEV, or one without hard links) is copied.
 */
import fs from "node:fs";
import path from "node:path";

/** How many files a folder holds, and their total size. */
export interface FolderSize {
  files: number;
  bytes: number;
}

/** The files under `dir` and their total size; undefined when it holds anything but folders and plain files (a link). */
export function folderSize(dir: string): FolderSize | undefined {
  const size = { files: 0, bytes: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) return undefined;
    size.files++;
    size.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return size;
}

/**
 * Fills `to` (which must not exist) with the files of `from`, hard-linked file
 * by file, and checks that they are the `expected` files: a previous site is
 * not trusted, so a shard missing a file, holding a truncated one or a symbolic
 * link is not reused. Returns false (leaving no `to`) when it cannot be reused.
 */
export function linkShard(from: string, to: string, expected: FolderSize): boolean {
  try {
    const found = folderSize(from);
    if (!found || found.files !== expected.files || found.bytes !== expected.bytes) return false;
    for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      if (entry.isDirectory()) {
        fs.mkdirSync(target, { recursive: true });
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
    const linked = folderSize(to);
    if (linked && linked.files === expected.files && linked.bytes === expected.bytes) return true;
  } catch {
    // The previous site changed or vanished while this build read it: build the shard instead.
  }
  fs.rmSync(to, { recursive: true, force: true });
  return false;
}
