import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { isHeldBack, isScheduled, isTimeZone, publicationInstant, scheduledNotice, zonedInstant } from "../../src/content/embargo.ts";
import { parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { parseNow, UsageError } from "../../src/cli/args.ts";
import { writeContent } from "../helpers/fixture.ts";

function date(value: string): ArticleDate {
  const parsed = parseArticleDate(value);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

const at = (iso: string) => Date.parse(iso);

describe("publicationInstant", () => {
  it("should start a date-only article's day at 00:00 UTC by default", () => {
    assert.equal(publicationInstant(date("2030-01-01"), "UTC"), at("2030-01-01T00:00:00Z"));
  });

  it("should start a date-only article's day at midnight in the site's zone", () => {
    assert.equal(publicationInstant(date("2030-01-01"), "Asia/Tokyo"), at("2029-12-31T15:00:00Z"));
    assert.equal(publicationInstant(date("2030-01-01"), "America/Los_Angeles"), at("2030-01-01T08:00:00Z"));
    assert.equal(publicationInstant(date("2030-07-01"), "America/Los_Angeles"), at("2030-07-01T07:00:00Z"), "summer time");
  });

  it("should take a date-time with an offset as its own instant, whatever the site's zone", () => {
    for (const zone of ["UTC", "Asia/Tokyo", "America/Los_Angeles"]) {
      assert.equal(publicationInstant(date("2030-01-01T09:00:00+01:00"), zone), at("2030-01-01T08:00:00Z"));
      assert.equal(publicationInstant(date("2030-01-01T09:00:00Z"), zone), at("2030-01-01T09:00:00Z"));
    }
  });

  it("should read a date-time without an offset on the site's clock", () => {
    assert.equal(publicationInstant(date("2030-01-01T09:00"), "Asia/Tokyo"), at("2030-01-01T00:00:00Z"));
  });

  it("should start a day whose midnight is skipped by summer time at 01:00, and take the first of a midnight that happens twice", () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024, and from 00:00 back to 23:00 on 6 April 2025.
    assert.equal(publicationInstant(date("2024-09-08"), "America/Santiago"), at("2024-09-08T04:00:00Z"));
    assert.equal(zonedInstant(at("2025-04-06T00:00:00Z"), "America/Santiago"), at("2025-04-06T04:00:00Z"));
    // Los Angeles: 02:30 on 9 March 2025 does not exist (moved on by the gap), 01:30 on 2 November 2025 happens twice (the first).
    assert.equal(zonedInstant(at("2025-03-09T02:30:00Z"), "America/Los_Angeles"), at("2025-03-09T10:30:00Z"));
    assert.equal(zonedInstant(at("2025-11-02T01:30:00Z"), "America/Los_Angeles"), at("2025-11-02T08:30:00Z"));
  });
});

describe("isScheduled", () => {
  it("should hold a date-only article back until midnight UTC, and publish it from that instant", () => {
    assert.equal(isScheduled(date("2030-01-01"), at("2029-12-31T23:59:59Z"), "UTC"), true);
    assert.equal(isScheduled(date("2030-01-01"), at("2030-01-01T00:00:00Z"), "UTC"), false);
  });

  it("should go by midnight in Tokyo and in Los Angeles", () => {
    const now = at("2030-01-01T03:00:00Z"); // noon in Tokyo, 19:00 the day before in Los Angeles
    assert.equal(isScheduled(date("2030-01-01"), now, "Asia/Tokyo"), false);
    assert.equal(isScheduled(date("2030-01-01"), now, "America/Los_Angeles"), true);
    assert.equal(isScheduled(date("2030-01-01"), at("2029-12-31T14:59:59Z"), "Asia/Tokyo"), true);
    assert.equal(isScheduled(date("2030-01-01"), at("2030-01-01T07:59:59Z"), "America/Los_Angeles"), true);
    assert.equal(isScheduled(date("2030-01-01"), at("2030-01-01T08:00:00Z"), "America/Los_Angeles"), false);
  });

  it("should go by the instant of a date-time with an offset", () => {
    assert.equal(isScheduled(date("2030-01-01T09:00:00+01:00"), at("2030-01-01T07:59:59Z"), "Asia/Tokyo"), true);
    assert.equal(isScheduled(date("2030-01-01T09:00:00+01:00"), at("2030-01-01T08:00:00Z"), "Asia/Tokyo"), false);
  });

  it("should agree with publicationInstant far from now too", () => {
    for (const value of ["1999-05-05", "2100-05-05", "2030-01-01T09:00:00+01:00"]) {
      for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        const now = at("2030-01-01T00:00:00Z");
        assert.equal(isScheduled(date(value), now, zone), publicationInstant(date(value), zone) > now, `${value} in ${zone}`);
      }
    }
  });

  it("should publish everything with --future", () => {
    const now = at("2026-01-01T00:00:00Z");
    assert.equal(isHeldBack(date("2030-01-01"), { now, future: false }, "UTC"), true);
    assert.equal(isHeldBack(date("2030-01-01"), { now, future: true }, "UTC"), false);
    assert.equal(isHeldBack(date("2020-01-01"), { now, future: false }, "UTC"), false);
  });

  it("should not depend on the machine's time zone", () => {
    const script = `import { publicationInstant } from ${JSON.stringify(path.resolve("src/content/embargo.ts"))};
import { parseArticleDate } from ${JSON.stringify(path.resolve("src/content/dates.ts"))};
console.log(["UTC", "Asia/Tokyo", "America/Los_Angeles"].map((zone) => publicationInstant(parseArticleDate("2030-03-10"), zone)).join(","));`;
    const outputs = ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Australia/Lord_Howe"].map((TZ) => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, TZ } });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout;
    });
    assert.equal(new Set(outputs).size, 1, outputs.join(" / "));
  });
});

