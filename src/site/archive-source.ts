/**
 * The archive of a content folder, loaded once per build and shared by the
 * CLI (which validates before Eleventy starts) and the Eleventy plugin.
 */
import path from "node:path";
import { buildArchive, type Archive } from "../archive/build-archive.ts";
import { loadContent } from "../content/load-content.ts";
import { ContentError, hasErrors, type Problem } from "../content/problems.ts";

/** A built archive with the warnings found while reading its content. */
export interface LoadedArchive {
  archive: Archive;
  warnings: Problem[];
}

const loads = new Map<string, Promise<LoadedArchive>>();

/** Loads, validates and indexes a content folder, once until `forgetArchives` is called; rejects with a ContentError on content errors. */
export function archiveFor(contentDir: string): Promise<LoadedArchive> {
  const dir = path.resolve(contentDir);
  let load = loads.get(dir);
  if (!load) {
    load = loadArchive(dir);
    loads.set(dir, load);
    // A failed load must not be remembered: the next build reads the files again.
    load.catch(() => loads.delete(dir));
  }
  return load;
}

/**
 * Makes `archiveFor(contentDir)` answer with an archive loaded elsewhere: the
 * live preview loads the content itself (it keeps the articles to compare
 * edits against) and hands Eleventy that same archive object.
 */
export function provideArchive(contentDir: string, loaded: LoadedArchive): void {
  loads.set(path.resolve(contentDir), Promise.resolve(loaded));
}

/** Forgets loaded archives, so the next build reads the content again (after a change in watch mode). */
export function forgetArchives(): void {
  loads.clear();
}

async function loadArchive(dir: string): Promise<LoadedArchive> {
  const content = await loadContent(dir);
  if (hasErrors(content.problems)) throw new ContentError(content.problems);
  const archive = buildArchive(content);
  return { archive, warnings: content.problems.filter((p) => p.severity === "warning") };
}

/**
 * The archive of a content folder's valid articles only, built despite content
 * errors: what the preview shows when it starts on broken content and has no
 * last good build yet. Never cached, never used by `npm run build`.
 */
export async function archiveOfValidContent(contentDir: string): Promise<Archive> {
  return buildArchive(await loadContent(path.resolve(contentDir)));
}
