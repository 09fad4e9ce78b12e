/**
 * What a content folder holds, walked once without following a single link.
 *
 * The build reads articles, the three registries and (soon) images beside
 * articles; nothing else in the folder is ever read, run or copied. An editor
 * who drops a `_data/people.json`, a `page.njk` or a `*.11ty.js` there would
 * otherwise never learn it does nothing, so `check` names each such file.
 * A symbolic link is never followed (it could lead to /etc/passwd or out of
 * the folder): it is named, and skipped by check and build alike.
 */
import fs from "node:fs";
import path from "node:path";
import { problem, type Problem } from "../problems/problems.ts";
import { compareText } from "../util/collections.ts";

/** The registries the build reads, relative to the content folder. */
export const REGISTRY_FILES = ["_data/people.yaml", "_data/places.yaml", "_data/site.yaml", "_data/strings.yaml"] as const;

/** Image types that may sit beside articles (for photos, another issue). */
export const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "gif"] as const;

/** What one entry of the content folder is to Dateline. */
export type EntryKind = "article" | "page" | "registry" | "image" | "ignored" | "symlink";

/** One classified entry: an absolute path and its path relative to the content folder, with forward slashes. */
export interface InventoryEntry {
  file: string;
  relPath: string;
  kind: EntryKind;
}

/** A content folder's entries by kind, each list sorted by path. */
export interface ContentInventory {
  articles: string[];
  /** Markdown files under `pages/`: the site's own pages (`pages/about.md` → `/about/`). */
  pages: string[];
  registries: string[];
  images: string[];
  ignored: InventoryEntry[];
  symlinks: InventoryEntry[];
}

/**
 * Walks `contentDir` (the folder itself may be a link: the user named it) and
 * classifies every entry. Names starting with a dot (`.gitkeep`, `.DS_Store`,
 * `.git/`) are skipped silently, folders and all: they are the tools' files,
 * not the editors', and the build has never read them.
 */
export function takeInventory(contentDir: string): ContentInventory {
  const inventory: ContentInventory = { articles: [], pages: [], registries: [], images: [], ignored: [], symlinks: [] };
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // A folder that is missing or cannot be listed holds nothing Dateline reads;
      // only the content folder itself being unreadable (not absent) is an error.
      if (rel === "" && (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const file = path.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      // Dirent types come from lstat semantics: a link is a link, never what it points at.
      if (entry.isSymbolicLink()) inventory.symlinks.push({ file, relPath, kind: "symlink" });
      else if (entry.isDirectory()) walk(file, relPath);
      else {
        const kind = entry.isFile() ? classify(relPath) : "ignored";
        if (kind === "article") inventory.articles.push(file);
        else if (kind === "page") inventory.pages.push(file);
        else if (kind === "registry") inventory.registries.push(file);
        else if (kind === "image") inventory.images.push(file);
        else inventory.ignored.push({ file, relPath, kind });
      }
    }
  };
  walk(contentDir, "");
  setBundlesApart(inventory, contentDir);
  inventory.articles.sort();
  inventory.pages.sort();
  inventory.registries.sort();
  inventory.images.sort();
  inventory.ignored.sort(byPath);
  inventory.symlinks.sort(byPath);
  return inventory;
}

/**
 * A bundle is a folder holding an `index.md`: that file is its article and the
 * folder holds its photos. Any other `.md` inside a bundle (at any depth) is
 * not an article: it would be a second article sharing the first one's slug
 * basis and photos, so it is ignored with a warning.
 */
function setBundlesApart(inventory: ContentInventory, contentDir: string): void {
  const bundles = new Set(inventory.articles.filter((file) => path.basename(file) === "index.md").map((file) => path.dirname(file)));
  if (bundles.size === 0) return;
  const articlesDir = path.join(contentDir, "articles");
  const inBundle = (file: string) => {
    let dir = path.basename(file) === "index.md" ? path.dirname(path.dirname(file)) : path.dirname(file);
    for (; dir.length > articlesDir.length && dir.startsWith(articlesDir); dir = path.dirname(dir)) if (bundles.has(dir)) return true;
    return false;
  };
  inventory.articles = inventory.articles.filter((file) => {
    if (!inBundle(file)) return true;
    const relPath = path.relative(contentDir, file).split(path.sep).join("/");
    inventory.ignored.push({ file, relPath, kind: "ignored" });
    return false;
  });
}

/** The kind of a regular file, from its path relative to the content folder. */
export function classify(relPath: string): Exclude<EntryKind, "symlink"> {
  if ((REGISTRY_FILES as readonly string[]).includes(relPath)) return "registry";
  if (relPath.startsWith("pages/") && relPath.endsWith(".md")) return "page";
  // The logo and social image site.yaml may name live beside it.
  if (relPath.startsWith("_data/") && (IMAGE_EXTENSIONS as readonly string[]).includes(relPath.slice(relPath.lastIndexOf(".") + 1).toLowerCase())) return "image";
  if (relPath.startsWith("articles/")) {
    if (relPath.endsWith(".md")) return "article";
    const extension = relPath.slice(relPath.lastIndexOf(".") + 1).toLowerCase();
    if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return "image";
  }
  return "ignored";
}

/** A warning for every file the build ignores and every link it skips. */
export function inventoryProblems(inventory: ContentInventory): Problem[] {
  return [
    ...inventory.ignored.map((entry) =>
      problem("ignored-file", {
        file: entry.file,
        message: `is not an article, a page, an image beside one or a registry, so the build ignores it${whyIgnored(entry.relPath)}`,
      }),
    ),
    ...inventory.symlinks.map((entry) =>
      problem("symlink-skipped", {
        file: entry.file,
        message: `is a symbolic link; Dateline never follows links in the content folder, so the build skips it`,
      }),
    ),
  ];
}

/** Says why the most likely mistakes do nothing. */
function whyIgnored(relPath: string): string {
  if (/\.(js|cjs|mjs|ts|njk|liquid|html?|json|11tydata\.\w+)$/i.test(relPath)) {
    return " (content is data: templates, scripts and Eleventy data files in it are never run)";
  }
  if (relPath.startsWith("articles/") && relPath.endsWith(".md")) return " (it is inside an article bundle, a folder with an index.md: only index.md there is an article)";
  if (/^_data\/(people|places|site|strings)\.yml$/.test(relPath)) return " (the registries are read only with the .yaml extension)";
  return "";
}

function byPath(a: InventoryEntry, b: InventoryEntry): number {
  return compareText(a.relPath, b.relPath);
}
