/**
 * Takes files of the last site into the new one: a hard link where the file
 * system allows (no bytes copied, and the last site keeps its own name for
 * the same file until it is removed), a copy otherwise (another file system,
 * a file system without links, a file at its link limit).
 *
 * A linked file is shared with the last site until the swap removes that
 * site: nothing may write into it. The build takes files only after Eleventy
 * has rendered the changed pages and only where the new site has no file yet,
 * so no renderer ever opens a linked file; a page to render again is never
 * linked in the first place.
 */
import fs from "node:fs";
import path from "node:path";

/** What `takeFiles` did. */
export interface Taken {
  linked: number;
  copied: number;
}

/** Links (or copies) each of `files` (paths relative to both folders) from `from` into `to`, leaving any file `to` already has. */
export function takeFiles(from: string, to: string, files: Iterable<string>): Taken {
  const taken: Taken = { linked: 0, copied: 0 };
  const made = new Set<string>();
  let canLink = true;
  for (const file of files) {
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
        taken.linked++;
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
      taken.copied++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return taken;
}
