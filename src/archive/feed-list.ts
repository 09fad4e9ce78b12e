/**
 * The feeds a site publishes, each as Atom and as JSON Feed: one for the whole archive and one for each
 * person, country and source, each holding the newest articles of its page.
 *
 * Lists are sliced from the ones the archive already sorted (newest first),
 * so making every feed costs O(feeds × items), never a sort.
 */
import type { ArticleDate } from "../content/dates.ts";
import type { InterfaceStrings } from "../i18n/interface-strings.ts";
import { translate } from "../i18n/translate.ts";
import type { ArticleView, FeedView } from "./model.ts";
import { feedUrl, HOME_URL, jsonFeedUrl, SITE_FEED_URL, SITE_JSON_FEED_URL } from "./urls.ts";

/** Articles in the site-wide feed. */
export const SITE_FEED_SIZE = 50;

/**
 * Articles in each person's, country's and source's feed: ten, as WordPress's
 * feeds have by default. A feed reader keeps what it has seen, so a longer
 * feed only adds bytes; with full bodies, 20 made the 1,470 entity feeds of
 * the 10,000-article benchmark 60 MB and ~2 s of every build.
 */
export const ENTITY_FEED_SIZE = 10;

/** The feed's `<updated>` when a feed has no article: a fixed instant, never the build clock, so builds are reproducible. */
export const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

/** A page that has a feed: anything with a URL, a name and its articles newest first. */
interface FeedSubject {
  name: string;
  url: string;
  articles: ArticleView[];
}

/** The lists a feed list is made from. */
export interface FeedSources {
  articles: ArticleView[];
  people: FeedSubject[];
  countries: FeedSubject[];
  sources: FeedSubject[];
}

/** Every feed of the archive: the site's first, then people, countries and sources in the archive's order. */
export function buildFeedList({ articles, people, countries, sources }: FeedSources, strings: InterfaceStrings): FeedView[] {
  const feeds: FeedView[] = [
    { url: SITE_FEED_URL, jsonUrl: SITE_JSON_FEED_URL, title: "", subtitle: translate(strings, "feed.site.subtitle"), pageUrl: HOME_URL, ...newest(articles, SITE_FEED_SIZE) },
  ];
  const add = (subjects: FeedSubject[], subtitle: (name: string) => string) => {
    for (const subject of subjects) {
      feeds.push({
        url: feedUrl(subject.url),
        jsonUrl: jsonFeedUrl(subject.url),
        title: subject.name,
        subtitle: subtitle(subject.name),
        pageUrl: subject.url,
        ...newest(subject.articles, ENTITY_FEED_SIZE),
      });
    }
  };
  add(people, (name) => translate(strings, "feed.person.subtitle", { name }));
  add(countries, (name) => translate(strings, "feed.country.subtitle", { name }));
  add(sources, (name) => translate(strings, "feed.source.subtitle", { name }));
  return feeds;
}

/** The latest modification among articles (each article's `modified`: `updated` or a later correction, else `date`). */
export function lastModified(articles: Iterable<ArticleView>): ArticleDate | undefined {
  let latest: ArticleDate | undefined;
  for (const article of articles) {
    const modified = article.modified;
    if (!latest || modified.instant > latest.instant) latest = modified;
  }
  return latest;
}

function newest(articles: ArticleView[], size: number): { articles: ArticleView[]; updated: string } {
  const items = articles.slice(0, size);
  return { articles: items, updated: lastModified(items)?.iso ?? EMPTY_FEED_UPDATED };
}
