/**
 * The one way Dateline starts Eleventy, for `npm run build` and the live
 * preview's full builds alike: the folders frozen as given, quiet, in build
 * mode (the preview does its own watching), and Dateline's plugin given the
 * archive to render as its option. No configuration file is read: everything
 * is here, in the open (`.eleventy.ts` is for running Eleventy by hand).
 */
import Eleventy from "@11ty/eleventy";
import type { Archive } from "../archive/build-archive.ts";
import { emptyInputFolder } from "./empty-input.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import datelinePlugin, { type DatelinePluginOptions } from "./plugin.ts";

/** What one Eleventy run renders besides the archive: the pages of a slice, and whether it copies the static files. */
export type RunOptions = Pick<DatelinePluginOptions, "slice" | "copyFiles" | "continuesBuild">;

/** An Eleventy that renders `archive` into `output` with the layout overrides in `layouts`, if any; `config` may register more on its configuration. */
export function newEleventy(
  archive: Archive,
  output: string,
  pathPrefix: string | undefined,
  config?: (eleventyConfig: EleventyConfig) => void,
  layouts?: string,
  run: RunOptions = {},
): Eleventy {
  return new Eleventy(emptyInputFolder(), output, {
    // "cli" freezes the folders given here.
    source: "cli",
    // An empty path: read no configuration file (Eleventy would look for eleventy.config.js and the like).
    configPath: "",
    pathPrefix,
    quietMode: true,
    runMode: "build",
    config: (userConfig: unknown) => {
      const eleventyConfig = userConfig as EleventyConfig;
      eleventyConfig.addPlugin(datelinePlugin, { archive, layouts, ...run });
      config?.(eleventyConfig);
    },
  });
}
