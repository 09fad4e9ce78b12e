/**
 * Renders pages with Eleventy in slices: one Eleventy run per slice of pages,
 * each written and let go before the next starts. Eleventy keeps every page it
 * rendered until its run ends (at 50,000 articles one run held 4.4 GiB), so a
 * run per slice bounds what a build holds by the size of a slice, not of the
 * archive. The first run also copies the static files (`public/`, the flags).
 *
 * Used by `npm run build` (every page, or only the pages whose inputs changed)
 * and by the live preview's full builds.
 */
import type nunjucks from "nunjucks";
import type { Archive } from "../archive/model.ts";
import { PAGE_KINDS, type PageSlice } from "../eleventy/pages.ts";
import type { PageToWrite } from "../eleventy/site-pages.ts";

/**
 * Pages per Eleventy run. Large enough that a run's start (reading the
 * configuration, compiling the layouts) is small beside its pages, small
 * enough that a slice's rendered pages stay well inside the memory budget
 * (docs/performance.md, "Memory").
 */
export const PAGES_PER_SLICE = 4000;

/** Where and how to render. */
export interface SliceOptions {
  output: string;
  pathPrefix?: string;
  layouts?: string;
  /** Pages per run (tests use a few, to make several slices of a small site). */
  pagesPerSlice?: number;
  /** Called with the Nunjucks environment of each run (the preview keeps one to render single pages with). */
  onEnvironment?: (environment: nunjucks.Environment) => void;
}

/** Renders `jobs` (pages of `archive`) into `output`, a slice per Eleventy run; resolves to the number of runs. */
export async function renderInSlices(archive: Archive, jobs: readonly PageToWrite[], options: SliceOptions): Promise<number> {
  const size = Math.max(1, options.pagesPerSlice ?? (Number(process.env.DATELINE_PAGES_PER_SLICE) || PAGES_PER_SLICE));
  // At least one run, even with no page to render: it copies the static files.
  const runs = Math.max(1, Math.ceil(jobs.length / size));
  // Eleventy and its plugins are loaded when pages are rendered, not when a build starts: a build with nothing to render never loads them.
  const { newEleventy } = await import("../eleventy/new-eleventy.ts");
  for (let run = 0; run < runs; run++) {
    const slice = sliceOf(jobs.slice(run * size, (run + 1) * size));
    const eleventy = newEleventy(
      archive,
      options.output,
      options.pathPrefix,
      (eleventyConfig) => {
        if (!options.onEnvironment) return;
        // Emitted once Eleventy has made its Nunjucks engine on the environment our plugin set.
        eleventyConfig.on("eleventy.engine.njk", ({ environment }: { environment: nunjucks.Environment }) => options.onEnvironment!(environment));
      },
      options.layouts,
      { slice, copyFiles: run === 0, continuesBuild: run > 0 },
    );
    // Eleventy's result holds every page it wrote: not kept.
    await eleventy.write();
  }
  return runs;
}

/** The slice that renders exactly `jobs`: each kind with a list gets its items, each kind without one its page or none. */
export function sliceOf(jobs: readonly PageToWrite[]): PageSlice {
  const slice: Record<string, unknown[]> = Object.fromEntries(PAGE_KINDS.map((kind) => [kind.name, []]));
  for (const job of jobs) {
    const items = slice[job.kind];
    if (!items) throw new Error(`"${job.kind}" is not a page kind (src/eleventy/pages.ts)`);
    items.push(job.item ?? true);
  }
  return slice;
}
