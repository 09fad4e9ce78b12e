/** Runs Dateline's Nunjucks plugin as a new Eleventy configuration would, against a stand-in config. */
import type nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/eleventy/eleventy-types.ts";
import { nunjucksPlugin } from "../../src/eleventy/nunjucks-environment.ts";

/** The environment the plugin set, and the precompiled templates it named. */
export function runNunjucksPlugin(): { environment: nunjucks.Environment; precompiled: Record<string, unknown> } {
  let environment: nunjucks.Environment | undefined;
  let precompiled: Record<string, unknown> = {};
  const config = {
    setLibrary: (_name: string, library: nunjucks.Environment) => (environment = library),
    setNunjucksPrecompiledTemplates: (templates: Record<string, unknown>) => (precompiled = templates),
  } as unknown as EleventyConfig;
  nunjucksPlugin(config);
  return { environment: environment!, precompiled };
}
