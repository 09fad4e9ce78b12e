/**
 * The Archive: built once from all articles, in time linear in the number of
 * mentions, with no knowledge of Eleventy.
 *
 * Every list a page needs (newest first, by person, by country, by source,
 * A–Z, pages of N) is made here, so that templates never filter or sort and
 * the build stays O(n) rather than O(people × articles).
 */
import type { Article } from "../content/article.ts";
import { displayDate } from "../content/dates.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { Country } from "../entities/countries.ts";
import { foldName } from "../entities/fold.ts";
import { EntityResolver, foldKey } from "../entities/resolver.ts";
import type { Registry, RegistryPerson } from "../entities/registry.ts";
import { SlugAllocator, slugifyName } from "../entities/slug.ts";
import { paginate } from "./paginate.ts";
import { addReadingAids, placeKeys } from "./reading-aids.ts";
import { shadeCountries } from "./country-shading.ts";
import { buildDateIndex, monthLink } from "./date-index.ts";
import { buildFeedList } from "./feed-list.ts";
import { buildSitemap } from "./sitemap.ts";
import type {
  ArchiveData,
  ArticleView,
  CountryView,
  Counted,
  EntityLink,
  EntityPage,
  LetterGroup,
  PersonView,
  PlaceChip,
  Redirect,
  SourceView,
  UnresolvedPlace,
} from "./types.ts";

/** How many co-mentioned people or countries an entity page lists. */
export const TOP_RELATED = 10;

/** Everything the archive is built from. */
export interface ArchiveInput {
  articles: Article[];
  registry: Registry;
  site: SiteSettings;
}

/** The archive a site is made from; a class so Eleventy passes it by reference rather than deep-merging it. */
export class Archive implements ArchiveData {
  site!: ArchiveData["site"];
  articles!: ArchiveData["articles"];
  homePages!: ArchiveData["homePages"];
  people!: ArchiveData["people"];
  peopleByLetter!: ArchiveData["peopleByLetter"];
  personPages!: ArchiveData["personPages"];
  countries!: ArchiveData["countries"];
  countriesByLetter!: ArchiveData["countriesByLetter"];
  countryPages!: ArchiveData["countryPages"];
  sources!: ArchiveData["sources"];
  sourcePages!: ArchiveData["sourcePages"];
  years!: ArchiveData["years"];
  yearPages!: ArchiveData["yearPages"];
  monthPages!: ArchiveData["monthPages"];
  feeds!: ArchiveData["feeds"];
  sitemap!: ArchiveData["sitemap"];
  redirects!: ArchiveData["redirects"];
  unresolvedPlaces!: ArchiveData["unresolvedPlaces"];
  countryShading!: ArchiveData["countryShading"];

  constructor(data: Omit<ArchiveData, "feeds" | "sitemap">) {
    Object.assign(this, data);
    // Feeds and the sitemap list the pages made above, so they are derived last.
    this.feeds = buildFeedList(this);
    this.sitemap = buildSitemap(this);
  }
}

interface PersonDraft {
  key: string;
  entry?: RegistryPerson;
  spellings: Map<string, number>;
  articles: ArticleView[];
  countries: Map<string, number>;
  coMentioned: Map<string, number>;
}

interface CountryDraft {
  country: Country;
  spellings: Set<string>;
  articles: ArticleView[];
  places: Map<string, { name: string; count: number }>;
  people: Map<string, number>;
}

interface SourceDraft {
  key: string;
  spellings: Map<string, number>;
  articles: ArticleView[];
}

