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
  // Compiled layouts are cached even while serving: without the cache every
  // `include` re-read and re-compiled its file, and a rebuild of 10,000
  // articles took ~40 s instead of ~9 s. A changed layout clears the cache.
  const loader = new nunjucks.FileSystemLoader(LAYOUTS_DIR);
  const environment = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setLibrary("njk", environment);
  eleventyConfig.addWatchTarget(LAYOUTS_DIR);
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((file) => file.endsWith(".njk"))) (loader as unknown as { cache: Record<string, unknown> }).cache = {};
  });
}