describe("scheduledNotice", () => {
  const now = at("2029-12-31T12:00:00Z");

  it("should say when a scheduled article goes live, on the site's clock, only when the schedule marks them (the preview)", () => {
    assert.deepEqual(scheduledNotice(date("2030-01-01"), { now, future: true, mark: true }, "Asia/Tokyo"), {
      iso: "2029-12-31T15:00:00Z",
      text: "1 January 2030 at 00:00 (Asia/Tokyo)",
    });
    assert.equal(scheduledNotice(date("2030-01-01"), { now, future: true }, "Asia/Tokyo"), undefined, "a build never marks");
    assert.equal(scheduledNotice(date("2029-12-01"), { now, future: true, mark: true }, "Asia/Tokyo"), undefined, "already published");
  });
});

describe("site.yaml timezone", () => {
  it("should know IANA names and refuse anything else", () => {
    for (const zone of ["UTC", "Europe/Paris", "Asia/Tokyo", "America/Argentina/Buenos_Aires"]) assert.equal(isTimeZone(zone), true, zone);
    for (const zone of ["Mars/Olympus_Mons", "", "+01:00", "CEST but not really"]) assert.equal(isTimeZone(zone), false, zone);
  });

  it("should default to UTC and keep a valid zone", () => {
    assert.equal(loadSiteSettings(writeContent([])).site.timezone, "UTC");
    assert.equal(loadSiteSettings(writeContent([], { "site.yaml": "title: News\ntimezone: Asia/Tokyo\n" })).site.timezone, "Asia/Tokyo");
  });

  it("should refuse an unknown zone as invalid-field, with its line", () => {
    const dir = writeContent([], { "site.yaml": "title: News\ntimezone: Mars/Olympus_Mons\n" });
    const { problems } = loadSiteSettings(dir);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, "invalid-field");
    assert.equal(problems[0]!.field, "timezone");
    assert.equal(problems[0]!.line, 2);
    assert.equal(problems[0]!.file, path.join(dir, "_data", "site.yaml"));
    assert.match(problems[0]!.message, /IANA time zone/);
    assert.equal(problems[0]!.hint, "write an IANA time zone name, e.g. Europe/Paris, Asia/Tokyo or UTC");
    assert.ok(fs.existsSync(problems[0]!.file));
  });
});

describe("--now", () => {
  it("should read an ISO 8601 date-time with an offset as its instant", () => {
    assert.equal(parseNow("2030-01-01T09:00:00+01:00"), at("2030-01-01T08:00:00Z"));
    assert.equal(parseNow("2030-01-01T08:00Z"), at("2030-01-01T08:00:00Z"));
  });

  it("should refuse a date alone, a time without an offset and impossible values as usage errors", () => {
    for (const value of ["2030-01-01", "2030-01-01T09:00", "2030-02-30T09:00:00Z", "2030-01-01T25:00:00Z", "tomorrow", "", "2030-01-01T09:00:00+15:00"]) {
      assert.throws(() => parseNow(value), UsageError, value);
    }
  });
});
