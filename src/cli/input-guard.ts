/**
 * The content folder a command reads must be one. A mistyped `--input` (or one
 * pointing at `articles/` itself) used to build an empty archive and, with the
 * atomic swap, replace a good site with it; now it is an error unless an empty
 * archive is what was meant (`--allow-empty`).
 */
import fs from "node:fs";
import path from "node:path";

/** Returns why `input` cannot be read as a content folder, or undefined when it can. */
export function inputProblem(input: string, options: { allowEmpty?: boolean } = {}): string | undefined {
  const dir = path.resolve(input);
  const hint = "pass --input=<the folder holding articles/ and _data/>";
  if (!isDirectory(dir)) {
    const what = fs.existsSync(dir) ? "is not a folder" : "does not exist";
    return `there is no content folder at ${dir} (it ${what}); ${hint}, or create it and add --allow-empty to build an empty archive on purpose`;
  }
  if (!options.allowEmpty && !isDirectory(path.join(dir, "articles"))) {
    return `the content folder ${dir} has no articles/ folder, so there is nothing to publish; ${hint}, or add --allow-empty to build an empty archive on purpose`;
  }
  return undefined;
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
