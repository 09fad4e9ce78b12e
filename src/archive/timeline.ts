/**
 * Articles per month for an entity's timeline: every month from the first
 * article to the last, empty months included, so a chart's gaps are real; and
 * the calendar years they fall in, each with a link to the entity's articles
 * of that year. The chart is laid out in whole years, so the year labels under
 * it are equal columns that line up with the bars without any inline style.
 */
import { displayMonth, ENGLISH_DATES, type ArticleDate, type DateStyle } from "../content/dates.ts";
import { countUp } from "../util/collections.ts";
import type { Timeline, TimelineBucket, TimelineYear } from "./model.ts";

/** Spans longer than this many months are shown per year, so bars stay wide enough to see. */
export const MAX_MONTHS = 120;

/**
 * Counts articles per month (or per year for long spans) between the first and
 * the last date; O(articles + span). `yearUrls` gives the page of each year's
 * articles (none for an entity whose articles all fall in one year).
 */
export function buildTimeline(
  dates: readonly Pick<ArticleDate, "year" | "month">[],
  style: DateStyle = ENGLISH_DATES,
  yearUrls: ReadonlyMap<number, string> = new Map(),
): Timeline {
  if (dates.length === 0) return { unit: "month", buckets: [], total: 0, peak: 0, nonEmpty: [], slots: 0, offset: 0, years: [] };
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const { year, month } of dates) {
    const index = year * 12 + (month - 1);
    countUp(counts, index);
    if (index < first) first = index;
    if (index > last) last = index;
  }
  const span = last - first + 1;
  const buckets: TimelineBucket[] = [];
  if (span <= MAX_MONTHS) {
    for (let index = first; index <= last; index++) {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      buckets.push({ key: `${year}-${String(month).padStart(2, "0")}`, label: displayMonth(year, month, style), count: counts.get(index) ?? 0 });
    }
  } else {
    const firstYear = Math.floor(first / 12);
    const years = new Map<number, number>();
    for (const [index, count] of counts) {
      const year = Math.floor(index / 12);
      countUp(years, year, count);
    }
    for (let year = firstYear; year <= Math.floor(last / 12); year++) {
      buckets.push({ key: String(year), label: String(year), count: years.get(year) ?? 0 });
    }
  }
  const nonEmpty = buckets.filter((bucket) => bucket.count > 0);
  const busiest = nonEmpty.reduce<TimelineBucket | undefined>((best, b) => (!best || b.count > best.count ? b : best), undefined);
  const unit = span <= MAX_MONTHS ? "month" : "year";
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.floor(last / 12);
  const years = yearsBetween(firstYear, lastYear, counts, yearUrls);
  const slots = unit === "month" ? years.length * 12 : years.length;
  const offset = unit === "month" ? first % 12 : 0;
  return { unit, buckets, total: dates.length, peak: busiest?.count ?? 0, busiest, nonEmpty, slots, offset, years };
}

/** Every year from `firstYear` to `lastYear` with its article count, linked when `yearUrls` has it. */
function yearsBetween(firstYear: number, lastYear: number, monthCounts: ReadonlyMap<number, number>, yearUrls: ReadonlyMap<number, string>): TimelineYear[] {
  const perYear = new Map<number, number>();
  for (const [index, count] of monthCounts) countUp(perYear, Math.floor(index / 12), count);
  const years: TimelineYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const count = perYear.get(year) ?? 0;
    const url = count > 0 ? yearUrls.get(year) : undefined;
    years.push({ year, label: String(year), count, ...(url && { url }) });
  }
  return years;
}
