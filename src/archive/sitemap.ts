/**
 * The sitemap: every page a search engine should index, with the date it last
 * changed, taken from the articles it shows (their `modified`: the newest of
 * `date`, `updated` and corrections), never from the build clock.
 *
 * Redirects and the 404 page are left out: they are not pages to index. Every
 * page of a paginated list carries the list's latest date, because adding or
 * updating an article shifts or changes every page of the lists it is in.
 */
import type { ArticleDate } from "../content/dates.ts";
import { lastModified } from "./feed-list.ts";
import type { ArticleView, CorrectionsView, EntityPage, Page, SitemapEntry } from "./model.ts";
import { ARCHIVE_INDEX_URL, COUNTRIES_URL, DATA_URL, FEEDS_URL, PEOPLE_URL, SEARCH_URL, SOURCES_URL } from "./urls.ts";

/**
 * Pages with no list of their own that show the whole archive: the A–Z
 * indexes, the date archive index, search and the open-data page (whose files
 * change with every article). Mirrors the page kinds without
 * a list in `src/eleventy/pages.ts`; the build test checks the two agree.
 */
export const INDEX_PAGE_URLS = [PEOPLE_URL, COUNTRIES_URL, SOURCES_URL, ARCHIVE_INDEX_URL, SEARCH_URL, DATA_URL];

/** The lists the sitemap is made from. */
export interface SitemapSources {
  articles: ArticleView[];
  homePages: Page<ArticleView>[];
  personPages: EntityPage<{ articles: ArticleView[] }>[];
  countryPages: EntityPage<{ articles: ArticleView[] }>[];
  sourcePages: EntityPage<{ articles: ArticleView[] }>[];
  /** People's, countries' and sources' articles year by year. */
  entityYearPages: EntityPage<{ articles: ArticleView[] }>[];
  yearPages: EntityPage<{ articles: ArticleView[] }>[];
  monthPages: EntityPage<{ articles: ArticleView[] }>[];
  corrections: Pick<CorrectionsView, "url" | "lastModified">;
}

/**
 * Every indexable page with its last modification, home first, then articles
 * (newest first), the indexes, the corrections page (dated by the newest
 * correction; undated while there is none), the feeds page, then the other lists.
 */
export function buildSitemap(sources: SitemapSources): SitemapEntry[] {
  const siteModified = w3cDate(lastModified(sources.articles));
  const entries: SitemapEntry[] = sources.homePages.map((page) => ({ url: page.url, lastmod: siteModified }));
  for (const article of sources.articles) entries.push({ url: article.url, lastmod: w3cDate(article.modified) });
  for (const url of INDEX_PAGE_URLS) entries.push({ url, lastmod: siteModified });
  entries.push({ url: sources.corrections.url, lastmod: w3cDate(sources.corrections.lastModified) });
  // The feeds page only explains: no article changes it, so it has no date.
  entries.push({ url: FEEDS_URL });
  for (const pages of [sources.personPages, sources.countryPages, sources.sourcePages, sources.entityYearPages, sources.yearPages, sources.monthPages]) {
    entries.push(...entityEntries(pages));
  }
  return entries;
}

/** A date as the sitemap protocol writes it: the day alone when no time was given. */
export function w3cDate(date: ArticleDate | undefined): string | undefined {
  if (!date) return undefined;
  return date.hasTime ? date.iso : date.ymd;
}

function entityEntries(pages: EntityPage<{ articles: ArticleView[] }>[]): SitemapEntry[] {
  // Pages of one entity are adjacent: compute each entity's date once.
  let entity: unknown;
  let lastmod: string | undefined;
  return pages.map(({ entity: current, page }) => {
    if (current !== entity) {
      entity = current;
      lastmod = w3cDate(lastModified(current.articles));
    }
    return { url: page.url, lastmod };
  });
}
