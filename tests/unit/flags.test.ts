import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Country } from "../../src/entities/countries.ts";
import { countryIndex } from "../../src/entities/countries.ts";
import { flagCopies, flagsFolder } from "../../src/images/flag-files.ts";

const view = (country: Pick<Country, "code">) => ({ country: country as Country });

describe("flagCopies", () => {
  it("should have a flag file for every country the archive can name", () => {
    const all = countryIndex().all;
    const copies = flagCopies(all.map(view));
    assert.equal(Object.keys(copies).length, all.length);
  });

  it("should copy only the archive's countries, to /flags/<code>.svg", () => {
    const copies = flagCopies([view({ code: "SY" }), view({ code: "LB" })]);
    assert.deepEqual(Object.values(copies), ["/flags/sy.svg", "/flags/lb.svg"]);
    for (const source of Object.keys(copies)) assert.ok(fs.existsSync(source) && source.startsWith(flagsFolder()));
  });

  it("should never make a path from anything but two letters", () => {
    assert.deepEqual(flagCopies([view({ code: "../../etc/passwd" }), view({ code: "s/" }), view({ code: "" }), view({ code: "ZZ" })]), {});
  });

  it("should copy flags that are small SVG files without script", () => {
    for (const code of ["sy", "lb", "qa", "bh", "sa", "mt"]) {
      const svg = fs.readFileSync(path.join(flagsFolder(), `${code}.svg`), "utf8");
      assert.match(svg, /^<svg[^>]*viewBox="0 0 640 480"/);
      assert.doesNotMatch(svg, /<script|\son\w+=|javascript:/i);
      assert.ok(svg.length < 16_000, `${code}: ${svg.length} bytes`);
    }
  });
});
