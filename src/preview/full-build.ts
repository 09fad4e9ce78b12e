/**
 * A full build for the live preview: Eleventy, as `npm run build` runs it,
 * straight into the served folder, from an archive the preview loaded itself.
 * It hands back the Nunjucks environment Eleventy rendered with, so the
 * preview can re-render single pages after an edit with exactly the same
 * layouts and filters.
 */
import type nunjucks from "nunjucks";
import type { LoadedArchive } from "../cli/load-archive.ts";
import { newEleventy } from "../eleventy/new-eleventy.ts";
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

/** Renders every page of `loaded.archive` into `output` with a fresh Eleventy; resolves to the Nunjucks environment it used. */
export async function buildEveryPage(loaded: LoadedArchive, { input, output, pathPrefix, layouts }: FullBuildOptions): Promise<nunjucks.Environment> {
  let environment: nunjucks.Environment | undefined;
  // An override saved broken fails here, naming its file and line, before any page is written over.
  if (layouts) checkOverrides(listOverrides(layouts, input, LAYOUTS_DIR), layouts, LAYOUTS_DIR);
  // A new Eleventy per build: its configuration reads the layouts afresh (a full build is what
  // follows a layout change; src/eleventy/nunjucks-environment.ts). "build" mode, because the preview
  // checks the content itself and only ever gives Eleventy an archive to render.
  // The pages Eleventy writes and the archive the preview edits in place are the same object.
  const eleventy = newEleventy(loaded.archive, output, pathPrefix, (eleventyConfig) => {
    // Emitted once Eleventy has made its Nunjucks engine on the environment our plugin set
    // (src/eleventy/nunjucks-environment.ts); Eleventy adds every filter to that environment.
    eleventyConfig.on("eleventy.engine.njk", ({ environment: used }: { environment: nunjucks.Environment }) => {
      environment = used;
    });
  }, layouts);
  await eleventy.write();
  if (!environment) throw new Error("preview: Eleventy built the site without a Nunjucks environment (eleventy.engine.njk was not emitted)");
  return environment;
}
