/**
 * The world map on /countries/: static SVG made at build time with d3-geo from
 * world-atlas's 1:110m country shapes, each country shaded by its number of
 * articles and linked to its page. No script runs in the reader's browser.
 *
 * The projected outlines do not depend on the articles, so they are computed
 * once per process; a build only joins them with the archive's shading.
 * Coordinates are rounded to whole SVG units (the map is 960 units wide), which
 * keeps the markup about 100 kB, less than the TopoJSON it comes from.
 */
import { ENGLISH_STRINGS, type InterfaceStrings } from "../i18n/interface-strings.ts";
import { translate } from "../i18n/translate.ts";
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CountryShading } from "../archive/model.ts";
import { escapeXml } from "./svg-text.ts";

/** Width of the map in SVG units. */
export const MAP_WIDTH = 960;

/** ISO numeric code of Antarctica: left off, it would take a fifth of the height and never has news. */
const ANTARCTICA = "010";

/** One country's outline, projected. */
interface Outline {
  /** ISO 3166-1 numeric code, or "" for the few shapes world-atlas gives none (Kosovo, Northern Cyprus, Somaliland). */
  id: string;
  name: string;
  d: string;
}

interface WorldOutlines {
  outlines: Outline[];
  height: number;
}

let cached: WorldOutlines | undefined;

/** Projects world-atlas's countries once per process (Equal Earth, so areas compare fairly). */
export function worldOutlines(): WorldOutlines {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = require("world-atlas/countries-110m.json") as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  countries.features = countries.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, countries);
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(countries);
  const outlines = countries.features
    .map((f) => ({ id: f.id === undefined ? "" : String(f.id), name: f.properties.name, d: compactPath(path(f) ?? "") }))
    .filter((outline) => outline.d !== "");
  cached = { outlines, height: Math.ceil(bottom - top) };
  return cached;
}

/**
 * Rewrites a path of whole-number `M`/`L`/`Z` commands with relative moves and
 * without the repeated points rounding leaves: about a third shorter, same shape.
 */
export function compactPath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  // After one `l`, further pairs need no letter; a minus sign separates numbers as well as a space or comma.
  let inLine = false;
  const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? "" : ","}${dy}`;
  for (const [, command, xs, ys] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === "Z") {
      out += "z";
      inLine = false;
      continue;
    }
    const nx = Number(xs);
    const ny = Number(ys);
    if (command === "M") {
      out += `M${nx},${ny}`;
      inLine = false;
    } else if (nx !== x || ny !== y) {
      const dx = nx - x;
      out += inLine ? `${dx < 0 ? "" : " "}${pair(dx, ny - y)}` : `l${pair(dx, ny - y)}`;
      inLine = true;
    }
    x = nx;
    y = ny;
  }
  return out;
}

/** What the map is called, where links start (the site's path prefix, ending in "/"), and the id its title hangs on. */
export interface WorldMapOptions {
  base: string;
  id: string;
  title: string;
  /** The site's interface strings, for each country's label (English unless given). */
  strings?: InterfaceStrings;
}

/**
 * The map's SVG markup: every country an outline, those with articles shaded
 * (class `map__shade-N`) and wrapped in a link to their page, named for screen
 * readers by `aria-label`. Every text in it is escaped.
 */
export function worldMapSvg(shading: CountryShading, { base, id, title, strings = ENGLISH_STRINGS }: WorldMapOptions): string {
  const { outlines, height } = worldOutlines();
  const byNumeric = new Map(shading.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  const shapes = outlines.map((outline) => {
    const country = outline.id ? byNumeric.get(outline.id) : undefined;
    if (!country) return `<path d="${outline.d}"/>`;
    const label = translate(strings, "map.country", { country: country.name, articles: translate(strings, "count.articles", { count: country.count }) });
    return (
      `<a href="${escapeXml(prefix + country.url)}" aria-label="${escapeXml(label)}">` +
      `<title>${escapeXml(label)}</title><path class="map__shade-${country.level}" d="${outline.d}"/></a>`
    );
  });
  const safeId = escapeXml(id);
  return (
    `<svg class="world-map__svg" viewBox="0 0 ${MAP_WIDTH} ${height}" aria-labelledby="${safeId}-title" ` +
    `xmlns="http://www.w3.org/2000/svg"><title id="${safeId}-title">${escapeXml(title)}</title>` +
    `<g class="world-map__countries">${shapes.join("")}</g></svg>`
  );
}
