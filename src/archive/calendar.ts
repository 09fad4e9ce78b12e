/**
 * The date archive as a calendar: every year that holds articles as a row of
 * twelve months, each shaded by its count in the world map's colours, and
 * each month with articles linked to its page; and, for a month page, the
 * nearest months before and after it that hold articles.
 *
 * The scale is linear, not the map's logarithmic one: a newsroom publishes
 * at a fairly steady rate, and on a log scale every ordinary month came out
 * in the darkest shade, which hides the quiet and the busy months alike.
 */
import { format } from "date-fns/format";
import { ENGLISH_DATES, displayMonth, type DateStyle } from "../content/dates.ts";
import { SHADE_LEVELS } from "./country-shading.ts";
import type { CalendarMonth, MonthView, YearView } from "./model.ts";

/** One column heading of the calendar: a month's name standing alone, full and short ("March", "Mar"). */
export interface MonthName {
  month: number;
  long: string;
  short: string;
}

/** The twelve months' names in the site's language, January first. */
export function monthNames(style: DateStyle = ENGLISH_DATES): MonthName[] {
  // `LLLL`/`LLL` are the stand-alone forms: nominative in Russian, as a column heading needs.
  return Array.from({ length: 12 }, (_, index) => {
    const day = new Date(2000, index, 1);
    return { month: index + 1, long: format(day, "LLLL", { locale: style.locale }), short: format(day, "LLL", { locale: style.locale }) };
  });
}

/** A year's twelve months, January first: each with its count and shade (`peak` is the busiest month of the archive), linked when it holds articles. */
export function calendarOf(year: Pick<YearView, "year" | "months">, peak: number, names: readonly MonthName[], style: DateStyle = ENGLISH_DATES): CalendarMonth[] {
  const byNumber = new Map(year.months.map((month) => [month.month, month]));
  return names.map(({ month, long, short }) => {
    const held = byNumber.get(month);
    const count = held?.count ?? 0;
    return {
      month,
      label: long,
      short,
      name: held?.name ?? displayMonth(year.year, month, style),
      count,
      level: monthLevel(count, peak),
      ...(held && { url: held.url }),
    };
  });
}

/** The shade of a month with `count` articles when the busiest has `peak`: ⌈levels·count/peak⌉, from 1 to `levels` (0 for none). */
export function monthLevel(count: number, peak: number, levels = SHADE_LEVELS): number {
  if (count < 1 || peak < 1) return 0;
  return Math.max(1, Math.min(levels, Math.ceil((levels * count) / peak)));
}

/** Links every month to the nearest older (`prev`) and newer (`next`) month that holds articles; `months` oldest first. */
export function linkNeighbours(months: readonly MonthView[]): void {
  months.forEach((month, index) => {
    const older = months[index - 1];
    const newer = months[index + 1];
    if (older) month.prev = { name: older.name, url: older.url };
    if (newer) month.next = { name: newer.name, url: newer.url };
  });
}
