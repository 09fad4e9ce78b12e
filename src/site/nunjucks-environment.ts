/**
 * Nunjucks, reading layouts from Dateline's own `layouts/` folder whatever the
 * `--input` folder is, with autoescaping on: every value a layout prints is
 * escaped unless the layout says `| safe`, which only sanitised HTML may use.
 */
import nunjucks from "nunjucks";
import type { EleventyConfig } from "./eleventy-types.ts";
import { LAYOUTS_DIR } from "./paths.ts";

/** Registers the Nunjucks environment Dateline's layouts need. */
export function nunjucksPlugin(eleventyConfig: EleventyConfig): void {
  const watching = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(LAYOUTS_DIR, { noCache: watching }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  eleventyConfig.setLibrary("njk", environment);
  eleventyConfig.addWatchTarget(LAYOUTS_DIR);
}
