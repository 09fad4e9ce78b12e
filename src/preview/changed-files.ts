/**
 * Sorts the files the watcher reported into what they are to the site:
 * articles, registries and settings, layouts, static files. Anything else
 * (an editor's swap file, a note beside the articles) builds nothing.
 */
import path from "node:path";
import { IMAGE_EXTENSIONS } from "../content/content-inventory.ts";
import { LAYOUTS_DIR, PUBLIC_DIR } from "../eleventy/paths.ts";
import { isWithin } from "../util/paths.ts";

/** Changed files (absolute paths) by what they are. */
export interface SortedChanges {
  /** Article files: `.md` under `<content>/articles/`, as the loader lists them. */
  articles: string[];
  /** Photos under `<content>/articles/` (by their extension): the articles that use them are checked again. */
  images: string[];
  /** Registries and site settings: `.yaml` or `.yml` under `<content>/_data/`; the site's own pages (`pages/**\/*.md`) and the images beside site.yaml (a logo) too. */
  data: string[];
  layouts: string[];
  /** Files of `public/`, copied to the site root as they are. */
  publicFiles: string[];
  /** True when anything but articles and static files changed: only a full build is sure to show it. */
  needsRebuild: boolean;
}

/** Folders other than the content folder that the site is made from. */
export interface SiteFolders {
  layouts: string;
  public: string;
  /** The layout override folder (`--layouts`), if any: its files are layouts too. */
  overrides?: string;
}

/** Sorts changed files; `contentDir` is the content folder being previewed. */
export function sortChanges(
  files: readonly string[],
  contentDir: string,
  folders: SiteFolders = { layouts: LAYOUTS_DIR, public: PUBLIC_DIR },
): SortedChanges {
  const content = path.resolve(contentDir);
  const sorted: SortedChanges = { articles: [], images: [], data: [], layouts: [], publicFiles: [], needsRebuild: false };
  for (const file of new Set(files.map((f) => path.resolve(f)))) {
    const name = path.basename(file);
    if (name.startsWith(".")) continue;
    if (isInside(file, path.join(content, "articles")) && name.endsWith(".md")) sorted.articles.push(file);
    else if (isInside(file, path.join(content, "articles")) && (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).slice(1).toLowerCase())) sorted.images.push(file);
    else if (isInside(file, path.join(content, "_data")) && /\.ya?ml$/.test(name)) sorted.data.push(file);
    else if (isInside(file, path.join(content, "pages")) && name.endsWith(".md")) sorted.data.push(file);
    else if (isInside(file, path.join(content, "_data")) && (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).slice(1).toLowerCase())) sorted.data.push(file);
    else if (isInside(file, folders.layouts) || (folders.overrides !== undefined && isInside(file, folders.overrides))) sorted.layouts.push(file);
    else if (isInside(file, folders.public)) sorted.publicFiles.push(file);
  }
  sorted.needsRebuild = sorted.data.length > 0 || sorted.layouts.length > 0;
  return sorted;
}

/** True when `file` is inside `dir` (at any depth). */
export function isInside(file: string, dir: string): boolean {
  return path.resolve(file) !== path.resolve(dir) && isWithin(file, dir);
}
