/**
 * Takes files of the last site into the new one: a hard link where the file
 * system allows (no bytes copied, and the last site keeps its own name for
 * the same file until it is removed), a copy otherwise (another file system,
 * a file system without links, a file at its link limit).
 *
 * A linked file is shared with the last site until the swap removes that
 * site: nothing may write into it. The build takes only the files of pages it
 * does not render, and only where the new site has no file yet, so no
 * renderer ever opens a linked file; a page to render again is never linked
 * in the first place. That is also why taking may run while Eleventy renders
 * the other pages: the two never touch the same file.
 *
 * Every page is a folder of its own (`…/slug/index.html`), so taking a site
 * means making as many folders as linking files, and both are system calls
 * that wait on the disk: they run on libuv's threads, a few at a time, so the
 * build's main thread goes on rendering meanwhile.
 */
import fs from "node:fs";
import path from "node:path";
import type { FileStamp } from "./site-files.ts";

/** What `takeFiles` did. */
export interface Taken {
  linked: number;
  copied: number;
  /** The files taken by hard link, by path as given: the same files as the last site's, so their stamps are the ones it recorded. */
  linkedFiles: Set<string>;
}

/** File-system calls in flight at once: enough to keep libuv's threads busy, few enough to leave the rest of the build its share. */
const IN_FLIGHT = 16;

/** Links (or copies) each of `files` (paths relative to both folders, `/`-separated) from `from` into `to`, leaving any file `to` already has. */
export async function takeFiles(from: string, to: string, files: Iterable<string>): Promise<Taken> {
  const taken: Taken = { linked: 0, copied: 0, linkedFiles: new Set() };
  // Each folder is made once, after its parent; `to` itself exists.
  const folders = new Map<string, Promise<void>>([[path.resolve(to), Promise.resolve()]]);
  const folder = (dir: string): Promise<void> => {
    let made = folders.get(dir);
    if (!made) {
      made = folder(path.dirname(dir)).then(() => fs.promises.mkdir(dir).catch(unlessExists));
      folders.set(dir, made);
    }
    return made;
  };
  let canLink = true;
  const take = async (file: string): Promise<void> => {
    const source = path.join(from, file);
    const target = path.join(to, file);
    await folder(path.dirname(path.resolve(target)));
    if (canLink) {
      try {
        await fs.promises.link(source, target);
        taken.linked++;
        taken.linkedFiles.add(file);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST") return;
        // Another file system, or one without hard links: copy this file and the rest.
        if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") canLink = false;
        else if (code !== "EMLINK") throw error;
      }
    }
    try {
      await fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL);
      taken.copied++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  };
  const queue = files[Symbol.iterator]();
  const worker = async (): Promise<void> => {
    for (let next = queue.next(); !next.done; next = queue.next()) await take(next.value);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return taken;
}

/** The stamps of the files `taken` linked, as `recorded` (the last build's manifest) has them: a hard link is the same file, so its stamp is unchanged. */
export function linkedStamps(taken: Pick<Taken, "linkedFiles">, recorded: ReadonlyMap<string, FileStamp>): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const file of taken.linkedFiles) {
    const stamp = recorded.get(file);
    if (stamp) stamps.set(file, stamp);
  }
  return stamps;
}

function unlessExists(error: NodeJS.ErrnoException): void {
  // Made meanwhile by Eleventy, which writes its pages into the same site.
  if (error.code !== "EEXIST") throw error;
}
