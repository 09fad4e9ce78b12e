/**
 * Dateline's Eleventy plugin: everything `.eleventy.ts` registers, one concern
 * per sub-plugin.
 */
import path from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";
import { archiveDataPlugin } from "./archive-data.ts";
import { chartsPlugin } from "./charts-plugin.ts";
import { markdownPlugin } from "./markdown-engine.ts";
import { nunjucksPlugin } from "./nunjucks-environment.ts";
import { pagesPlugin } from "./pages.ts";
import { feedsPlugin } from "./feeds.ts";
import { jsonLdPlugin } from "./json-ld.ts";
import { PUBLIC_DIR } from "./paths.ts";
import { memoisedUrlFilterPlugin } from "./url-filter.ts";
import { buildTimingsPlugin } from "./build-timings.ts";

/** Registers layouts, data, page generators and static files. */
export default function datelinePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(nunjucksPlugin);
  eleventyConfig.addPlugin(chartsPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(archiveDataPlugin);
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(feedsPlugin);
  eleventyConfig.addPlugin(jsonLdPlugin);
  // Articles are read by the archive, not by Eleventy: letting Eleventy read
  // them too would parse every file twice and give each its own page.
  // (The input folder is known here because the CLI freezes Eleventy's folders.)
  eleventyConfig.ignores.add(`${path.relative(process.cwd(), eleventyConfig.directories.input) || "."}/**/*.md`);
  // Passthrough paths are read relative to the working folder, wherever Eleventy runs from.
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), PUBLIC_DIR) || "."]: "/" });
  eleventyConfig.addWatchTarget(`${eleventyConfig.directories.input}/**/*.{md,yaml}`);
  eleventyConfig.setUseGitIgnore(false);
  // Performance (issue 8): memoised `url` filter, and build step timings for the benchmark.
  eleventyConfig.addPlugin(memoisedUrlFilterPlugin);
  eleventyConfig.addPlugin(buildTimingsPlugin);
}
