import assert from "node:assert/strict";
import { describe, it } from "node:test";

interface Part {
  text: string;
  mark: boolean;
}
// The search page's own module, plain JavaScript served as is from public/.
const { excerptParts } = (await import(new URL("../../public/search-excerpt.js", import.meta.url).href)) as {
  excerptParts: (content: string, locations: number[], start: number, end: number, length?: number) => Part[];
};

const asText = (parts: Part[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join("");

describe("search excerpts", () => {
  // Words 0–1 the headline, 2–9 the text, 10– the index-only people line.
  const content = "Talks today\n\nThe minister met the envoy in the capital.\n\nPeople: Ann Example (also written Anne).";

  it("should mark the words found inside the readable text", () => {
    assert.equal(asText(excerptParts(content, [3], 2, 10)), "The [minister] met the envoy in the capital.");
  });

  it("should never show the index-only lines, even when the words were found only there", () => {
    const parts = excerptParts(content, [11, 14], 2, 10);
    assert.equal(asText(parts), "The minister met the envoy in the capital.");
    assert.ok(parts.every((part) => !part.mark));
  });

  it("should start after the headline, which the result prints above the excerpt", () => {
    assert.equal(asText(excerptParts(content, [0], 2, 10)), "The minister met the envoy in the capital.");
  });

  it("should show a window around the most words found, with ellipses where text is left out", () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    assert.equal(asText(excerptParts(long, [50, 52, 90], 0, 100, 6)), "… w47 w48 w49 [w50] w51 [w52] …");
    assert.equal(asText(excerptParts(long, [99], 0, 100, 4)), "… w96 w97 w98 [w99]");
  });

  it("should keep text as it is written: the page prints each part as a text node", () => {
    const hostile = "Head\n\n<img src=x onerror=alert(1)> &amp; quokka";
    assert.equal(asText(excerptParts(hostile, [5], 1, 6)), "<img src=x onerror=alert(1)> &amp; [quokka]");
  });

  it("should show nothing for an article whose only words are its headline", () => {
    assert.deepEqual(excerptParts("Headline only\n\nPeople: Ann Example.", [0], 2, 2), []);
  });

  it("should fall back to the whole content when the bounds are missing or make no sense", () => {
    assert.equal(asText(excerptParts("one two three", [1], Number.NaN, Number.NaN)), "one [two] three");
    assert.equal(asText(excerptParts("one two three", [], 5, 2)), "one two three");
  });
});

describe("excerptParts on an article that repeats one word", () => {
  it("should choose its window in linear time (150,000 matches, well under a second)", () => {
    const count = 150_000;
    const content = Array.from({ length: count }, () => "spam").join(" ");
    const started = performance.now();
    const parts = excerptParts(content, Array.from({ length: count }, (_, i) => i), 0, count);
    assert.ok(performance.now() - started < 1000, `${Math.round(performance.now() - started)} ms`);
    assert.ok(parts.some((part) => part.mark && part.text === "spam"));
  });
});
