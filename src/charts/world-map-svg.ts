/**
 * The map on /countries/: static SVG made at build time with d3-geo from
 * world-atlas's 1:110m country shapes, framed on the countries the archive
 * has articles about, each such country shaded by its number of articles and
 * marked by a circle that links to its page. No script runs in the reader's browser.
 *
 * The links are the circles, not the outlines: at phone width most countries
 * of a regional archive (Lebanon, Qatar, Bahrain) are a few pixels across, and
 * neighbouring outlines' boxes overlap, so only markers of a fixed size, kept
 * apart, make every country a target of at least 24×24 CSS pixels (WCAG 2.2).
 * Their size is set for the narrowest width the map is drawn at; wider
 * screens show them larger. docs/readers.md tells readers; docs/performance.md has the sizes.
 */
import { ENGLISH_STRINGS, type InterfaceStrings } from "../i18n/interface-strings.ts";
import { translate } from "../i18n/translate.ts";
import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Point } from "geojson";
import type { CountryShading, ShadedCountry } from "../archive/model.ts";
import { escapeXml } from "./svg-text.ts";
import { atlas, countryPoint } from "./world-atlas.ts";
import { compactPath } from "./compact-path.ts";
import { placeMarkers } from "./marker-layout.ts";

/** Width of the map in SVG units. */
export const MAP_WIDTH = 960;
/** Height of the framed map before markers that go past its edges extend it. */
export const MAP_HEIGHT = 500;
/**
 * The narrowest the map is drawn, in CSS pixels, below and above the width at
 * which the table moves beside it (60rem, styles.css): at a 390 px viewport the
 * column is 350 px, less room for a scrollbar; at 960 px the map's column is 664 px.
 */
export const MAP_MIN_CSS_WIDTH = { narrow: 340, wide: 640 } as const;
/** The smallest target WCAG 2.2 (2.5.8) allows, in CSS pixels, and one pixel to spare for rounding. */
const MIN_TARGET_PX = 25;
/** Diameter of a marker in SVG units: `MIN_TARGET_PX` at the narrowest width each set of markers is shown at. */
export const MARKER_DIAMETER = {
  narrow: Math.ceil((MIN_TARGET_PX * MAP_WIDTH) / MAP_MIN_CSS_WIDTH.narrow),
  wide: Math.ceil((MIN_TARGET_PX * MAP_WIDTH) / MAP_MIN_CSS_WIDTH.wide),
} as const;
export type MarkerSet = keyof typeof MARKER_DIAMETER;
/** Space between markers' squares, so focus rings and hover outlines do not touch. */
const MARKER_GAP = 4;
/** How far the map may zoom in past the whole world: enough for one region, not so far that one small country fills it. */
const MAX_ZOOM = 6;

/** What the map is called, where links start (the site's path prefix, ending in "/"), and the id its title hangs on. */
export interface WorldMapOptions {
  base: string;
  id: string;
  title: string;
  /** The site's interface strings, for each country's label (English unless given). */
  strings?: InterfaceStrings;
}

/** A country on the map: where its marker sits and where its point is. */
export interface MapMarker {
  /** The country's place in the list the layout was made for (the layout depends on the order, not on counts or levels). */
  index: number;
  name: string;
  x: number;
  y: number;
  anchorX: number;
  anchorY: number;
}

/** The map's geometry for a set of countries: outlines, markers for narrow and wide screens and the viewBox's vertical range. */
export interface MapLayout {
  outlines: { id: string; d: string }[];
  markers: Record<MarkerSet, MapMarker[]>;
  top: number;
  height: number;
}

/**
 * Frames the map on the countries with articles (their mainlands, or their
 * points where the atlas has no shape), with a marker's width of margin, and
 * places a marker for each, once for phones and once for wider screens (a
 * marker big enough on a phone would cover half the map on a desktop).
 * Countries without a known point are left to the table.
 */
export function worldMapLayout(countries: readonly ShadedCountry[]): MapLayout {
  const { byId, world } = atlas();
  const located = countries.flatMap((country, index) => {
    const shape = country.numeric ? byId.get(country.numeric) : undefined;
    const point = countryPoint(country.name) ?? shape?.centre;
    return point ? [{ index, name: country.name, shape, point }] : [];
  });
  const framed: Feature[] = located.map(({ shape, point }) => shape?.mainland ?? pointFeature(point));
  const projection = framedProjection({ type: "FeatureCollection", features: framed }, world);
  const path = geoPath(projection).digits(0);
  const outlines = world.features
    .map((f) => ({ id: f.id === undefined ? "" : String(f.id), d: compactPath(path(f) ?? "") }))
    .filter((outline) => outline.d !== "");
  const anchors = located.map(({ point }) => {
    const [x, y] = projection(point) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
    return { x, y };
  });
  const place = (set: MarkerSet): MapMarker[] => {
    const places = placeMarkers(anchors, MARKER_DIAMETER[set] + MARKER_GAP, MAP_WIDTH);
    return located.map(({ index, name }, i) => ({
      index,
      name,
      x: Math.round(places[i]!.x),
      y: Math.round(places[i]!.y),
      anchorX: Math.round(anchors[i]!.x),
      anchorY: Math.round(anchors[i]!.y),
    }));
  };
  const markers = { narrow: place("narrow"), wide: place("wide") };
  // Markers pushed past the top or bottom edge extend the map there.
  const edges = (["narrow", "wide"] as const).flatMap((set) => markers[set].map((m) => [m.y - MARKER_DIAMETER[set] / 2 - MARKER_GAP, m.y + MARKER_DIAMETER[set] / 2 + MARKER_GAP]));
  const top = Math.floor(Math.min(0, ...edges.map(([above]) => above!)));
  const bottom = Math.ceil(Math.max(MAP_HEIGHT, ...edges.map(([, below]) => below!)));
  return { outlines, markers, top, height: bottom - top };
}

