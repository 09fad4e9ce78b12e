/**
 * Article dates, kept exactly as written.
 *
 * A date is a calendar day in the newsroom's own time, not an instant in the
 * build machine's zone. We never pass a date-only value through `new Date(string)`
 * (which reads it as UTC midnight and shows the previous day west of Greenwich):
 * the written year, month and day are kept as numbers, and only the sort key is
 * an instant.
 *
 * Years run from 1000 to 9999. JavaScript's Date reads years 0–99 as 1900–1999
 * (`0050-06-15` was shown as "15 June 1950" under `/articles/50/06/`), and a news
 * archive has no articles from the first millennium: an early year is far more
 * likely a typo than a date, so it is refused rather than shown.
 */
// Each function and locale from its own module: date-fns's index loads all of them at startup (figures: docs/performance.md).
import type { Locale } from "date-fns";
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";

/** A date as an editor wrote it, split into what pages, feeds and sorting need. */
export interface ArticleDate {
  /** The value as written, trimmed. */
  written: string;
  /** `YYYY-MM-DD`: the calendar day as written, whatever the offset. */
  ymd: string;
  year: number;
  month: number;
  day: number;
  /** True when a time of day was given. */
  hasTime: boolean;
  /** Milliseconds since the epoch, for sorting: a date-only value counts as UTC midnight. */
  instant: number;
  /** ISO 8601 date-time for machines (feeds, JSON-LD), from the written value, never from the clock. */
  iso: string;
}

/** The earliest year an article may have (the pattern caps years at four digits, so 9999 is the last). */
export const MIN_YEAR = 1000;

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Parses `YYYY-MM-DD` or an ISO 8601 date-time; returns an error message when it is neither or not a real day. */
export function parseArticleDate(value: string): ArticleDate | { error: string } {
  const written = value.trim();
  const match = DATE_PATTERN.exec(written);
  if (!match) {
    return { error: `"${written}" is not a date; write it as YYYY-MM-DD, e.g. 2024-12-30` };
  }
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < MIN_YEAR) {
    return { error: `"${written}" has the year ${y}; Dateline supports years ${MIN_YEAR} to 9999` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${written}" is not a real calendar day` };
  }
  const hasTime = h !== undefined;
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) {
    return { error: `"${written}" has an impossible time of day` };
  }
  const offsetMinutes = zone ? parseOffset(zone) : 0;
  if (Number.isNaN(offsetMinutes)) {
    return { error: `"${written}" has an impossible time-zone offset` };
  }
  const millis = fraction ? Math.round(Number(fraction) * 1000) : 0;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  const ymd = `${y}-${mo}-${d}`;
  const iso = hasTime
    ? `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`
    : `${ymd}T00:00:00Z`;
  return { written, ymd, year, month, day, hasTime, instant, iso };
}

/** How dates are shown to readers: the site language's date-fns locale and patterns (src/i18n/date-style.ts makes one). */
export interface DateStyle {
  locale: Locale;
  /** A day, e.g. "d MMMM yyyy". */
  day: string;
  /** A month of a year, e.g. "LLLL yyyy" (`LLLL`: the month's name standing alone, nominative in Russian). */
  month: string;
}

/** English dates, "30 December 2024" and "December 2024". */
export const ENGLISH_DATES: DateStyle = { locale: enGB, day: "d MMMM yyyy", month: "LLLL yyyy" };

/** Formats a date for readers, e.g. "30 December 2024", from the written day, in any time zone. */
export function displayDate(date: Pick<ArticleDate, "year" | "month" | "day">, style: DateStyle = ENGLISH_DATES): string {
  // A local Date built from components and formatted in local time round-trips
  // exactly, whatever TZ is: no UTC conversion happens in between.
  return shown(style, (date.year * 13 + date.month) * 32 + date.day, () =>
    format(new Date(date.year, date.month - 1, date.day), style.day, { locale: style.locale }),
  );
}

/** Formats a year and month for readers, e.g. "December 2024". */
export function displayMonth(year: number, month: number, style: DateStyle = ENGLISH_DATES): string {
  return shown(style, -(year * 13 + month), () => format(new Date(year, month - 1, 1), style.month, { locale: style.locale }));
}

// date-fns's `format` reads its pattern anew on every call, and an archive
// shows the same few thousand days and months on every list and timeline:
// each text is made once per style (a day's key is positive, a month's negative).
const shownDates = new WeakMap<DateStyle, Map<number, string>>();

function shown(style: DateStyle, key: number, make: () => string): string {
  let texts = shownDates.get(style);
  if (!texts) shownDates.set(style, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = make()));
  return text;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  if (hours > 14 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
