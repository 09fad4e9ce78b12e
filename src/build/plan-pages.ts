/**
 * Which pages a build renders and which it takes from the last site: a page
 * is taken when the last build recorded the same key for it (its data and its
 * renderer: src/build/page-keys.ts) and its file in the last site is still the
 * one that build wrote (src/build/site-files.ts). Every other page, and every
 * page under `--full` or without a last build, is rendered.
 */
import path from "node:path";
import type { PageToWrite } from "../eleventy/site-pages.ts";
import type { BuildManifest } from "./build-manifest.ts";
import type { KeyedPage } from "./page-keys.ts";
import { sameFile } from "./site-files.ts";

/** What to do with each page of the new site. */
export interface PagePlan {
  render: PageToWrite[];
  /** Files (relative to the site folder) to take from the last site. */
  reuse: string[];
  /** The key of every page of the new site, for the next build's manifest. */
  keys: Map<string, string>;
}

/** Plans the pages of `pages` against the last build's `previous` manifest and its site folder `previousSite`. */
export function planPages(pages: ReadonlyMap<string, KeyedPage>, previous: BuildManifest | undefined, previousSite: string): PagePlan {
  const plan: PagePlan = { render: [], reuse: [], keys: new Map() };
  for (const [permalink, { job, key }] of pages) {
    plan.keys.set(permalink, key);
    const file = permalink.slice(1);
    if (previous?.pages.get(permalink) === key && sameFile(path.join(previousSite, file), previous.files.get(file))) plan.reuse.push(file);
    else plan.render.push(job);
  }
  return plan;
}