/** Builds the archive from validated articles: drafts are left out, everything else indexed. */
export function buildArchive({ articles, registry, site }: ArchiveInput): Archive {
  const resolver = new EntityResolver(registry);
  const published = articles.filter((article) => !article.draft).sort(newestFirst);

  const people = new Map<string, PersonDraft>();
  const countries = new Map<string, CountryDraft>();
  const sources = new Map<string, SourceDraft>();
  const unresolved = new Map<string, UnresolvedPlace>();
  const articleUrls = allocateArticleUrls(published);

  // First pass: resolve every mention and collect drafts of each entity.
  const mentions = published.map((article) => {
    const view = articleView(article, articleUrls.get(article.relPath)!);
    const personKeys = unique(
      article.people.map((name) => {
        const match = resolver.person(name);
        const draft = getOrCreate(people, match.key, () => ({
          key: match.key,
          entry: match.entry,
          spellings: new Map(),
          articles: [],
          countries: new Map(),
          coMentioned: new Map(),
        }));
        draft.spellings.set(name, (draft.spellings.get(name) ?? 0) + 1);
        return match.key;
      }),
    );
    const countryCodes: string[] = [];
    const placeMatches = article.places.map((name) => {
      const match = resolver.place(name);
      if (match.kind === "unknown") {
        getOrCreate(unresolved, match.key, () => ({ name, articles: [] })).articles.push(article.relPath);
        return { name, match };
      }
      const country = match.country;
      const draft = getOrCreate(countries, country.code, () => ({
        country,
        spellings: new Set<string>(),
        articles: [],
        places: new Map(),
        people: new Map(),
      }));
      if (match.kind === "country") draft.spellings.add(name);
      else {
        const place = getOrCreate(draft.places, match.key, () => ({ name: match.name, count: 0 }));
        place.count++;
      }
      countryCodes.push(country.code);
      return { name, match };
    });
    const sourceKey = `source:${foldKey(article.source)}`;
    const source = getOrCreate(sources, sourceKey, () => ({ key: sourceKey, spellings: new Map(), articles: [] }));
    source.spellings.set(article.source, (source.spellings.get(article.source) ?? 0) + 1);
    source.articles.push(view);

    const codes = unique(countryCodes);
    for (const key of personKeys) {
      const person = people.get(key)!;
      person.articles.push(view);
      for (const code of codes) person.countries.set(code, (person.countries.get(code) ?? 0) + 1);
      for (const other of personKeys) if (other !== key) person.coMentioned.set(other, (person.coMentioned.get(other) ?? 0) + 1);
    }
    for (const code of codes) {
      const country = countries.get(code)!;
      country.articles.push(view);
      for (const key of personKeys) country.people.set(key, (country.people.get(key) ?? 0) + 1);
    }
    return { view, personKeys, placeMatches };
  });

  // Second pass: canonical names, slugs and URLs, in a stable order.
  const personViews = finishPeople(people);
  const countryViews = finishCountries(countries);
  const sourceViews = finishSources(sources);
  const personByKey = new Map(personViews.map((person) => [person.key, person]));
  const countryByCode = new Map(countryViews.map((country) => [country.country.code, country]));

  for (const draft of people.values()) {
    const view = personByKey.get(draft.key)!;
    view.countries = topCounted(draft.countries, (code) => link(countryByCode.get(code)!));
    view.coMentioned = topCounted(draft.coMentioned, (key) => link(personByKey.get(key)!));
  }
  for (const draft of countries.values()) {
    const view = countryByCode.get(draft.country.code)!;
    view.people = topCounted(draft.people, (key) => link(personByKey.get(key)!));
  }

  // Third pass: fill each article's links now that every entity has its URL.
  for (const { view, personKeys, placeMatches } of mentions) {
    view.people = personKeys.map((key) => link(personByKey.get(key)!));
    view.places = uniqueBy(
      placeMatches.map(({ name, match }) => placeChip(name, match, countryByCode)),
      (chip) => `${chip.name}\0${chip.url ?? ""}`,
    );
  }
  const sourceByKey = new Map(sourceViews.map((source) => [source.key, source]));
  for (const { view } of mentions) {
    const source = sourceByKey.get(`source:${foldKey(view.source.name)}`)!;
    view.source = link(source);
  }

  // Previous/next, related articles and timelines, now that every link is known.
  addReadingAids(
    mentions.map(({ view, personKeys, placeMatches }) => ({
      view,
      keys: [...personKeys, ...placeMatches.flatMap(({ match }) => placeKeys(match))],
    })),
    personViews,
    countryViews,
  );

  const size = site.pageSize;
  const articleViews = mentions.map((m) => m.view);
  return new Archive({
    site,
    articles: articleViews,
    homePages: paginate(articleViews, size, "/"),
    people: personViews,
    peopleByLetter: byLetter(personViews),
    personPages: entityPages(personViews, size),
    countries: countryViews,
    countriesByLetter: byLetter(countryViews),
    countryPages: entityPages(countryViews, size),
    sources: sourceViews,
    sourcePages: entityPages(sourceViews, size),
    ...buildDateIndex(articleViews, size),
    redirects: redirectsFor(people, personByKey, countries, countryByCode),
    unresolvedPlaces: [...unresolved.values()].sort((a, b) => compareText(a.name, b.name)),
    countryShading: shadeCountries(countryViews),
  });
}

/** Newest first; equal instants by title, then by file, so the order never depends on file-system order. */
export function newestFirst(a: Article, b: Article): number {
  return b.date.instant - a.date.instant || compareText(a.title, b.title) || compareText(a.relPath, b.relPath);
}

function allocateArticleUrls(articles: Article[]): Map<string, string> {
  const byMonth = new Map<string, SlugAllocator>();
  const urls = new Map<string, string>();
  // Oldest file first by path, so that a new article never takes an older one's URL.
  for (const article of [...articles].sort((a, b) => compareText(a.relPath, b.relPath))) {
    const month = `${article.date.year}/${String(article.date.month).padStart(2, "0")}`;
    const allocator = getOrCreate(byMonth, month, () => new SlugAllocator(["page"]));
    const slug = allocator.claim(article.relPath, article.stem);
    urls.set(article.relPath, `/articles/${month}/${slug}/`);
  }
  return urls;
}

/** An article's view before entities are linked (source, people and places are filled by later passes); the preview rebuilds an edited article's view with it. */
export function articleView(article: Article, url: string): ArticleView {
  return {
    id: article.relPath,
    url,
    title: article.title,
    date: article.date,
    dateText: displayDate(article.date),
    updated: article.updated,
    updatedText: article.updated ? displayDate(article.updated) : undefined,
    source: { name: article.source, url: "" },
    month: monthLink(article.date),
    people: [],
    places: [],
    originalUrl: article.url,
    summary: article.summary,
    excerpt: article.rendered.excerpt,
    description: article.summary || article.rendered.excerpt || article.title,
    html: article.rendered.html,
    text: article.rendered.text,
    author: article.author,
    lang: article.lang,
    words: article.rendered.words,
    readingMinutes: article.rendered.readingMinutes,
  };
}

