/**
 * Filters that print the archive's pictures as static SVG: the timeline on
 * person and country pages, the world map on /countries/ and the locator
 * map on country pages. The markup is
 * made in `timeline-svg.ts` and `world-map-svg.ts`, which escape every text
 * they write, so layouts may print it with `| safe`.
 */
import type { CountryShading, CountryView, Timeline } from "../archive/model.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { describeTimeline, timelineSvg } from "../charts/timeline-svg.ts";
import { worldMapLayoutFor, worldMapSvg } from "../charts/world-map-svg.ts";
import { atlas } from "../charts/world-atlas.ts";
import { countryLocatorSvg } from "../charts/country-locator-svg.ts";
import { pageStrings } from "./translate-filters.ts";

/** Registers `timelineSvg`, `describeTimeline`, `worldMapSvg` and `countryLocatorSvg`. */
export function chartsPlugin(eleventyConfig: EleventyConfig, options: { shading?: CountryShading } = {}): void {
  // The charts' own words (bar and country labels, the summary) are the page's interface strings.
  eleventyConfig.addFilter("timelineSvg", function (this: unknown, timeline: Timeline, id: string, title: string, describedBy?: string) {
    return timelineSvg(timeline, { id, title, describedBy, strings: pageStrings(this as object) });
  } as (...args: never[]) => unknown);
  eleventyConfig.addFilter("describeTimeline", function (this: unknown, timeline: Timeline) {
    return describeTimeline(timeline, pageStrings(this as object));
  } as (...args: never[]) => unknown);
  // Read the world's outlines (once per process) and lay out the map before pages render, rather than inside
  // the filter, where Eleventy reports the slow first call as a benchmark warning on every build.
  eleventyConfig.on("eleventy.before", () => {
    atlas();
    if (options.shading) worldMapLayoutFor(options.shading.countries);
  });
  // `base` is the site root with the path prefix (`'/' | url` in the layout), so map links work under --pathprefix.
  eleventyConfig.addFilter("worldMapSvg", function (this: unknown, shading: CountryShading, base: string, title: string) {
    return worldMapSvg(shading, { base, id: "world-map", title, strings: pageStrings(this as object) });
  } as (...args: never[]) => unknown);
  // The locator on a country's page; the same for every page of its list, so made once per country and build.
  const locators = new WeakMap<CountryView, string>();
  eleventyConfig.addFilter("countryLocatorSvg", (country: CountryView) => {
    let svg = locators.get(country);
    if (svg === undefined) locators.set(country, (svg = countryLocatorSvg({ numeric: country.country.numeric ?? "", name: country.name })));
    return svg;
  });
}
