/**
 * Which pages a build renders and which it takes from the last site: a page
 * is taken when the last build recorded the same key for it (its data and its
 * renderer: src/build/page-keys.ts) and its file in the last site was still
 * the one that build wrote when it was taken (src/build/take-files.ts). Every
 * other page, and every page under `--full` or without a last build, is rendered.
 */
import type { PageToWrite } from "../eleventy/site-pages.ts";
import type { BuildManifest } from "./build-manifest.ts";
import type { KeyedPage } from "./page-keys.ts";

/** What to do with each page of the new site. */
export interface PagePlan {
  render: PageToWrite[];
  /** Files (relative to the site folder) to take from the last site. */
  reuse: string[];
  /** The key of every page of the new site, for the next build's manifest. */
  keys: Map<string, string>;
}

/** Plans the pages of `pages` against the last build's `previous` manifest, given the files already `taken` from the last site (each still as that build wrote it). */
export function planPages(pages: ReadonlyMap<string, KeyedPage>, previous: BuildManifest | undefined, taken: ReadonlySet<string>): PagePlan {
  const plan: PagePlan = { render: [], reuse: [], keys: new Map() };
  for (const [permalink, { job, key }] of pages) {
    plan.keys.set(permalink, key);
    const file = permalink.slice(1);
    if (previous?.pages.get(permalink) === key && taken.has(file)) plan.reuse.push(file);
    else plan.render.push(job);
  }
  return plan;
}