function finishPeople(drafts: Map<string, PersonDraft>): PersonView[] {
  const allocator = new SlugAllocator();
  const sorted = [...drafts.values()].sort((a, b) => compareText(a.key, b.key));
  const views = sorted.map((draft): PersonView => {
    const name = draft.entry?.name ?? mostUsed(draft.spellings);
    const slug = allocator.claim(draft.key, name);
    const written = [...(draft.entry?.aliases ?? []), ...draft.spellings.keys()];
    return {
      key: draft.key,
      slug,
      name,
      url: `/people/${slug}/`,
      aliases: uniqueBy(written.filter((alias) => alias !== name), (alias) => alias).sort(compareText),
      description: draft.entry?.description,
      articles: draft.articles,
      count: draft.articles.length,
      countries: [],
      coMentioned: [],
    };
  });
  return views.sort(byName);
}

function finishCountries(drafts: Map<string, CountryDraft>): CountryView[] {
  const views = [...drafts.values()].map(
    (draft): CountryView => ({
      country: draft.country,
      slug: draft.country.slug,
      name: draft.country.name,
      flag: draft.country.flag,
      url: `/countries/${draft.country.slug}/`,
      articles: draft.articles,
      count: draft.articles.length,
      places: [...draft.places.entries()]
        .map(([key, place]) => ({ key, name: place.name, count: place.count }))
        .sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
      people: [],
    }),
  );
  return views.sort(byName);
}

function finishSources(drafts: Map<string, SourceDraft>): SourceView[] {
  const allocator = new SlugAllocator();
  const sorted = [...drafts.values()].sort((a, b) => compareText(a.key, b.key));
  return sorted
    .map((draft): SourceView => {
      const name = mostUsed(draft.spellings);
      const slug = allocator.claim(draft.key, name);
      return { key: draft.key, slug, name, url: `/sources/${slug}/`, articles: draft.articles, count: draft.articles.length };
    })
    .sort(byName);
}

function placeChip(
  name: string,
  match: ReturnType<EntityResolver["place"]>,
  countryByCode: Map<string, CountryView>,
): PlaceChip {
  if (match.kind === "unknown") return { name };
  const country = countryByCode.get(match.country.code)!;
  if (match.kind === "country") return { name: country.name, url: country.url, flag: country.flag };
  return { name: match.name, url: country.url, country: link(country), flag: country.flag };
}

function redirectsFor(
  people: Map<string, PersonDraft>,
  personByKey: Map<string, PersonView>,
  countries: Map<string, CountryDraft>,
  countryByCode: Map<string, CountryView>,
): Redirect[] {
  const redirects: Redirect[] = [];
  const taken = new Set<string>([...personByKey.values()].map((p) => p.url));
  for (const country of countryByCode.values()) taken.add(country.url);
  const add = (from: string, to: string, name: string) => {
    if (taken.has(from)) return;
    taken.add(from);
    redirects.push({ from, to, name });
  };
  for (const draft of [...people.values()].sort((a, b) => compareText(a.key, b.key))) {
    const view = personByKey.get(draft.key)!;
    for (const alias of view.aliases) add(`/people/${slugifyName(alias)}/`, view.url, view.name);
  }
  for (const draft of [...countries.values()].sort((a, b) => compareText(a.country.code, b.country.code))) {
    const view = countryByCode.get(draft.country.code)!;
    for (const spelling of [...draft.spellings].sort(compareText)) {
      add(`/countries/${slugifyName(spelling)}/`, view.url, view.name);
    }
  }
  return redirects.sort((a, b) => compareText(a.from, b.from));
}

function entityPages<T extends { url: string; articles: ArticleView[] }>(entities: T[], size: number): EntityPage<T>[] {
  return entities.flatMap((entity) => paginate(entity.articles, size, entity.url).map((page) => ({ entity, page })));
}

function byLetter<T extends { name: string }>(items: T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = foldName(item.name).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    getOrCreate(groups, letter, () => []).push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : compareText(a, b)))
    .map(([letter, grouped]) => ({ letter, id: letter === "#" ? "other" : letter.toLowerCase(), items: grouped }));
}

function topCounted(counts: Map<string, number>, toLink: (key: string) => EntityLink): Counted<EntityLink>[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ item: toLink(key), count }))
    .sort((a, b) => b.count - a.count || compareText(a.item.name, b.item.name))
    .slice(0, TOP_RELATED);
}

function mostUsed(spellings: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && compareText(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

function link(entity: { name: string; url: string }): EntityLink {
  return { name: entity.name, url: entity.url };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function byName(a: { name: string; url: string }, b: { name: string; url: string }): number {
  return collator.compare(a.name, b.name) || compareText(a.url, b.url);
}

/** Compares by code unit: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
