/**
 * The archive as Eleventy global data (`dateline`), loaded once per build.
 *
 * While serving, a content mistake must not take the site down: the problems
 * are printed in the same form `npm run check` uses, and the last good archive
 * keeps being served until the editor fixes the file.
 */
import type { Archive } from "../archive/build-archive.ts";
import { ContentError, formatProblems } from "../content/problems.ts";
import { archiveFor, forgetArchives } from "./archive-source.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Registers the `dateline` global data and forgets it whenever watched files change. */
export function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  let lastGood: Archive | undefined;
  const serving = () => process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";

  eleventyConfig.addGlobalData("dateline", async () => {
    try {
      const { archive, warnings } = await archiveFor(eleventyConfig.directories.input);
      if (warnings.length > 0 && serving()) console.warn(formatProblems(warnings));
      lastGood = archive;
      return archive;
    } catch (error) {
      if (error instanceof ContentError && serving() && lastGood) {
        console.error(`${error.message}\n[dateline] Still serving the last good build; save a fix to rebuild.`);
        return lastGood;
      }
      throw error;
    }
  });
  eleventyConfig.on("eleventy.beforeWatch", () => forgetArchives());
}
