/**
 * When the archive would change by the clock alone, the content staying as it
 * is: the next scheduled article going live (it joins the site, or under
 * `--future` the news sitemap), or the first article of the news sitemap
 * leaving its two-day window. Until then a build with the same content makes
 * the same site, which lets a build that finds nothing changed leave the last
 * site as it is (src/build/unchanged-site.ts). The answer may be early, never
 * late: an early one only costs a build that renders what it need not.
 */
import type { ArticleDate } from "../content/dates.ts";
import { publicationInstant, ZONE_MARGIN_MS } from "../content/embargo.ts";
import { NEWS_WINDOW_MS } from "./news-sitemap.ts";

type Dated = { draft: boolean; date: Pick<ArticleDate, "written" | "hasTime" | "instant"> };

/** The first instant after `now` at which the archive of `articles` (every valid one, drafts too) changes; Infinity when none. */
export function nextClockChange(articles: readonly Dated[], newsSitemap: readonly { date: Dated["date"] }[], now: number, timeZone: string): number {
  let next = Infinity;
  for (const article of articles) {
    // Only an article dated near or after now can go live after it: the zone is looked up for those alone.
    if (article.draft || article.date.instant + ZONE_MARGIN_MS <= now) continue;
    const live = publicationInstant(article.date, timeZone);
    if (live > now && live < next) next = live;
  }
  for (const article of newsSitemap) {
    const leaves = publicationInstant(article.date, timeZone) + NEWS_WINDOW_MS;
    if (leaves > now && leaves < next) next = leaves;
  }
  return next;
}
