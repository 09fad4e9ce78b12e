/**
 * Saved files of `public/` (CSS, icons, small scripts), copied to the served
 * site as a full build's passthrough copy would: same path under the site
 * root. A deleted file is removed from the site. No page needs rendering.
 */
import fs from "node:fs";
import path from "node:path";

/** Copies (or removes) each file of `publicDir` to the same place under `outputDir`; returns the site files touched. */
export function copyStaticFiles(files: readonly string[], publicDir: string, outputDir: string): string[] {
  return files.map((file) => {
    const target = path.join(outputDir, path.relative(publicDir, file));
    if (fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    } else {
      fs.rmSync(target, { force: true });
    }
    return target;
  });
}
