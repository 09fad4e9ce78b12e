/** Copies the flags of the archive's countries into the site (src/images/flag-files.ts) with Eleventy's passthrough copy. */
import path from "node:path";
import type { CountryView } from "../archive/model.ts";
import { flagCopies } from "../images/flag-files.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Registers a passthrough copy of the flags of `countries`. */
export function flagsPlugin(eleventyConfig: EleventyConfig, options: { countries: readonly CountryView[] }): void {
  // Passthrough paths are read relative to the working folder, wherever Eleventy runs from.
  const copies = Object.entries(flagCopies(options.countries)).map(([source, url]) => [path.relative(process.cwd(), source), url]);
  if (copies.length > 0) eleventyConfig.addPassthroughCopy(Object.fromEntries(copies));
}
