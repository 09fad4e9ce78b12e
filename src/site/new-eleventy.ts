/**
 * The one way Dateline starts Eleventy, for `npm run build` and the live
 * preview's full builds alike: Dateline's `.eleventy.ts`, the folders frozen
 * as given, quiet, in build mode (the preview does its own watching).
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { EleventyConfig } from "./eleventy-types.ts";
import { PROJECT_ROOT } from "./paths.ts";

const CONFIG_PATH = path.join(PROJECT_ROOT, ".eleventy.ts");

/** An Eleventy that builds `input` into `output`; `config` may register more on its configuration. */
export function newEleventy(input: string, output: string, pathPrefix: string | undefined, config?: (eleventyConfig: EleventyConfig) => void): Eleventy {
  return new Eleventy(input, output, {
    // "cli" freezes the folders given here; with "script", the `dir.input` that
    // .eleventy.ts exports silently wins and every --input builds content/.
    source: "cli",
    configPath: CONFIG_PATH,
    pathPrefix,
    quietMode: true,
    runMode: "build",
    ...(config ? { config: (eleventyConfig: unknown) => config(eleventyConfig as EleventyConfig) } : {}),
  });
}
