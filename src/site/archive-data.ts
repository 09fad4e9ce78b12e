/**
 * The archive as Eleventy global data (`dateline`), loaded once per build.
 *
 * While serving, a content mistake must not take the site down: the problems
 * are printed in the same form `npm run check` uses, and the last good archive
 * keeps being served until the editor fixes the file. A preview started on
 * broken content shows the valid articles until then.
 */
import type { Archive } from "../archive/build-archive.ts";
import { ContentError, formatProblems } from "../content/problems.ts";
import { archiveFor, archiveOfValidContent, forgetArchives } from "./archive-source.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Registers the `dateline` global data and forgets it whenever watched files change. */
export function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  let lastGood: Archive | undefined;
  let failing = false;
  const serving = () => process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";

  eleventyConfig.addGlobalData("dateline", async () => {
    try {
      const { archive, warnings } = await archiveFor(eleventyConfig.directories.input);
      if (warnings.length > 0 && serving()) console.warn(formatProblems(warnings));
      if (failing && serving()) console.log("[dateline] The content is valid again; rebuilding every page.");
      failing = false;
      lastGood = archive;
      return archive;
    } catch (error) {
      if (error instanceof ContentError && serving()) {
        failing = true;
        if (lastGood) {
          console.error(`${error.message}\n[dateline] Still serving the last good build; save a fix to rebuild.`);
          return lastGood;
        }
        // Started on broken content: there is no good build to keep, so show
        // every article that is valid rather than stop the preview.
        console.error(`${error.message}\n[dateline] Serving the articles without errors; save a fix to rebuild.`);
        return archiveOfValidContent(eleventyConfig.directories.input);
      }
      throw error;
    }
  });
  eleventyConfig.on("eleventy.beforeWatch", () => forgetArchives());
}
