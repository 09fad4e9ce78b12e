import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { directionOf, scriptOf } from "../../src/i18n/text-direction.ts";

/** Languages whose usual script runs right to left, by script. */
const RIGHT_TO_LEFT: Record<string, string[]> = {
  Arab: ["ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ks", "prs", "pnb", "mzn", "lrc", "bal", "glk", "bqi", "sdh", "arz", "ary", "apc"],
  Hebr: ["he", "iw", "yi", "ji", "hbo", "lad"],
  Thaa: ["dv"],
  Syrc: ["syc", "aii", "tmr"],
  Nkoo: ["nqo"],
  Rohg: ["rhg"],
  Armi: ["arc"],
  Mand: ["mid"],
  Samr: ["sam"],
};

describe("directionOf", () => {
  it("should say rtl for every language usually written in Arabic, Hebrew, Thaana, Syriac, N'Ko, Rohingya or Aramaic script", () => {
    for (const [script, languages] of Object.entries(RIGHT_TO_LEFT)) {
      for (const language of languages) {
        assert.equal(scriptOf(language), script, language);
        assert.equal(directionOf(language), "rtl", language);
      }
    }
  });

  it("should follow a right-to-left script subtag on a language usually written left to right", () => {
    for (const tag of ["az-Arab", "pa-Arab", "ku-Arab", "ff-Adlm", "rhg-Rohg", "ms-Arab", "tk-Arab", "ha-Arab", "en-Arab", "uz-Arab", "und-Arab", "bm-Nkoo", "ks-Arab", "sd-Arab"]) {
      assert.equal(directionOf(tag), "rtl", tag);
    }
  });

  it("should follow a left-to-right script subtag on a language usually written right to left", () => {
    for (const tag of ["ar-Latn", "az-Latn", "he-Latn", "fa-Latn", "ks-Deva", "sd-Deva", "ug-Cyrl", "rhg-Latn", "ur-Latn"]) {
      assert.equal(directionOf(tag), "ltr", tag);
    }
  });

  it("should take the usual script of a language where its region writes it differently", () => {
    assert.equal(directionOf("az-IR"), "rtl");
    assert.equal(directionOf("pa-PK"), "rtl");
    assert.equal(directionOf("ku-IQ"), "rtl");
    assert.equal(directionOf("uz-AF"), "rtl");
    assert.equal(directionOf("ar-SA"), "rtl");
    assert.equal(directionOf("sd-IN"), "ltr");
    assert.equal(directionOf("ku-TR"), "ltr");
    assert.equal(directionOf("pa-IN"), "ltr");
  });

  it("should say ltr for languages written in Latin, Cyrillic and other left-to-right scripts", () => {
    for (const tag of ["en", "en-GB", "fr", "de", "es", "ru", "tr", "az", "ku", "pa", "ff", "hi", "zh-Hant", "ja", "ka", "hy", "am", "el", "mn", "pt-BR", "sr-Latn"]) {
      assert.equal(directionOf(tag), "ltr", tag);
    }
  });

  it("should read tags in any letter case", () => {
    for (const tag of ["AR", "Ar", "aR-eg", "FA-ir", "AZ-ARAB", "az-arab", "FF-ADLM", "DV", "Ckb"]) assert.equal(directionOf(tag), "rtl", tag);
    for (const tag of ["AR-LATN", "ar-latn", "AZ-latn", "EN"]) assert.equal(directionOf(tag), "ltr", tag);
  });

  it("should say ltr for a tag Intl cannot read, or for a language with no known script", () => {
    for (const tag of ["", " ", "x", "a", "en-a1", "ar_EG", "--", "123", "ar-", "zz", "qaa", "toolongtag", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"]) {
      assert.equal(directionOf(tag), "ltr", JSON.stringify(tag));
    }
  });

  it("should answer rtl or ltr for any string, never throw", () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const direction = directionOf(tag);
        return direction === "rtl" || direction === "ltr";
      }),
    );
  });
});
