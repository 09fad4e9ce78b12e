/**
 * The Google News sitemap's articles: those that went live in the two days
 * before the build's "now", as Google News reads only those, and at most 1,000
 * of them, the most one news sitemap may hold.
 *
 * Pure: "now" comes from the build's schedule (the embargo's clock), so a
 * build with a given `--now` always lists the same articles.
 */
import { publicationInstant, ZONE_MARGIN_MS, type Schedule } from "../content/embargo.ts";
import type { ArticleView } from "./model.ts";

/** How far back the news sitemap reaches, in milliseconds: two days, as Google News asks. */
export const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;

/** The most URLs one Google News sitemap may list. */
export const NEWS_SITEMAP_SIZE = 1_000;

/**
 * The articles that went live in the window before `schedule.now`; never a
 * scheduled one, even under `--future`. `articles` must be newest first by
 * `date.instant` (the archive's order), which is what lets the walk stop at
 * the first article too old to be in the window, whatever its zone.
 */
export function newsSitemapArticles(articles: readonly ArticleView[], schedule: Pick<Schedule, "now">, timeZone: string): ArticleView[] {
  const from = schedule.now - NEWS_WINDOW_MS;
  const recent: ArticleView[] = [];
  for (const article of articles) {
    // `date.instant` is the publication instant, or the written wall-clock time
    // read as UTC: within ZONE_MARGIN_MS of it either way.
    if (article.date.instant + ZONE_MARGIN_MS <= from) break;
    if (article.date.instant - ZONE_MARGIN_MS > schedule.now) continue;
    const live = publicationInstant(article.date, timeZone);
    if (live > from && live <= schedule.now) recent.push(article);
    if (recent.length === NEWS_SITEMAP_SIZE) break;
  }
  return recent;
}
