import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ru } from "date-fns/locale/ru";
import { displayDate, displayMonth, ENGLISH_DATES, parseArticleDate } from "../../src/content/dates.ts";

describe("parseArticleDate", () => {
  it("should keep a date-only value as the calendar day written", () => {
    const date = parseArticleDate("2024-12-30");
    assert.ok(!("error" in date));
    assert.deepEqual([date.year, date.month, date.day, date.ymd, date.hasTime], [2024, 12, 30, "2024-12-30", false]);
    assert.equal(date.iso, "2024-12-30T00:00:00Z");
    assert.equal(date.instant, Date.UTC(2024, 11, 30));
  });

  it("should keep the written day of a date-time with an offset, and sort by its instant", () => {
    const date = parseArticleDate("2024-12-30T23:30:00-08:00");
    assert.ok(!("error" in date));
    assert.equal(date.ymd, "2024-12-30");
    assert.equal(date.iso, "2024-12-30T23:30:00-08:00");
    assert.equal(date.instant, Date.UTC(2024, 11, 31, 7, 30));
  });

  it("should accept Z, fractions and offsets without a colon", () => {
    for (const value of ["2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123+0530", "2024-01-02 03:04"]) {
      assert.ok(!("error" in parseArticleDate(value)), value);
    }
  });

  it("should refuse impossible days, months, times and other formats", () => {
    for (const value of ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-01T24:00", "30/12/2024", "yesterday", "", "2024-1-5"]) {
      const result = parseArticleDate(value);
      assert.ok("error" in result, `${value} should be refused`);
    }
  });

  it("should accept 29 February in a leap year", () => {
    assert.ok(!("error" in parseArticleDate("2024-02-29")));
  });
});

describe("displayDate", () => {
  it("should show the day as written whatever the process time zone", () => {
    // The test runner's TZ varies; the display must not depend on it.
    const date = parseArticleDate("2024-12-30");
    assert.ok(!("error" in date));
    assert.equal(displayDate(date), "30 December 2024");
    assert.equal(displayMonth(2024, 12), "December 2024");
  });
});

describe("displayDate and displayMonth, shown once per style", () => {
  it("should show each style's own text for the same day and month, whichever came first", () => {
    const russian = { locale: ru, day: "d MMMM yyyy", month: "LLLL yyyy" };
    const day = { year: 2024, month: 12, day: 30 };
    for (let round = 0; round < 2; round++) {
      assert.equal(displayDate(day), "30 December 2024");
      assert.equal(displayDate(day, russian), "30 декабря 2024");
      assert.equal(displayMonth(2024, 12, ENGLISH_DATES), "December 2024");
      assert.equal(displayMonth(2024, 12, russian), "декабрь 2024");
      // A day and a month of the same numbers are not mixed up.
      assert.equal(displayDate({ year: 2024, month: 1, day: 1 }), "1 January 2024");
      assert.equal(displayMonth(2024, 1), "January 2024");
    }
  });
});

describe("parseArticleDate, years", () => {
  it("should refuse years before 1000, saying which years are supported, leap day of year 0 included", () => {
    for (const value of ["0050-06-15", "0000-02-29", "0099-12-31", "0999-01-01", "0050-06-15T10:00:00Z"]) {
      const date = parseArticleDate(value);
      assert.ok("error" in date, value);
      assert.equal(date.error, `"${value}" has the year ${value.slice(0, 4)}; Dateline supports years 1000 to 9999`);
    }
  });

  it("should show and keep years from 1000 to 9999 as written", () => {
    for (const [value, shown] of [["1000-01-01", "1 January 1000"], ["1900-02-28", "28 February 1900"], ["9999-12-31", "31 December 9999"], ["2000-02-29", "29 February 2000"]] as const) {
      const date = parseArticleDate(value);
      assert.ok(!("error" in date), value);
      assert.equal(date.year, Number(value.slice(0, 4)));
      assert.equal(displayDate(date), shown);
    }
    assert.ok("error" in parseArticleDate("1900-02-29"), "1900 was not a leap year");
  });
});
