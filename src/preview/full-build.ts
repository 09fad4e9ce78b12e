/**
 * A full build for the live preview: Eleventy, as `npm run build` runs it,
 * straight into the served folder, from an archive the preview loaded itself.
 * It hands back the Nunjucks environment Eleventy rendered with, so the
 * preview can re-render single pages after an edit with exactly the same
 * layouts and filters.
 */
import type nunjucks from "nunjucks";
import type { LoadedArchive } from "../cli/load-archive.ts";
import { renderInSlices } from "../cli/render-slices.ts";
import { sitePages } from "../eleventy/site-pages.ts";
import { checkOverrides, listOverrides } from "../eleventy/layout-overrides.ts";
import { LAYOUTS_DIR } from "../eleventy/paths.ts";

/** Where and how to build. */
export interface FullBuildOptions {
  input: string;
  output: string;
  pathPrefix?: string;
  /** The layout override folder (`--layouts`), already refused or accepted by src/cli/layout-folder.ts. */
  layouts?: string;
}

/** Renders every page of `loaded.archive` into `output`, in slices (src/cli/render-slices.ts); resolves to the Nunjucks environment Eleventy used. */
export async function buildEveryPage(loaded: Pick<LoadedArchive, "archive">, { input, output, pathPrefix, layouts }: FullBuildOptions): Promise<nunjucks.Environment> {
  let environment: nunjucks.Environment | undefined;
  // An override saved broken fails here, naming its file and line, before any page is written over.
  if (layouts) checkOverrides(listOverrides(layouts, input, LAYOUTS_DIR), layouts, LAYOUTS_DIR);
  // New Eleventy runs per build: their configuration reads the layouts afresh (a full build is what
  // follows a layout change; src/eleventy/nunjucks-environment.ts). "build" mode, because the preview
  // checks the content itself and only ever gives Eleventy an archive to render.
  // The pages Eleventy writes and the archive the preview edits in place are the same object.
  const pages = [...sitePages(loaded.archive).values()];
  await renderInSlices(loaded.archive, pages, {
    output,
    pathPrefix,
    layouts,
    // Every run's environment has the same layouts and filters: the preview keeps the last.
    onEnvironment: (used) => {
      environment = used;
    },
  });
  if (!environment) throw new Error("preview: Eleventy built the site without a Nunjucks environment (eleventy.engine.njk was not emitted)");
  return environment;
}
