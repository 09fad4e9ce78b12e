import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryIndex } from "../../src/entities/countries.ts";

const countries = countryIndex();
const nameOf = (written: string) => countries.find(written)?.name;

describe("countryIndex", () => {
  it("should resolve common, official and alternative names to the common English name", () => {
    assert.equal(nameOf("Syria"), "Syria");
    assert.equal(nameOf("Syrian Arab Republic"), "Syria");
    assert.equal(nameOf("Russian Federation"), "Russia");
    assert.equal(nameOf("United States of America"), "United States");
    assert.equal(nameOf("USA"), "United States");
  });

  it("should resolve every spelling of Türkiye, with and without diacritics", () => {
    for (const written of ["Turkey", "Turkiye", "Türkiye", "TÜRKİYE", "Republic of Türkiye"]) {
      assert.equal(nameOf(written), "Türkiye", written);
    }
    assert.equal(countries.find("Turkiye")?.slug, "turkiye");
  });

  it("should resolve alpha-2 and alpha-3 codes only when written in capitals", () => {
    assert.equal(nameOf("SY"), "Syria");
    assert.equal(nameOf("SYR"), "Syria");
    assert.equal(nameOf("UK"), "United Kingdom");
    assert.equal(nameOf("us"), undefined);
    assert.equal(nameOf("in"), undefined);
  });

  it("should resolve names written in other scripts", () => {
    assert.equal(nameOf("Россия"), "Russia");
    assert.equal(nameOf("سوريا"), "Syria");
    assert.equal(nameOf("Azərbaycan"), "Azerbaijan");
  });

  it("should resolve capitals to their country", () => {
    assert.equal(countries.findByCapital("Baku")?.name, "Azerbaijan");
    assert.equal(countries.findByCapital("Damascus")?.name, "Syria");
    assert.equal(countries.findByCapital("Atlantis"), undefined);
  });

  it("should give every country a distinct, readable slug", () => {
    const slugs = countries.all.map((country) => country.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(countries.byCode("us")?.slug, "united-states");
  });
});
