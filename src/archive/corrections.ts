/**
 * The corrections page and its feed: every correction of every published
 * article in one list, newest first, each pointing at its notice on the
 * article's page.
 *
 * Corrections are few (a handful per hundred articles), so the list is one
 * page, not paginated, and sorting it costs nothing beside the rest of the build.
 */
import { EMPTY_FEED_UPDATED, SITE_FEED_SIZE } from "./feed-list.ts";
import type { ArticleView, CorrectionEntry, CorrectionsView } from "./model.ts";
import { CORRECTIONS_FEED_URL, CORRECTIONS_URL, correctionUrl } from "./urls.ts";

/** Corrections in the corrections feed: as many as articles in the site's feed. */
export const CORRECTIONS_FEED_SIZE = SITE_FEED_SIZE;

/**
 * Every correction of `articles` (newest first, as the archive lists them),
 * newest correction first; corrections of the same instant in the articles'
 * order, then each article's own order.
 */
export function buildCorrections(articles: readonly ArticleView[]): CorrectionsView {
  const entries: CorrectionEntry[] = [];
  for (const article of articles) {
    for (const notice of article.corrections) entries.push({ notice, article, url: correctionUrl(article.url, notice.id) });
  }
  // A stable sort: ties keep the order they were collected in.
  entries.sort((a, b) => b.notice.date.instant - a.notice.date.instant);
  const newest = entries[0]?.notice.date;
  return {
    url: CORRECTIONS_URL,
    feedUrl: CORRECTIONS_FEED_URL,
    entries,
    feedEntries: entries.slice(0, CORRECTIONS_FEED_SIZE),
    lastModified: newest,
    updated: newest?.iso ?? EMPTY_FEED_UPDATED,
  };
}
