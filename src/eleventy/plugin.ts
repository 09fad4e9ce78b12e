/**
 * Dateline's Eleventy plugin: the archive to render arrives as its option
 * (from src/eleventy/new-eleventy.ts, or .eleventy.ts when Eleventy is run by
 * hand) and becomes the `dateline` data every page kind paginates over; one
 * concern per sub-plugin. Eleventy reads no file of the content folder.
 */
import path from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";
import { chartsPlugin } from "./charts-plugin.ts";
import { flagsPlugin } from "./flags-plugin.ts";
import { nunjucksPlugin } from "./nunjucks-environment.ts";
import { pagesPlugin, wholeSite, type PageSlice } from "./pages.ts";
import { feedsPlugin } from "./feeds.ts";
import { jsonLdPlugin } from "./json-ld.ts";
import { PUBLIC_DIR } from "./paths.ts";
import { memoisedUrlFilterPlugin } from "./url-filter.ts";
import { buildTimingsPlugin } from "./build-timings.ts";
import { translateFiltersPlugin } from "./translate-filters.ts";
import { openDataPlugin } from "./open-data-plugin.ts";
import type { Archive } from "../archive/build-archive.ts";

/** What the plugin needs from whoever starts Eleventy. */
export interface DatelinePluginOptions {
  archive: Archive;
  /** The layout override folder (`--layouts`), already checked by src/eleventy/layout-overrides.ts. */
  layouts?: string;
  /** The pages this run renders (default: every page of the archive). */
  slice?: PageSlice;
  /** Copy `public/` and the flags into the site (default true): a build in slices copies them in its first run only. */
  copyFiles?: boolean;
  /** This run renders another slice of the last run's build, with the same layouts (src/cli/render-slices.ts): compiled layouts are kept. */
  continuesBuild?: boolean;
}

/** Registers the archive, layouts, page generators and static files. */
export default function datelinePlugin(eleventyConfig: EleventyConfig, options: DatelinePluginOptions): void {
  // Eleventy deep-copies plain objects it is given as data, but passes a frozen
  // one as it is: a shallow frozen copy keeps every list the archive holds the
  // same object (the preview edits them in place) and costs nothing per build.
  eleventyConfig.addGlobalData("dateline", Object.freeze({ ...options.archive }));
  // Only Dateline's own virtual page templates are Nunjucks; Eleventy's input
  // is an empty folder, and even if something were put there, no Markdown,
  // HTML, Liquid or JavaScript template and no directory data file is read.
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.addPlugin(nunjucksPlugin, { layouts: options.layouts, continuesBuild: options.continuesBuild });
  eleventyConfig.addPlugin(translateFiltersPlugin);
  eleventyConfig.addPlugin(chartsPlugin, { shading: options.archive.countryShading });
  eleventyConfig.addPlugin(pagesPlugin, { slice: options.slice ?? wholeSite(options.archive) });
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(jsonLdPlugin);
  eleventyConfig.addPlugin(openDataPlugin);
  if (options.copyFiles ?? true) {
    // Passthrough paths are read relative to the working folder, wherever Eleventy runs from.
    eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), PUBLIC_DIR) || "."]: "/" });
    eleventyConfig.addPlugin(flagsPlugin, { countries: options.archive.countries });
  }
  eleventyConfig.setUseGitIgnore(false);
  // Performance (issue 8): memoised `url` filter, and build step timings for the benchmark.
  eleventyConfig.addPlugin(memoisedUrlFilterPlugin);
  eleventyConfig.addPlugin(buildTimingsPlugin);
}
