/**
 * A page of the site's own (`pages/about.md` → `/about/`): what the archive
 * needs of it, and the path it takes from its file name. Names follow the
 * slug rule of the whole site (lowercase ASCII letters, digits and hyphens),
 * so a page's address is exactly its file's path and never a surprise.
 */
import path from "node:path";
import type { RenderedMarkdown } from "../markdown/pipeline.ts";
import type { ParsedPage } from "./parse-page.ts";

/** One valid page file, its body rendered. */
export interface ContentPage {
  file: string;
  /** Its path relative to the content folder, with forward slashes. */
  relPath: string;
  /** The segments of its address (`pages/press/contact.md` → `["press", "contact"]`; `pages/press/index.md` → `["press"]`). */
  segments: string[];
  title: string;
  description?: string;
  draft: boolean;
  lang?: string;
  rendered: RenderedMarkdown;
}

/** A segment of a page's address: lowercase ASCII words joined by single hyphens. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address segments of a page file (`relPath` under the content folder), or why its name cannot be one. */
export function pageSegments(relPath: string): { segments: string[] } | { mistake: string } {
  const inside = relPath.replace(/^pages\//, "").replace(/\.md$/, "");
  const parts = inside.split("/");
  if (parts.at(-1) === "index") parts.pop();
  if (parts.length === 0) return { mistake: "pages/index.md would be the home page, which the site makes itself" };
  const bad = parts.find((part) => !SEGMENT.test(part));
  if (bad !== undefined) return { mistake: `"${bad}" is not lowercase ASCII letters, digits and single hyphens, so it cannot be part of an address` };
  return { segments: parts };
}

/** The ContentPage of a parsed page file. */
export function toContentPage(contentDir: string, parsed: ParsedPage, segments: string[], rendered: RenderedMarkdown): ContentPage {
  const fm = parsed.frontMatter;
  return {
    file: parsed.file,
    relPath: path.relative(contentDir, parsed.file).split(path.sep).join("/"),
    segments,
    title: fm.title,
    ...(fm.description ? { description: fm.description } : {}),
    draft: fm.draft,
    ...(fm.lang ? { lang: fm.lang } : {}),
    rendered,
  };
}
