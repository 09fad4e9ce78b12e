/**
 * The small locator map on a country's page: the country and its neighbours
 * from world-atlas's 1:110m shapes, the country shaded and its point marked
 * (so that countries the atlas has no shape for, or too small to see, still
 * show). Decorative (the page's heading names the country), so hidden from
 * assistive technology. Whole-unit coordinates keep it to a few kilobytes.
 */
import { geoAzimuthalEqualArea, geoCircle, geoDistance, geoPath } from "d3-geo";
import { atlas } from "./world-atlas.ts";
import { compactPath, thinPath } from "./compact-path.ts";
import { countryPoint } from "./world-atlas.ts";

export const LOCATOR_WIDTH = 240;
export const LOCATOR_HEIGHT = 160;
/** The region shown: this many times the reach of the country's mainland, within these bounds (degrees). */
const REGION_FACTOR = 2.5;
const MIN_REGION_DEGREES = 8;
const MAX_REGION_DEGREES = 40;
const RADIANS = Math.PI / 180;
/** Outline points closer than this (SVG units, about pixels) to the last one are left out. */
const MIN_STEP = 2;

/** What a locator needs of a country: its ISO numeric code and its common English name. */
export interface LocatedCountry {
  numeric: string;
  name: string;
}

/** The locator's SVG markup, or "" for a country with neither shape nor point. */
export function countryLocatorSvg({ numeric, name }: LocatedCountry): string {
  const { countries } = atlas();
  const shape = numeric ? atlas().byId.get(numeric) : undefined;
  const centre = shape?.centre ?? countryPoint(name);
  if (!centre) return "";
  const reachDegrees = (shape?.mainlandReach ?? 0) / RADIANS;
  const radius = Math.min(MAX_REGION_DEGREES, Math.max(MIN_REGION_DEGREES, reachDegrees * REGION_FACTOR));
  const region = geoCircle().center(centre).radius(radius)();
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .fitExtent([[0, 0], [LOCATOR_WIDTH, LOCATOR_HEIGHT]], region)
    .clipExtent([[0, 0], [LOCATOR_WIDTH, LOCATOR_HEIGHT]]);
  const project = geoPath(projection).digits(0);
  const path = (f: Parameters<typeof project>[0]) => compactPath(thinPath(project(f) ?? "", MIN_STEP));
  // Only countries that can reach the region are projected: a tenth of the work for a typical one.
  const near = countries.filter((c) => geoDistance(centre, c.centre) < radius * RADIANS * 1.5 + c.reach);
  const land = near.map((c) => (c === shape ? "" : path(c.feature))).join("");
  const here = shape ? path(shape.feature) : "";
  const [x, y] = projection(countryPoint(name) ?? centre)!.map(Math.round) as [number, number];
  return (
    `<svg class="locator" viewBox="0 0 ${LOCATOR_WIDTH} ${LOCATOR_HEIGHT}" width="${LOCATOR_WIDTH}" height="${LOCATOR_HEIGHT}" ` +
    `aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">` +
    (land ? `<path class="locator__land" d="${land}"/>` : "") +
    (here ? `<path class="locator__here" d="${here}"/>` : "") +
    `<circle class="locator__point" cx="${x}" cy="${y}" r="5"/></svg>`
  );
}
