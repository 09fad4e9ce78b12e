/**
 * A record, in the cache folder, of each article file's stamp as the last
 * build saw it (size, modification and change times, inode and device) with
 * the parse-cache and render-cache keys of its text then. A warm build that
 * finds a file's stamp unchanged takes its parsed fields and its rendered body
 * from those caches without reading or hashing the file; any other file is
 * read and hashed as before.
 *
 * Why a stamp can be trusted: every write to a file moves its change time
 * (ctime), which no program can set back (`touch` and `utimes` set only the
 * modification and access times, and set the change time to now). A rename
 * or a move gives another path, which is another record; a file replaced by
 * another (an editor's save-by-rename) has another inode. The residual risk
 * is a write within the file system's timestamp granularity of the moment
 * the stamp was taken, with the same size: so a file whose times are not
 * clearly older than the start of the build that records it is not recorded
 * (Git's "racily clean" rule), and is read again next time. What remains is a
 * clock set back, or a file system that keeps no change time; `--full` reads
 * every file whatever its stamp.
 *
 * The record is tied to the words a body's HTML names things with (a render
 * key hashes them), so a change of the site's language never takes a render
 * made in the old one; the keys it holds are checked against the caches, so
 * a record outliving its caches only costs a read.
 */
import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";

/** A file's stamp: what changes whenever its bytes do. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** What a file's text gave, under its stamp. */
export interface StampedFile {
  stamp: FileStamp;
  /** The file's key in the parse cache (ParseCache.keyOf). */
  parseKey: string;
  /** Its body's key in the render cache (RenderCache keyOf). */
  renderKey: string;
  /** The line its body starts on (bodyStartLine). */
  bodyLine: number | undefined;
}

/** How much older than the recording build a file's times must be to be recorded: far above any file system's timestamp granularity and a coarse kernel clock. */
export const RACY_MARGIN_MS = 2_000;

/** Article files' stamps with their cache keys, by absolute path, read from and written to one file. */
export class FileStamps {
  private readonly record: DiskCache<StampedFile>;

  /**
   * A record in `dir` (the cache folder) for bodies rendered with the words `renderWords` names (a
   * hash or JSON of them), for a build that started at `startedAt` (ms since the epoch).
   */
  constructor(
    renderWords: string,
    private readonly startedAt: number,
    dir = cacheDir(),
    remember = false,
  ) {
    this.record = new DiskCache(path.join(dir, "article-stamps.v8"), `file-stamps-v1\0${renderWords}`, remember);
  }

  load(): this {
    this.record.load();
    return this;
  }

  /** The file's stamp now, without following a link; undefined when it cannot be read or is not a regular file (reading it names why). */
  static stampOf(file: string): FileStamp | undefined {
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile()) return undefined;
      return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, dev: stat.dev };
    } catch {
      return undefined;
    }
  }

  /** What the file gave when it last had the stamp `stamp`, or undefined (never seen, or changed since). */
  unchanged(file: string, stamp: FileStamp): StampedFile | undefined {
    const known = this.record.get(file);
    return known && sameStamp(known.stamp, stamp) ? known : undefined;
  }

  /** Records what a file read in this build gave; a file written too recently to be told apart from a later write is not recorded. */
  set(file: string, entry: StampedFile): void {
    const newest = Math.max(entry.stamp.mtimeMs, entry.stamp.ctimeMs);
    if (newest < this.startedAt - RACY_MARGIN_MS) this.record.set(file, entry);
  }

  /** Saves the records of the files seen in this build (only when one changed); a failure only costs reads later. */
  save(): void {
    this.record.save();
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
