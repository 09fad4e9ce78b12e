/**
 * Rendered bodies on disk, one file per body, named by the body's render key
 * (render-cache.ts), so that the archive holds a key per article rather than
 * its HTML and text: at 100,000 articles those would be most of the heap
 * (docs/performance.md, "Memory: the archive at 100,000 articles"). A page,
 * a feed or the search index reads a body when it prints it.
 *
 * Files are spread over 64 folders by the key's first character (a key is
 * base64url), so no folder lists more than a few thousand. A file is written
 * under a temporary name and renamed, so a reader never sees half a body; its
 * content is fixed by its name, so one written by another build is as good.
 */
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";

/** What the store keeps of a body: what only pages, feeds and search print. */
export interface BodyText {
  html: string;
  text: string;
}

/** Bodies by key, one file each, under `dir`. */
export class BodyStore {
  /** Folders this process has made or found, so each is made once. */
  private readonly folders = new Set<string>();

  constructor(
    readonly dir: string,
    /** A name for the code whose renders the store holds (a view's `body` carries it). */
    readonly code: string = path.basename(dir),
  ) {}

  /** The key of every body on disk (one listing per folder, no file read). */
  keys(): Set<string> {
    const keys = new Set<string>();
    let folders: string[];
    try {
      folders = fs.readdirSync(this.dir);
    } catch {
      return keys;
    }
    for (const folder of folders) {
      let names: string[];
      try {
        names = fs.readdirSync(path.join(this.dir, folder));
      } catch {
        continue;
      }
      for (const name of names) if (!name.endsWith(".tmp")) keys.add(name);
    }
    return keys;
  }

  /** Writes a body (nothing to do when it is already there: a key names one content). */
  write(key: string, body: BodyText): void {
    const file = this.fileOf(key);
    if (fs.existsSync(file)) return;
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, v8.serialize([body.html, body.text]));
    fs.renameSync(temp, file);
  }

  /** Reads a body; a missing one is an error naming the store, since the archive that holds its key cannot print its page without it. */
  read(key: string): BodyText {
    let data: Buffer;
    try {
      data = fs.readFileSync(this.fileOf(key));
    } catch (error) {
      throw new Error(`dateline: the rendered body ${key} is missing from ${this.dir} (was the cache folder cleared during the build?)`, { cause: error });
    }
    const [html, text] = v8.deserialize(data) as [string, string];
    return { html, text };
  }

  /** Removes bodies no longer used; one that cannot be removed only takes space. */
  remove(keys: Iterable<string>): void {
    for (const key of keys) fs.rmSync(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.charAt(0), key);
  }
}