/** Equal Earth (areas compare fairly) fitted to `framed` within the map less a margin, zoomed in no further than `MAX_ZOOM` times the world. */
function framedProjection(framed: FeatureCollection, world: FeatureCollection<Geometry>): GeoProjection {
  const margin = MARKER_DIAMETER.narrow;
  const extent: [[number, number], [number, number]] = [[margin, margin], [MAP_WIDTH - margin, MAP_HEIGHT - margin]];
  const worldScale = geoEqualEarth().fitExtent(extent, world).scale();
  const projection = geoEqualEarth().fitExtent(extent, framed);
  if (projection.scale() > worldScale * MAX_ZOOM) {
    // Keep the framed countries' centre in the middle at the widest zoom allowed.
    const centre = projection.invert!([MAP_WIDTH / 2, MAP_HEIGHT / 2])!;
    projection.scale(worldScale * MAX_ZOOM).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    const [x, y] = projection(centre)!;
    const [tx, ty] = projection.translate();
    projection.translate([tx + MAP_WIDTH / 2 - x, ty + MAP_HEIGHT / 2 - y]);
  }
  // Outlines are cut at the map's edges: what lies outside would be bytes no one sees.
  return projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
}

function pointFeature(point: [number, number]): Feature<Point> {
  return { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: point } };
}

let cachedLayout: { key: string; layout: MapLayout } | undefined;

/** `worldMapLayout`, kept for the last set of countries: made before a build renders pages, reused by the map on /countries/ and by the preview until the countries change. */
export function worldMapLayoutFor(countries: readonly ShadedCountry[]): MapLayout {
  const key = countries.map((c) => `${c.numeric}:${c.name}`).join("|");
  if (cachedLayout?.key !== key) cachedLayout = { key, layout: worldMapLayout(countries) };
  return cachedLayout.layout;
}

/**
 * The map's SVG markup: every country an outline, those with articles shaded
 * (class `map__shade-N`) and marked by a circle (the same shade) that links to
 * its page, named for screen readers by `aria-label`; a thin line joins a
 * marker moved off its country to the country's point. Every text is escaped.
 */
export function worldMapSvg(shading: CountryShading, { base, id, title, strings = ENGLISH_STRINGS }: WorldMapOptions): string {
  const { outlines, markers, top, height } = worldMapLayoutFor(shading.countries);
  const levelById = new Map(shading.countries.filter((c) => c.numeric).map((c) => [c.numeric, c.level]));
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  const shapes = outlines.map((outline) => {
    const level = outline.id ? levelById.get(outline.id) : undefined;
    return level === undefined ? `<path d="${outline.d}"/>` : `<path class="map__shade-${level}" d="${outline.d}"/>`;
  });
  const markerSet = (set: MarkerSet) => {
    const r = MARKER_DIAMETER[set] / 2;
    const leaders = markers[set]
      .filter((m) => Math.hypot(m.x - m.anchorX, m.y - m.anchorY) > r)
      .map((m) => `M${m.anchorX},${m.anchorY}L${m.x},${m.y}`)
      .join("");
    const links = markers[set].map(({ index, x, y }) => {
      const country = shading.countries[index]!;
      // The code shown on the marker is part of its name (WCAG 2.5.3, label in name), not in
      // parentheses, which name checks skip: "Syria, SY: 684 articles". It is also the mouse's tooltip.
      const label = translate(strings, "map.country", { country: `${country.name}, ${country.code}`, articles: translate(strings, "count.articles", { count: country.count }) });
      return (
        `<a href="${escapeXml(prefix + country.url)}" aria-label="${escapeXml(label)}">` +
        `<title>${escapeXml(label)}</title><circle class="map__shade-${country.level}" cx="${x}" cy="${y}" r="${r}"/>` +
        `<text x="${x}" y="${y}" font-size="${Math.round(r * 0.8)}">${escapeXml(country.code)}</text></a>`
      );
    });
    // Only one set is displayed at a time (styles.css), so each country is one link for keyboard and screen reader.
    return (
      `<g class="world-map__markers world-map__markers--${set}">` +
      (leaders ? `<path class="world-map__leaders" aria-hidden="true" d="${leaders}"/>` : "") +
      `${links.join("")}</g>`
    );
  };
  const safeId = escapeXml(id);
  return (
    `<svg class="world-map__svg" viewBox="0 ${top} ${MAP_WIDTH} ${height}" aria-labelledby="${safeId}-title" ` +
    `xmlns="http://www.w3.org/2000/svg"><title id="${safeId}-title">${escapeXml(title)}</title>` +
    `<g class="world-map__countries" aria-hidden="true">${shapes.join("")}</g>` +
    markerSet("narrow") +
    markerSet("wide") +
    `</svg>`
  );
}
