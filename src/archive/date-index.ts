/**
 * Date archives: the years and months that hold articles, each with its
 * articles newest first, paginated like every other list.
 *
 * An article belongs to the calendar month its date was written in (a piece
 * dated 2025-01-01T00:30+03:00 is a January article, although its instant is
 * in December UTC), so that the month page agrees with the date printed on
 * the article. Built in one pass over the articles, O(n); each year also gets
 * its row of the calendar and each month its older and newer neighbours.
 */
import { displayMonth, ENGLISH_DATES, type ArticleDate, type DateStyle } from "../content/dates.ts";
import { getOrCreate } from "../util/collections.ts";
import { calendarOf, linkNeighbours, monthNames } from "./calendar.ts";
import type { ArticleView, EntityLink, EntityPage, MonthView, YearView } from "./model.ts";
import { entityPages } from "./paginate.ts";
import { monthUrl, yearUrl } from "./urls.ts";

/** Everything the date archive pages print. */
export interface DateIndex {
  /** Years that hold articles, newest first: the archive index. */
  years: YearView[];
  /** One generated page per page of each year's articles. */
  yearPages: EntityPage<YearView>[];
  /** One generated page per page of each month's articles. */
  monthPages: EntityPage<MonthView>[];
}

/** The month page an article's date belongs to, as a link ("December 2024" → `/archive/2024/12/`). */
export function monthLink(date: Pick<ArticleDate, "year" | "month">, style: DateStyle = ENGLISH_DATES): EntityLink {
  return { name: displayMonth(date.year, date.month, style), url: monthUrl(date.year, date.month) };
}

/** Groups articles (newest first) by the year and month they were dated in, and paginates each group by `pageSize`. */
export function buildDateIndex(articles: readonly ArticleView[], pageSize: number, style: DateStyle = ENGLISH_DATES): DateIndex {
  const years = new Map<number, YearView>();
  const months = new Map<string, MonthView>();
  for (const article of articles) {
    const { year, month } = article.date;
    const yearView = getOrCreate(years, year, () => ({ year, name: String(year), url: yearUrl(year), months: [], calendar: [], articles: [], count: 0 }));
    const monthView = getOrCreate(months, `${year}-${month}`, () => {
      const view: MonthView = { year, month, ...monthLink({ year, month }, style), yearUrl: yearView.url, articles: [], count: 0 };
      yearView.months.push(view);
      return view;
    });
    // The input is newest first, so each group stays newest first without sorting.
    yearView.articles.push(article);
    monthView.articles.push(article);
  }
  // Sorting groups, not articles: at most a few hundred months for any archive.
  const sortedYears = [...years.values()].sort((a, b) => b.year - a.year);
  for (const year of sortedYears) {
    year.count = year.articles.length;
    year.months.sort((a, b) => a.month - b.month);
    for (const month of year.months) month.count = month.articles.length;
  }
  const oldestMonths = [...sortedYears].reverse().flatMap((year) => year.months);
  linkNeighbours(oldestMonths);
  const peak = oldestMonths.reduce((max, month) => Math.max(max, month.count), 0);
  const names = monthNames(style);
  for (const year of sortedYears) year.calendar = calendarOf(year, peak, names, style);
  const newestMonths = [...oldestMonths].reverse();
  return {
    years: sortedYears,
    yearPages: entityPages(sortedYears, pageSize),
    monthPages: entityPages(newestMonths, pageSize),
  };
}
