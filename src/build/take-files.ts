/**
 * Takes files of the last site into the new one: a hard link where the file
 * system allows (no bytes copied, and the last site keeps its own name for
 * the same file until it is removed), a copy otherwise (another file system,
 * a file system without links, a file at its link limit).
 *
 * A linked file is shared with the last site until the swap removes that
 * site: nothing may write into it. A file is taken only where the new site
 * has none yet, and a page to render again is removed from the new site
 * before anything renders it (`keepOnly`), so no renderer ever opens a
 * linked file.
 */
import fs from "node:fs";
import path from "node:path";
import { sameFile, type FileStamp } from "./site-files.ts";

/** What `takeFiles` did: the files it linked and the files it copied, by path as given. */
export interface Taken {
  linked: string[];
  copied: string[];
}

/** Links (or copies) each of `files` (paths relative to both folders, `/`-separated) from `from` into `to`, leaving any file `to` already has. */
export function takeFiles(from: string, to: string, files: Iterable<string>): Taken {
  return takeEach(from, to, files, () => true);
}

/**
 * Takes every file of `recorded` (the last build's record of its site) that
 * is still as that build wrote it: a file changed or replaced since is not
 * the build's own, and is never taken.
 */
export function takeUnchanged(from: string, to: string, recorded: Iterable<readonly [string, FileStamp]>): Taken {
  const stamps = new Map(recorded);
  return takeEach(from, to, stamps.keys(), (file) => sameFile(path.join(from, file), stamps.get(file)));
}

function takeEach(from: string, to: string, files: Iterable<string>, unchanged: (file: string) => boolean): Taken {
  const taken: Taken = { linked: [], copied: [] };
  // Every page is a folder of its own (`…/slug/index.html`): each folder is made once.
  const made = new Set<string>();
  let canLink = true;
  for (const file of files) {
    // Paths come from the last build's record: only a plain relative path inside the site is ever taken.
    if (!insideSite(file) || !unchanged(file)) continue;
    const source = path.join(from, file);
    const target = path.join(to, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (canLink) {
      try {
        fs.linkSync(source, target);
        taken.linked.push(file);
        continue;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST") continue;
        // Another file system, or one without hard links: copy this file and the rest.
        if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") canLink = false;
        else if (code !== "EMLINK") throw error;
      }
    }
    try {
      fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
      taken.copied.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return taken;
}

/** True for a `/`-separated path relative to the site that stays inside it: not absolute, no empty, `.` or `..` segment. */
function insideSite(file: string): boolean {
  return file.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..") && !path.isAbsolute(file) && !file.includes("\\");
}

/**
 * Removes from `site` every file of `taken` that is not in `keep` (a page to
 * render again, a page no longer in the site), so that no renderer writes
 * into a file the last site shares; returns what is left taken.
 */
export function keepOnly(site: string, taken: Taken, keep: ReadonlySet<string>): Taken {
  const left: Taken = { linked: [], copied: [] };
  for (const kind of ["linked", "copied"] as const) {
    for (const file of taken[kind]) {
      if (keep.has(file)) left[kind].push(file);
      else fs.rmSync(path.join(site, file), { force: true });
    }
  }
  return left;
}

/** The stamps of the files `taken` linked, as `recorded` (the last build's manifest) has them: a hard link is the same file, so its stamp is unchanged. */
export function linkedStamps(taken: Pick<Taken, "linked">, recorded: ReadonlyMap<string, FileStamp>): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const file of taken.linked) {
    const stamp = recorded.get(file);
    if (stamp) stamps.set(file, stamp);
  }
  return stamps;
}
