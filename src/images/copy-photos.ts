/**
 * Puts processed photos into a site folder, at their URLs (`/img/…`): hard
 * links to the files in the cache folder where the file system allows (no
 * bytes copied, and the cache's files are never written again under the same
 * name), copies where it does not (another disk).
 */
import fs from "node:fs";
import path from "node:path";
import { imageUrl } from "../archive/urls.ts";

/** Puts each named photo file of `from` into `output`; a file already there (the preview's earlier builds) is kept. */
export function copyPhotos(names: readonly string[], from: string, output: string): number {
  let copied = 0;
  for (const name of names) {
    const target = path.join(output, ...imageUrl(name).split("/").filter(Boolean));
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const source = path.join(from, name);
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
    copied++;
  }
  return copied;
}
