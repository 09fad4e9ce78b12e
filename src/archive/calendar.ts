/**
 * The date archive as a calendar: every year that holds articles as a row of
 * twelve months, each shaded by its count on the world map's scale (a long
 * tail again: one busy month must not leave every other month the palest
 * shade), and each month with articles linked to its page; and, for a month
 * page, the nearest months before and after it that hold articles.
 */
import { format } from "date-fns";
import { ENGLISH_DATES, displayMonth, type DateStyle } from "../content/dates.ts";
import { shadeLevel } from "./country-shading.ts";
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
      level: shadeLevel(count, peak),
      ...(held && { url: held.url }),
    };
  });
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
