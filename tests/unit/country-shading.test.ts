import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CountryView } from "../../src/archive/model.ts";
import { shadeCountries, shadeLegend, shadeLevel, SHADE_LEVELS } from "../../src/archive/country-shading.ts";
import { countryIndex } from "../../src/entities/countries.ts";

function view(name: string, count: number): CountryView {
  const country = countryIndex().find(name)!;
  return {
    country, slug: country.slug, name: country.name, flag: country.flag, url: `/countries/${country.slug}/`,
    articles: [], count, places: [], people: [], years: [],
  };
}

describe("shadeLevel", () => {
  it("should give the peak the darkest level and one article at least the first", () => {
    for (const peak of [1, 2, 7, 100, 10_000]) {
      assert.equal(shadeLevel(peak, peak), SHADE_LEVELS, `peak ${peak}`);
      assert.ok(shadeLevel(1, peak) >= 1);
    }
    assert.equal(shadeLevel(0, 10), 0);
  });

  it("should never get lighter as the count grows", () => {
    let previous = 0;
    for (let count = 1; count <= 5000; count++) {
      const level = shadeLevel(count, 5000);
      assert.ok(level >= previous, `count ${count}`);
      previous = level;
    }
  });
});

describe("shadeLegend", () => {
  it("should cover every count from 1 to the peak exactly once, in the level each count gets", () => {
    for (const peak of [1, 2, 3, 10, 99, 1234]) {
      const legend = shadeLegend(peak);
      assert.equal(legend[0]!.min, 1);
      assert.equal(legend[legend.length - 1]!.max, peak);
      for (let i = 1; i < legend.length; i++) assert.equal(legend[i]!.min, legend[i - 1]!.max + 1);
      for (const range of legend) {
        assert.equal(shadeLevel(range.min, peak), range.level);
        assert.equal(shadeLevel(range.max, peak), range.level);
      }
    }
  });

  it("should be empty when no country has articles", () => {
    assert.deepEqual(shadeLegend(0), []);
  });
});

describe("shadeCountries", () => {
  it("should rank countries by articles, A to Z among equals, with their numeric codes", () => {
    const shading = shadeCountries([view("Azerbaijan", 3), view("Brazil", 0), view("Kenya", 3), view("Syria", 10)]);
    assert.deepEqual(shading.countries.map((c) => [c.name, c.count, c.numeric]), [
      ["Syria", 10, "760"],
      ["Azerbaijan", 3, "031"],
      ["Kenya", 3, "404"],
    ]);
    assert.equal(shading.peak, 10);
    assert.equal(shading.countries[0]!.level, SHADE_LEVELS);
    assert.equal(shading.countries[0]!.url, "/countries/syria/");
  });
});
