import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CountryShading, ShadedCountry } from "../../src/archive/model.ts";
import { compactPath } from "../../src/charts/compact-path.ts";
import { MAP_HEIGHT, MAP_WIDTH, MARKER_DIAMETER, worldMapLayout, worldMapSvg } from "../../src/charts/world-map-svg.ts";
import { attr, elementsIn, parseHtml, textOf } from "../helpers/html.ts";

const country = (numeric: string, name: string, slug: string, count: number, level: number): ShadedCountry => ({
  numeric, code: slug.slice(0, 2).toUpperCase(), name, flag: `/flags/${slug.slice(0, 2)}.svg`, url: `/countries/${slug}/`, count, level,
});

const shading: CountryShading = {
  countries: [
    country("760", "Syria", "syria", 4, 5),
    country("031", "Azerbaijan", "azerbaijan", 1, 2),
    // A country world-atlas's 1:110m shapes do not draw: it is placed by its point.
    country("048", "Bahrain", "bahrain", 1, 2),
  ],
  legend: [],
  peak: 4,
};

describe("compactPath", () => {
  it("should write relative moves, drop repeated points and keep subpaths", () => {
    assert.equal(compactPath("M10,10L12,10L12,10L11,7ZM0,0L-1,-1Z"), "M10,10l2,0-1-3zM0,0l-1-1z");
  });
});

describe("worldMapLayout", () => {
  it("should frame the countries with articles: a regional archive gets a regional map", () => {
    const { markers, outlines } = worldMapLayout(shading.countries);
    const syria = markers.wide.find((m) => m.name === "Syria")!;
    assert.ok(syria.anchorX > 0 && syria.anchorX < MAP_WIDTH && syria.anchorY > 0 && syria.anchorY < MAP_HEIGHT);
    // Zoomed in: far fewer outlines than the world's 176 reach the frame, each in whole units.
    assert.ok(outlines.length < 120, `${outlines.length} outlines`);
    assert.ok(outlines.every((o) => /^[Mlz0-9,\- ]+$/.test(o.d)), "whole-number relative paths");
  });

  it("should place a marker for a country the atlas has no shape for, by its point", () => {
    const { markers } = worldMapLayout(shading.countries);
    assert.deepEqual(markers.narrow.map((m) => m.name), ["Syria", "Azerbaijan", "Bahrain"]);
  });

  it("should size markers for 24 CSS px at the narrowest width each set is shown", () => {
    assert.ok((MARKER_DIAMETER.narrow * 340) / MAP_WIDTH >= 24);
    assert.ok((MARKER_DIAMETER.wide * 640) / MAP_WIDTH >= 24);
  });

  it("should frame a whole-world archive as the whole world, and an empty one without failing", () => {
    const world = worldMapLayout([country("840", "United States", "united-states", 3, 5), country("392", "Japan", "japan", 1, 1), country("076", "Brazil", "brazil", 1, 1)]);
    assert.ok(world.outlines.length > 120, `${world.outlines.length} outlines`);
    const empty = worldMapLayout([]);
    assert.deepEqual(empty.markers, { narrow: [], wide: [] });
  });

  it("should zoom a single small country no further than a region", () => {
    const { outlines } = worldMapLayout([country("422", "Lebanon", "lebanon", 1, 1)]);
    assert.ok(outlines.length >= 5, `neighbours drawn: ${outlines.length}`);
  });
});

describe("worldMapSvg", () => {
  const svg = worldMapSvg(shading, { base: "/news/", id: "m", title: "Map of articles" });
  const html = parseHtml(`<body>${svg}</body>`);
  /** Elements of `tag` inside the first `g` of class `group`. */
  const within = (group: string, tag: string) => elementsIn(html.all("g").find((g) => attr(g, "class")?.split(" ").includes(group))!).filter((e) => e.tagName === tag);

  it("should link each country with articles to its page once per marker set, under the path prefix, named with its count", () => {
    for (const set of ["narrow", "wide"]) {
      const links = within(`world-map__markers--${set}`, "a");
      assert.deepEqual(links.map((a) => attr(a, "href")).sort(), ["/news/countries/azerbaijan/", "/news/countries/bahrain/", "/news/countries/syria/"]);
      const syria = links.find((a) => attr(a, "href") === "/news/countries/syria/")!;
      assert.equal(attr(syria, "aria-label"), "Syria, SY: 4 articles", "named with the code the marker shows");
      assert.equal(textOf(syria), "Syria, SY: 4 articlesSY", "the tooltip's title, then the code shown on the marker");
    }
  });

  it("should shade countries with articles and their markers by level, and hide the outlines from assistive technology", () => {
    const shaded = within("world-map__countries", "path").map((p) => attr(p, "class")).filter(Boolean);
    assert.deepEqual(shaded.sort(), ["map__shade-2", "map__shade-5"]);
    assert.equal(attr(html.all("g").find((g) => attr(g, "class") === "world-map__countries")!, "aria-hidden"), "true");
    assert.deepEqual(within("world-map__markers--wide", "circle").map((c) => attr(c, "class")), ["map__shade-5", "map__shade-2", "map__shade-2"]);
  });

  it("should be titled, and stay a reasonable size", () => {
    assert.equal(attr(html.all("svg")[0]!, "aria-labelledby"), "m-title");
    assert.match(svg, /<title id="m-title">Map of articles<\/title>/);
    assert.ok(svg.length < 60_000, `${svg.length} bytes`);
  });

  it("should use no inline style, script or event handler (the content security policy forbids them)", () => {
    assert.doesNotMatch(svg, /style=|<style|<script|\son\w+=|javascript:/i);
  });

  it("should escape names and URLs", () => {
    const hostile = worldMapSvg(
      { countries: [{ ...shading.countries[0]!, name: `<b>"Syria"</b>`, url: `/x/"onmouseover="y` }], legend: [], peak: 1 },
      { base: "/", id: "m", title: "t" },
    );
    assert.doesNotMatch(hostile, /<b>|"onmouseover/);
  });
});

describe("worldMapSvg after the counts change (the preview)", () => {
  it("should print the new counts and shades with the same layout", () => {
    const first = worldMapSvg(shading, { base: "/", id: "m", title: "t" });
    const more = { ...shading, countries: shading.countries.map((c, i) => (i === 0 ? { ...c, count: 9, level: 4 } : c)) };
    const second = worldMapSvg(more, { base: "/", id: "m", title: "t" });
    assert.match(first, /Syria, SY: 4 articles/);
    assert.match(second, /Syria, SY: 9 articles/);
    assert.doesNotMatch(second, /Syria: 4 articles/);
    assert.equal(second.match(/class="map__shade-4"/g)?.length, 3, "outline and both markers");
  });
});
