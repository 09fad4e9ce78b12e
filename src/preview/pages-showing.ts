/**
 * Which pages show an article: what the preview re-renders after an edit that
 * leaves the article in the same lists (see `article-edit.ts`).
 *
 * An article appears on its own page, on the one page of each list it is in
 * (home, its people, countries and source, and their lists of its year, its
 * year and month), in the feeds
 * that hold it (Atom and JSON), in the news sitemap when recent, on the
 * corrections page and in its feed when it has corrections, and as a link
 * on the pages of the articles whose previous/next or related links point at
 * it, and on the first page of each person it is the first mention of. Nothing else prints its title, summary,
 * author, language, original URL or body: index pages and the sitemap print
 * counts, names and dates, which such an edit does not change.
 *
 * Found by scanning the archive's lists for the article's view (shared by
 * reference), so the cost is linear in the number of mentions: a few
 * milliseconds for 10,000 articles.
 */
import type { Archive, ArticleView, EntityPage, FeedView, Page } from "../archive/model.ts";
import { linksIn } from "./article-edit.ts";

/** Page kinds (`src/eleventy/pages.ts`) whose pages are pages of an entity's list. */
export type EntityPageKind = "person" | "country" | "source" | "entity-year" | "year" | "month";

/** One page to render: a page kind of `src/eleventy/pages.ts` and the list item (pagination alias) it shows. */
export type PageJob =
  | { kind: "article"; item: ArticleView }
  | { kind: "home"; item: Page<ArticleView> }
  | { kind: EntityPageKind; item: EntityPage<unknown> }
  | { kind: "feed" | "json-feed"; item: FeedView }
  | { kind: "corrections" | "corrections-feed" | "news-sitemap" };

/** The lists of the archive that pages are made from. */
export type PageLists = Pick<
  Archive,
  "articles" | "homePages" | "personPages" | "countryPages" | "sourcePages" | "entityYearPages" | "yearPages" | "monthPages" | "feeds" | "newsSitemap"
>;

/** Every page that prints something of `view`, its own page first; each page once. */
export function pagesShowing(archive: PageLists, view: ArticleView): PageJob[] {
  const jobs: PageJob[] = [{ kind: "article", item: view }];
  for (const page of archive.homePages) {
    if (page.items.includes(view)) jobs.push({ kind: "home", item: page });
  }
  const entityLists: [EntityPageKind, EntityPage<unknown>[]][] = [
    ["person", archive.personPages],
    ["country", archive.countryPages],
    ["source", archive.sourcePages],
    ["entity-year", archive.entityYearPages],
    ["year", archive.yearPages],
    ["month", archive.monthPages],
  ];
  for (const [kind, pages] of entityLists) {
    for (const entry of pages) {
      if (entry.page.items.includes(view)) jobs.push({ kind, item: entry });
    }
  }
  // A person's first page names their first mention, which may be an article far down their list.
  for (const entry of archive.personPages) {
    const person = entry.entity;
    if (entry.page.number === 1 && person.profile.firstMention === view && !entry.page.items.includes(view)) jobs.push({ kind: "person", item: entry });
  }
  for (const feed of archive.feeds) {
    if (feed.articles.includes(view)) jobs.push({ kind: "feed", item: feed }, { kind: "json-feed", item: feed });
  }
  // The news sitemap prints the titles of the last two days' articles.
  if (archive.newsSitemap.includes(view)) jobs.push({ kind: "news-sitemap" });
  // Both print the title (and language) of every corrected article.
  if (view.corrections.length > 0) jobs.push({ kind: "corrections" }, { kind: "corrections-feed" });
  for (const other of archive.articles) {
    if (other !== view && linksIn(other).some((link) => link.url === view.url)) jobs.push({ kind: "article", item: other });
  }
  return jobs;
}
