/**
 * What helps a reader move on from a page: previous and next article, related
 * articles, and the month-by-month timeline on person, country and source pages.
 * Filled into the archive's views after they are built, in time linear in the
 * number of mentions (see `related.ts` for how related articles stay so).
 */
import { ENGLISH_DATES, type DateStyle } from "../content/dates.ts";
import type { PlaceMatch } from "../entities/resolver.ts";
import { relatedArticles, type RelatedOptions } from "./related.ts";
import { buildTimeline } from "./timeline.ts";
import { yearUrls } from "./entity-years.ts";
import type { ArticleLink, ArticleView, CountryView, PersonView } from "./model.ts";

/** One article with the keys of every entity it mentions. */
export interface ArticleMentions {
  view: ArticleView;
  keys: readonly string[];
}

/**
 * The entity keys a place contributes: its country, and for a city or region
 * the place itself too (two articles about Damascus share more than two about Syria).
 */
export function placeKeys(match: PlaceMatch): string[] {
  if (match.kind === "country") return [`country:${match.country.code}`];
  if (match.kind === "place") return [`country:${match.country.code}`, match.key];
  return [match.key];
}

/**
 * What each entity key is called on a page: people and countries by their
 * canonical names, a city or an unresolved place by the name it resolved to
 * (the first one seen, for an unresolved place written several ways).
 */
export function entityNames(
  people: readonly Pick<PersonView, "key" | "name">[],
  countries: readonly Pick<CountryView, "country" | "name">[],
  places: Iterable<PlaceMatch>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const person of people) names.set(person.key, person.name);
  for (const country of countries) names.set(placeKeys({ kind: "country", country: country.country })[0]!, country.name);
  for (const match of places) if (match.kind !== "country" && !names.has(match.key)) names.set(match.key, match.name);
  return names;
}

/** How many shared names a related article shows ("Also about: Syria · Damascus · Ilham Aliyev"); the rest are counted. */
export const RELATED_NAMES_SHOWN = 3;

/** Options for `addReadingAids`: related articles' limits, the date style, and what each entity key is called. */
export interface ReadingAidOptions extends RelatedOptions {
  dates?: DateStyle;
  /** The name a page shows for each entity key (a person's canonical name, a country's common name); a key without one is not named. */
  entityNames?: ReadonlyMap<string, string>;
}

/** An entity that has a timeline: a person, a country or a source. */
export type TimelineOwner = Pick<PersonView, "articles" | "years" | "timeline">;

/** Sets prev/next and related links on articles (newest first) and timelines on people, countries and sources. */
export function addReadingAids(
  articles: readonly ArticleMentions[],
  entities: readonly TimelineOwner[],
  options: ReadingAidOptions = {},
): void {
  const links = articles.map(({ view }) => articleLink(view));
  articles.forEach(({ view }, index) => {
    // The list is newest first: the previous (older) article comes after this one.
    view.prev = links[index + 1];
    view.next = index > 0 ? links[index - 1] : undefined;
  });
  const related = relatedArticles(
    articles.map(({ view, keys }) => ({ instant: view.date.instant, keys })),
    options,
  );
  articles.forEach(({ view }, index) => {
    view.related = related[index]!.map(({ index: other, shared, keys }) => {
      const names: string[] = [];
      for (const key of keys) {
        const name = options.entityNames?.get(key);
        if (name !== undefined) names.push(name);
      }
      return { ...links[other]!, shared, alsoAbout: names.slice(0, RELATED_NAMES_SHOWN), alsoMore: Math.max(0, names.length - RELATED_NAMES_SHOWN) };
    });
  });
  for (const entity of entities) {
    entity.timeline = buildTimeline(entity.articles.map((a) => a.date), options.dates ?? ENGLISH_DATES, yearUrls(entity.years));
  }
}

/** The link other articles print to `view` (previous/next, related); the preview refreshes copies of it after an edit. */
export function articleLink(view: ArticleView): ArticleLink {
  const link: ArticleLink = { title: view.title, dir: view.dir, url: view.url, dateText: view.dateText, ymd: view.date.ymd };
  if (view.lang) link.lang = view.lang;
  return link;
}
