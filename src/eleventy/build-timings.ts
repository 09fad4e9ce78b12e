/**
 * How long Eleventy's part of a build takes, printed as `[dateline] eleventy:
 * <n> ms` when DATELINE_TIMINGS is set (see src/eleventy/timings.ts): the benchmark
 * reads it to show where a build's time goes.
 */
import { performance } from "node:perf_hooks";
import { TIMINGS_ON } from "./timings.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Prints the time from Eleventy's `eleventy.before` to its `eleventy.after`, when timings are on. */
export function buildTimingsPlugin(eleventyConfig: EleventyConfig): void {
  if (!TIMINGS_ON) return;
  let started = 0;
  eleventyConfig.on("eleventy.before", () => {
    started = performance.now();
  });
  eleventyConfig.on("eleventy.after", () => {
    console.log(`[dateline] eleventy: ${Math.round(performance.now() - started)} ms`);
  });
}
