/**
 * The country shapes the maps draw: world-atlas's 1:110m outlines (small
 * enough to project per page), read once per process, and each country's
 * point (world-countries' latitude and longitude), which also places the
 * countries the 1:110m atlas leaves out (Bahrain, Malta, Singapore…).
 */
import { createRequire } from "node:module";
import { geoArea, geoBounds, geoCentroid, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldCountriesData, { type Country as WorldCountry } from "world-countries";

/** ISO numeric code of Antarctica: left off, it would take a fifth of the height and never has news. */
const ANTARCTICA = "010";

export type CountryFeature = Feature<Geometry, { name: string }>;

/** A country's outline with what the maps need to choose and frame it. */
export interface AtlasCountry {
  /** ISO 3166-1 numeric code, or "" for the few shapes world-atlas gives none (Kosovo, Northern Cyprus, Somaliland). */
  id: string;
  feature: CountryFeature;
  /** The largest polygon (the mainland: France without Guiana), which frames a map better than the whole. */
  mainland: Feature<Polygon>;
  /** Centre of the mainland, [longitude, latitude]. */
  centre: [number, number];
  /** Angular radius in radians of a circle about `centre` that holds the whole feature's bounding box. */
  reach: number;
  /** The same for the mainland alone. */
  mainlandReach: number;
}

export interface Atlas {
  countries: AtlasCountry[];
  byId: ReadonlyMap<string, AtlasCountry>;
  /** The whole collection, to fit a world view. */
  world: FeatureCollection<Geometry, { name: string }>;
}

let cached: Atlas | undefined;

/** Reads and indexes the 1:110m atlas once per process. */
export function atlas(): Atlas {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  world.features = world.features.filter((f) => f.id !== ANTARCTICA);
  const countries = world.features.map((f): AtlasCountry => {
    const mainland = largestPolygon(f);
    const centre = geoCentroid(mainland) as [number, number];
    const reachOf = (shape: Feature) => {
      const [[w, s], [e, n]] = geoBounds(shape);
      return Math.max(...[[w, s], [w, n], [e, s], [e, n]].map((corner) => geoDistance(centre, corner as [number, number])));
    };
    return { id: f.id === undefined ? "" : String(f.id), feature: f, mainland, centre, reach: reachOf(f), mainlandReach: reachOf(mainland) };
  });
  cached = { countries, byId: new Map(countries.filter((c) => c.id).map((c) => [c.id, c])), world };
  return cached;
}

/** The polygon of a (multi)polygon feature with the largest area. */
function largestPolygon(f: CountryFeature): Feature<Polygon> {
  const geometry = f.geometry as Polygon | MultiPolygon;
  const polygons: Polygon[] =
    geometry.type === "Polygon" ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  const areas = polygons.map((p) => geoArea(p));
  const best = polygons[areas.indexOf(Math.max(...areas))]!;
  return { type: "Feature", properties: {}, geometry: best };
}

let points: Map<string, [number, number]> | undefined;

/** A country's point, [longitude, latitude], by its common English name (the archive's country name), from world-countries. */
export function countryPoint(name: string): [number, number] | undefined {
  points ??= new Map(
    (worldCountriesData as unknown as WorldCountry[])
      .filter((c) => c.latlng.length === 2)
      .map((c) => [c.name.common, [c.latlng[1], c.latlng[0]] as [number, number]]),
  );
  return points.get(name);
}
