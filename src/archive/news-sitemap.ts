/**
 * The Google News sitemap's articles: those that went live in the two days
 * before the build's "now", as Google News reads only those, and at most 1,000
 * of them, the most one news sitemap may hold.
 *
 * Pure: "now" comes from the build's schedule (the embargo's clock), so a
 * build with a given `--now` always lists the same articles.
 */
import { publicationInstant, type Schedule } from "../content/embargo.ts";
import type { ArticleView } from "./model.ts";

/** How far back the news sitemap reaches, in milliseconds: two days, as Google News asks. */
export const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;

/** The most URLs one Google News sitemap may list. */
export const NEWS_SITEMAP_SIZE = 1_000;

/** The articles (newest first, as given) that went live in the window before `schedule.now`; never a scheduled one, even under `--future`. */
export function newsSitemapArticles(articles: readonly ArticleView[], schedule: Pick<Schedule, "now">, timeZone: string): ArticleView[] {
  const from = schedule.now - NEWS_WINDOW_MS;
  const recent: ArticleView[] = [];
  for (const article of articles) {
    const live = publicationInstant(article.date, timeZone);
    if (live > from && live <= schedule.now) recent.push(article);
    if (recent.length === NEWS_SITEMAP_SIZE) break;
  }
  return recent;
}
