import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { countryLocatorSvg, LOCATOR_HEIGHT, LOCATOR_WIDTH } from "../../src/charts/country-locator-svg.ts";
import { countryIndex } from "../../src/entities/countries.ts";
import { attr, parseHtml } from "../helpers/html.ts";

describe("countryLocatorSvg", () => {
  it("should shade the country among its neighbours, mark its point, and hide it from assistive technology", () => {
    const svg = countryLocatorSvg({ numeric: "760", name: "Syria" });
    const html = parseHtml(`<body>${svg}</body>`);
    const root = html.all("svg")[0]!;
    assert.equal(attr(root, "aria-hidden"), "true");
    assert.equal(attr(root, "viewBox"), `0 0 ${LOCATOR_WIDTH} ${LOCATOR_HEIGHT}`);
    assert.deepEqual(html.all("path").map((p) => attr(p, "class")), ["locator__land", "locator__here"]);
    const point = html.all("circle")[0]!;
    const [cx, cy] = [Number(attr(point, "cx")), Number(attr(point, "cy"))];
    assert.ok(Math.abs(cx - LOCATOR_WIDTH / 2) < 30 && Math.abs(cy - LOCATOR_HEIGHT / 2) < 30, `Syria near the middle: ${cx},${cy}`);
  });

  it("should mark a country the 1:110m atlas has no shape for (Bahrain, Malta, Singapore) by its point among its neighbours", () => {
    for (const [numeric, name] of [["048", "Bahrain"], ["470", "Malta"], ["702", "Singapore"]] as const) {
      const html = parseHtml(`<body>${countryLocatorSvg({ numeric, name })}</body>`);
      assert.deepEqual(html.all("path").map((p) => attr(p, "class")), ["locator__land"], name);
      assert.equal(html.all("circle").length, 1, name);
    }
  });

  it("should stay a few kilobytes for every country, with no style, script or text in it", () => {
    let largest = { name: "", size: 0, gzipped: 0 };
    for (const country of countryIndex().all) {
      const svg = countryLocatorSvg(country);
      assert.notEqual(svg, "", country.name);
      assert.doesNotMatch(svg, /style|<script|\son\w+=|<text|<title/i);
      if (svg.length > largest.size) largest = { name: country.name, size: svg.length, gzipped: gzipSync(svg).length };
    }
    assert.ok(largest.size < 12_000 && largest.gzipped < 4_000, `${largest.name}: ${largest.size} bytes, ${largest.gzipped} gzipped`);
  });
});
