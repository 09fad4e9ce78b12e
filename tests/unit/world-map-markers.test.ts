import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { placeMarkers, type PlacedMarker } from "../../src/charts/marker-layout.ts";
import { MAP_WIDTH, MARKER_DIAMETER, worldMapLayout } from "../../src/charts/world-map-svg.ts";
import { countryIndex } from "../../src/entities/countries.ts";

/** Pairs of markers whose squares of side `size` overlap. */
function overlaps(placed: readonly PlacedMarker[], size: number): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      if (Math.abs(placed[i]!.x - placed[j]!.x) < size && Math.abs(placed[i]!.y - placed[j]!.y) < size) found.push([i, j]);
    }
  }
  return found;
}

describe("placeMarkers", () => {
  it("should leave a marker on its anchor when it is free, and the first on its anchor always", () => {
    const placed = placeMarkers([{ x: 100, y: 100 }, { x: 300, y: 100 }, { x: 105, y: 102 }], 40, 960);
    assert.deepEqual(placed[0], { x: 100, y: 100 });
    assert.deepEqual(placed[1], { x: 300, y: 100 });
    assert.deepEqual(overlaps(placed, 40), []);
    assert.ok(Math.hypot(placed[2]!.x - 105, placed[2]!.y - 102) <= 60, "moved only as far as needed");
  });

  it("should keep markers inside the map's width", () => {
    const placed = placeMarkers([{ x: -50, y: 10 }, { x: 2000, y: 10 }], 40, 960);
    for (const p of placed) assert.ok(p.x >= 20 && p.x <= 940, `x ${p.x}`);
  });

  it("should be deterministic", () => {
    const anchors = Array.from({ length: 30 }, (_, i) => ({ x: 400 + (i % 5), y: 200 + (i % 3) }));
    assert.deepEqual(placeMarkers(anchors, 50, 960), placeMarkers(anchors, 50, 960));
  });
});

describe("worldMapLayout's markers", () => {
  // The crowded cases the issue names (Lebanon, Israel, Jordan, Syria; Qatar, Bahrain, UAE) and every country there is.
  const all = countryIndex().all.map((c, i) => ({ numeric: c.numeric, code: c.code, name: c.name, flag: "", url: `/countries/${c.slug}/`, count: 250 - i, level: 1 }));
  const levant = all.filter((c) => ["Lebanon", "Israel", "Jordan", "Syria", "Qatar", "Bahrain", "United Arab Emirates", "Cyprus"].includes(c.name));

  for (const [label, countries] of [["the Levant and the Gulf", levant], ["every country in the world", all]] as const) {
    it(`should give each of ${label} a marker whose square touches no other's, in both sets`, () => {
      const layout = worldMapLayout(countries);
      for (const set of ["narrow", "wide"] as const) {
        assert.equal(layout.markers[set].length, countries.length);
        assert.deepEqual(overlaps(layout.markers[set], MARKER_DIAMETER[set]), [], set);
        for (const m of layout.markers[set]) {
          assert.ok(m.x - MARKER_DIAMETER[set] / 2 >= 0 && m.x + MARKER_DIAMETER[set] / 2 <= MAP_WIDTH, `${m.name} inside the width`);
          assert.ok(m.y - MARKER_DIAMETER[set] / 2 >= layout.top && m.y + MARKER_DIAMETER[set] / 2 <= layout.top + layout.height, `${m.name} inside the height`);
        }
      }
    });
  }
});
