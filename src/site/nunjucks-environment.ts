/**
 * Nunjucks, reading layouts from Dateline's own `layouts/` folder whatever the
 * `--input` folder is, with autoescaping on: every value a layout prints is
 * escaped unless the layout says `| safe`, which only sanitised HTML may use.
 */
import nunjucks from "nunjucks";
import type { EleventyConfig } from "./eleventy-types.ts";
import { LAYOUTS_DIR } from "./paths.ts";

/**
 * One environment per process (and cache mode). Eleventy keeps every template
 * library it is given for the life of the process (`AMENDED_INSTANCES` in its
 * `TemplateEngine.js`), so a new environment per build, as the live preview's
 * full rebuilds made, kept every earlier build and its archive in memory.
 */
const environments = new Map<boolean, nunjucks.Environment>();

/** Registers the Nunjucks environment Dateline's layouts need. */
export function nunjucksPlugin(eleventyConfig: EleventyConfig): void {
  const watching = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  eleventyConfig.setLibrary("njk", environmentFor(watching));
  eleventyConfig.addWatchTarget(LAYOUTS_DIR);
}

function environmentFor(noCache: boolean): nunjucks.Environment {
  let environment = environments.get(noCache);
  if (!environment) {
    environment = new nunjucks.Environment(
      new nunjucks.FileSystemLoader(LAYOUTS_DIR, { noCache }),
      { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
    );
    environments.set(noCache, environment);
    return environment;
  }
  // A new configuration is a new build: read the layouts afresh, and drop the
  // tags the last build's Eleventy added (each holds that build's configuration
  // and data; Nunjucks keeps a list of them that only grows). This build's
  // Eleventy adds its own, and its filters replace the last build's by name.
  // (Neither `invalidateCache` nor the two fields are in @types/nunjucks; all are in Nunjucks 3.)
  const internals = environment as unknown as { invalidateCache(): void; extensions: Record<string, unknown>; extensionsList: unknown[] };
  internals.invalidateCache();
  internals.extensions = {};
  internals.extensionsList = [];
  return environment;
}
