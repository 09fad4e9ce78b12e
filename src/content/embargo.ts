/**
 * Embargoes: when an article goes live.
 *
 * An article whose publication instant is after the build's "now" is
 * scheduled: it is left out of the site as a draft is, unless the build
 * publishes the future on purpose (`--future`). A date-time with an offset
 * (`2030-01-01T09:00:00+01:00`) is its own instant; a date-only value goes
 * live at 00:00, and a date-time without an offset at its time of day, on the
 * clock of the site's time zone (`site.yaml` `timezone`, an IANA name).
 *
 * Pure: "now" and the zone arrive as arguments, and nothing here reads the
 * clock or the machine's time zone (offsets come from `Intl`, given the zone).
 */
import type { ArticleDate } from "./dates.ts";

/** When a build happens and whether it publishes scheduled articles anyway. */
export interface Schedule {
  /** The build's "now", in milliseconds since the epoch. */
  now: number;
  /** True (`--future`): publish scheduled articles too. */
  future: boolean;
  /** True in the preview: a scheduled article that is published anyway carries a "Scheduled for …" notice. */
  mark?: boolean;
}

/** What the preview prints on a scheduled article's page. */
export interface ScheduledNotice {
  /** The instant it goes live, ISO 8601 in UTC. */
  iso: string;
  /** The same instant for people, on the site's clock, e.g. "1 January 2030 at 09:00 (Europe/Paris)". */
  text: string;
}

/** The longest distance of any zone from UTC (Kiribati, +14:00), with a margin. */
const MAX_OFFSET_MS = 15 * 3_600_000;

/**
 * More than any time zone's distance from UTC, the local mean times of the
 * nineteenth century included (the largest, Manila's before 1845, was 15:56):
 * an article's publication instant is always within this of its `date.instant`,
 * so a caller can skip the zone lookup for a date this far from the instant it asks about.
 */
export const ZONE_MARGIN_MS = 24 * 3_600_000;

const OFFSET_SUFFIX = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** True when `zone` is a time zone `Intl` knows (an IANA name such as `Europe/Paris`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === "" || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True when a date is a date-time with an offset (`…T09:00:00+01:00`, `…Z`): an instant of its own, whatever the zone. */
export function hasOffset(date: Pick<ArticleDate, "written" | "hasTime">): boolean {
  return date.hasTime && OFFSET_SUFFIX.test(date.written);
}

/** The instant an article dated `date` goes live, in milliseconds since the epoch. */
export function publicationInstant(date: Pick<ArticleDate, "written" | "hasTime" | "instant">, timeZone: string): number {
  if (hasOffset(date)) return date.instant;
  // Without an offset, `instant` holds the written wall-clock time read as UTC.
  return zonedInstant(date.instant, timeZone);
}

/** True when an article dated `date` is not yet published at `now` in the site's zone. */
export function isScheduled(date: Pick<ArticleDate, "written" | "hasTime" | "instant">, now: number, timeZone: string): boolean {
  // Far from now, no zone can change the answer: skip the (slower) Intl lookup.
  if (date.instant - MAX_OFFSET_MS > now) return true;
  if (date.instant + MAX_OFFSET_MS <= now) return false;
  return publicationInstant(date, timeZone) > now;
}

/** Whether the archive leaves an article out for its date under `schedule`. */
export function isHeldBack(date: Pick<ArticleDate, "written" | "hasTime" | "instant">, schedule: Schedule, timeZone: string): boolean {
  return !schedule.future && isScheduled(date, schedule.now, timeZone);
}

/** Whether an article goes out under `schedule`: not a draft, and not held back for its date. The archive and the photos (processed only for articles that go out) use this one rule. */
export function isPublished(article: { draft: boolean; date: Pick<ArticleDate, "written" | "hasTime" | "instant"> }, schedule: Schedule, timeZone: string): boolean {
  return !article.draft && !isHeldBack(article.date, schedule, timeZone);
}

/** The notice a scheduled article carries under a schedule that marks them (the preview); undefined otherwise. */
export function scheduledNotice(
  date: Pick<ArticleDate, "written" | "hasTime" | "instant">,
  schedule: Schedule,
  timeZone: string,
  language = "en-GB",
): ScheduledNotice | undefined {
  if (!schedule.mark || !isScheduled(date, schedule.now, timeZone)) return undefined;
  const instant = new Date(publicationInstant(date, timeZone));
  // In the site's language, with the digits the rest of the site uses.
  // English without a region writes dates as the rest of the site does ("1 January 2030"), not as en-US does.
  const locale = /^en$/i.test(language) || !Intl.DateTimeFormat.supportedLocalesOf(language).length ? "en-GB" : language;
  const text = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long", timeStyle: "short", numberingSystem: "latn" }).format(instant);
  return { iso: instant.toISOString().replace(/\.000Z$/, "Z"), text: `${text} (${timeZone})` };
}

/**
 * The instant at which the clock of `timeZone` shows `wallClock` (a
 * wall-clock time written as if in UTC). When that time happens twice (clocks
 * turned back), the first; when it does not exist (a daylight-saving gap),
 * the time moved forward by the gap, as Temporal's "compatible" does: a day
 * whose midnight is skipped starts at 01:00.
 */
export function zonedInstant(wallClock: number, timeZone: string): number {
  const format = wallClockFormat(timeZone);
  const wallAt = (instant: number) => {
    const parts: Record<string, string> = {};
    for (const { type, value } of format.formatToParts(new Date(instant))) parts[type] = value;
    const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
    const utc = new Date(0);
    utc.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
    utc.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
    return utc.getTime() + (instant - Math.floor(instant / 1000) * 1000);
  };
  const offsetAt = (instant: number) => wallAt(instant) - instant;
  const first = wallClock - offsetAt(wallClock);
  const second = wallClock - offsetAt(first);
  const candidates = [first, second].sort((a, b) => a - b);
  return candidates.find((instant) => wallAt(instant) >= wallClock) ?? candidates[candidates.length - 1]!;
}

// Making an Intl.DateTimeFormat costs far more than using one, and a build
// asks for the same zone for every article near "now": one per zone, kept.
// A formatter holds no state between calls, so sharing it changes no result.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}
