/**
 * Articles per month for an entity's timeline: every month from the first
 * article to the last, empty months included, so a chart's gaps are real.
 */
import { displayMonth, ENGLISH_DATES, type ArticleDate, type DateStyle } from "../content/dates.ts";
import { countUp } from "../util/collections.ts";
import type { Timeline, TimelineBucket } from "./model.ts";

/** Spans longer than this many months are shown per year, so bars stay wide enough to see. */
export const MAX_MONTHS = 120;

/** Counts articles per month (or per year for long spans) between the first and the last date; O(articles + span). */
export function buildTimeline(dates: readonly Pick<ArticleDate, "year" | "month">[], style: DateStyle = ENGLISH_DATES): Timeline {
  if (dates.length === 0) return { unit: "month", buckets: [], total: 0, peak: 0, nonEmpty: [] };
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
  return { unit, buckets, total: dates.length, peak: busiest?.count ?? 0, busiest, nonEmpty };
}
