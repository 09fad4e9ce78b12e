import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildTimeline, MAX_MONTHS } from "../../src/archive/timeline.ts";

const d = (year: number, month: number) => ({ year, month });

describe("buildTimeline", () => {
  it("should count articles per month from the first to the last, empty months included", () => {
    const timeline = buildTimeline([d(2025, 2), d(2024, 11), d(2025, 2), d(2024, 12)]);
    assert.equal(timeline.unit, "month");
    assert.deepEqual(
      timeline.buckets.map((b) => [b.key, b.label, b.count]),
      [
        ["2024-11", "November 2024", 1],
        ["2024-12", "December 2024", 1],
        ["2025-01", "January 2025", 0],
        ["2025-02", "February 2025", 2],
      ],
    );
    assert.equal(timeline.total, 4);
    assert.equal(timeline.peak, 2);
    assert.equal(timeline.busiest?.key, "2025-02");
    assert.deepEqual(timeline.nonEmpty.map((b) => b.key), ["2024-11", "2024-12", "2025-02"]);
  });

  it("should name the earliest of equally busy months as the busiest", () => {
    assert.equal(buildTimeline([d(2024, 3), d(2024, 1)]).busiest?.key, "2024-01");
  });

  it("should lay the chart over whole years, with every year from the first to the last and its count", () => {
    const timeline = buildTimeline([d(2025, 2), d(2023, 11)], undefined, new Map([[2023, "/people/x/2023/"], [2025, "/people/x/2025/"]]));
    assert.equal(timeline.slots, 36, "three years of twelve months");
    assert.equal(timeline.offset, 10, "November is the eleventh month of 2023");
    assert.deepEqual(timeline.years, [
      { year: 2023, label: "2023", count: 1, url: "/people/x/2023/" },
      { year: 2024, label: "2024", count: 0 },
      { year: 2025, label: "2025", count: 1, url: "/people/x/2025/" },
    ]);
  });

  it("should give one slot a year when bars are years", () => {
    const timeline = buildTimeline([d(2010, 1), d(2024, 12)]);
    assert.equal(timeline.unit, "year");
    assert.equal(timeline.slots, 15);
    assert.equal(timeline.offset, 0);
    assert.equal(timeline.years.length, 15);
    assert.ok(timeline.years.every((year) => year.url === undefined), "no year links without lists");
  });

  it("should give an empty timeline for no articles", () => {
    assert.deepEqual(buildTimeline([]), { unit: "month", buckets: [], total: 0, peak: 0, nonEmpty: [], slots: 0, offset: 0, years: [] });
  });

  it("should count per year when the span is longer than MAX_MONTHS", () => {
    const long = buildTimeline([d(2001, 5), d(2001, 7), d(2013, 1)]);
    assert.ok((2013 - 2001) * 12 > MAX_MONTHS);
    assert.equal(long.unit, "year");
    assert.equal(long.buckets.length, 13);
    assert.deepEqual(long.buckets[0], { key: "2001", label: "2001", count: 2 });
    assert.equal(long.buckets[12]!.count, 1);
    assert.equal(long.buckets.reduce((sum, b) => sum + b.count, 0), 3);
  });

  it("should keep months when the span is exactly MAX_MONTHS", () => {
    const edge = buildTimeline([d(2010, 1), d(2019, 12)]);
    assert.equal(edge.unit, "month");
    assert.equal(edge.buckets.length, MAX_MONTHS);
  });
});
