import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CountryShading } from "../../src/archive/model.ts";
import { compactPath, MAP_WIDTH, worldMapSvg, worldOutlines } from "../../src/charts/world-map-svg.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";

const shading: CountryShading = {
  countries: [
    { numeric: "760", name: "Syria", flag: "🇸🇾", url: "/countries/syria/", count: 4, level: 5 },
    { numeric: "031", name: "Azerbaijan", flag: "🇦🇿", url: "/countries/azerbaijan/", count: 1, level: 2 },
    // A country world-atlas's 1:110m shapes do not draw: it stays out of the map (the table lists it).
    { numeric: "048", name: "Bahrain", flag: "🇧🇭", url: "/countries/bahrain/", count: 1, level: 2 },
  ],
  legend: [],
  peak: 4,
};

describe("worldOutlines", () => {
  it("should project every country but Antarctica once, to whole units, 960 wide", () => {
    const { outlines, height } = worldOutlines();
    assert.ok(outlines.length > 170, `${outlines.length} outlines`);
    assert.ok(!outlines.some((o) => o.id === "010"), "no Antarctica");
    assert.ok(height > 300 && height < MAP_WIDTH / 2, `height ${height}`);
    assert.ok(outlines.every((o) => /^[Mlz0-9,\- ]+$/.test(o.d)), "whole-number relative paths");
    assert.equal(worldOutlines(), worldOutlines(), "computed once");
  });
});

describe("compactPath", () => {
  it("should write relative moves, drop repeated points and keep subpaths", () => {
    assert.equal(compactPath("M10,10L12,10L12,10L11,7ZM0,0L-1,-1Z"), "M10,10l2,0-1-3zM0,0l-1-1z");
  });
});

describe("worldMapSvg", () => {
  const svg = worldMapSvg(shading, { base: "/news/", id: "m", title: "Map of articles" });
  const html = parseHtml(`<body>${svg}</body>`);

  it("should link each drawn country with articles to its page, under the path prefix, named with its count", () => {
    const links = html.all("a");
    assert.deepEqual(links.map((a) => attr(a, "href")).sort(), ["/news/countries/azerbaijan/", "/news/countries/syria/"]);
    const syria = links.find((a) => attr(a, "href") === "/news/countries/syria/")!;
    assert.equal(attr(syria, "aria-label"), "Syria: 4 articles");
    assert.equal(textOf(syria), "Syria: 4 articles");
  });

  it("should shade linked countries by level and leave the rest unshaded", () => {
    const classes = html.all("path").map((p) => attr(p, "class")).filter(Boolean);
    assert.deepEqual(classes.sort(), ["map__shade-2", "map__shade-5"]);
    assert.ok(html.all("path").length > 170);
  });

  it("should be titled, and stay a reasonable size", () => {
    assert.equal(attr(html.all("svg")[0]!, "aria-labelledby"), "m-title");
    assert.match(svg, /<title id="m-title">Map of articles<\/title>/);
    assert.ok(svg.length < 60_000, `${svg.length} bytes`);
  });

  it("should escape names and URLs", () => {
    const hostile = worldMapSvg(
      { countries: [{ ...shading.countries[0]!, name: `<b>"Syria"</b>`, url: `/x/"onmouseover="y` }], legend: [], peak: 1 },
      { base: "/", id: "m", title: "t" },
    );
    assert.doesNotMatch(hostile, /<b>|"onmouseover/);
  });
});
