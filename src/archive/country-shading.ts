/**
 * How dark each country is on the world map: countries ranked by number of
 * articles, each given a shade level on a logarithmic scale (news coverage is
 * long-tailed: one country in hundreds of articles would otherwise leave every
 * other country the palest shade), and the legend's count ranges.
 */
import type { CountryShading, CountryView, ShadedCountry, ShadeRange } from "./model.ts";

/** How many shades the map uses. */
export const SHADE_LEVELS = 5;

/** The shade level of `count` when the highest count is `peak`: ⌈levels·log(1+count)/log(1+peak)⌉, from 1 to `levels` (0 for no articles). */
export function shadeLevel(count: number, peak: number, levels = SHADE_LEVELS): number {
  if (count < 1 || peak < 1) return 0;
  return Math.max(1, Math.min(levels, Math.ceil((levels * Math.log1p(count)) / Math.log1p(peak) - 1e-9)));
}

/** Ranks countries (given A–Z, as the archive keeps them) by article count and shades them. */
export function shadeCountries(countries: readonly CountryView[], levels = SHADE_LEVELS): CountryShading {
  const peak = countries.reduce((max, country) => Math.max(max, country.count), 0);
  const shaded = countries
    .filter((country) => country.count > 0)
    .map(
      (country): ShadedCountry => ({
        numeric: country.country.numeric ?? "",
        code: country.country.code,
        name: country.name,
        flag: country.flag,
        url: country.url,
        count: country.count,
        level: shadeLevel(country.count, peak, levels),
      }),
    );
  // A stable sort keeps the A–Z order among equal counts.
  shaded.sort((a, b) => b.count - a.count);
  return { countries: shaded, legend: shadeLegend(peak, levels), peak };
}

/** The count range of each level from 1 to `peak`; levels no whole count falls in are left out. */
export function shadeLegend(peak: number, levels = SHADE_LEVELS): ShadeRange[] {
  const legend: ShadeRange[] = [];
  if (peak < 1) return legend;
  for (let level = 1; level <= levels; level++) {
    const min = lowestCount(level, peak, levels);
    const max = level === levels ? peak : lowestCount(level + 1, peak, levels) - 1;
    if (min <= max && min <= peak) legend.push({ level, min, max: Math.min(max, peak) });
  }
  return legend;
}

/** The smallest count shaded at `level` or above: the root of the level formula, corrected for rounding. */
function lowestCount(level: number, peak: number, levels: number): number {
  let count = Math.max(1, Math.floor((peak + 1) ** ((level - 1) / levels)));
  while (count > 1 && shadeLevel(count - 1, peak, levels) >= level) count--;
  while (shadeLevel(count, peak, levels) < level) count++;
  return count;
}
