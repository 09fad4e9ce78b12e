/**
 * Builds the archive: once, from all articles, in time linear in the number
 * of mentions, with no knowledge of Eleventy.
 *
 * Every list a page needs (newest first, by person, by country, by source,
 * A–Z, pages of N) is made here, so that templates never filter or sort and
 * the build stays O(n) rather than O(people × articles). Three passes: resolve
 * every mention into drafts of each entity; give each entity its name, slug
 * and URL; link each article to them. The shapes are in `model.ts`, the views
 * in `views.ts`, every URL in `urls.ts`.
 */
import type { Article } from "../content/article.ts";
import { isPublished, scheduledNotice, type Schedule } from "../content/embargo.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { dateStyleFor } from "../i18n/date-style.ts";
import type { InterfaceStrings } from "../i18n/interface-strings.ts";
import type { Country } from "../entities/countries.ts";
import { EntityResolver, foldKey } from "../entities/resolver.ts";
import type { Registry, RegistryPerson } from "../entities/registry.ts";
import { SlugAllocator, slugifyName } from "../entities/slug.ts";
import { aliasRedirects } from "./aliases.ts";
import { allocateArticleUrls } from "./article-urls.ts";
import { directionOf } from "../i18n/text-direction.ts";
import { compareText, countUp, getOrCreate, unique, uniqueBy } from "../util/collections.ts";
import { buildCorrections } from "./corrections.ts";
import { shadeCountries } from "./country-shading.ts";
import { buildDateIndex } from "./date-index.ts";
import { entityYears, entityYearViews } from "./entity-years.ts";
import { buildFeedList } from "./feed-list.ts";
import type { Archive, ArticleView, CountryView, Counted, EntityLink, PersonView, Redirect, SourceView, UnresolvedPlace } from "./model.ts";
import { entityPages, paginate } from "./paginate.ts";
import { headerRules } from "./header-rules.ts";
import { addReadingAids, entityNames, placeKeys } from "./reading-aids.ts";
import { redirectRules } from "./redirect-rules.ts";
import { siteUrls } from "./site-urls.ts";
import { contentPageSitemap, contentPageViews, siteImageViews } from "./content-pages.ts";
import type { ContentPage } from "../content/content-page.ts";
import type { SiteImages } from "../content/site-images.ts";
import { THEME_STYLESHEET_URL } from "./urls.ts";
import { newsSitemapArticles } from "./news-sitemap.ts";
import { byFamilyName, mostMentioned, peopleByFilingLetter } from "./people-index.ts";
import { personProfile } from "./person-profile.ts";
import { buildSitemap } from "./sitemap.ts";
import { countryUrl, HOME_URL, personUrl } from "./urls.ts";
import { articleView, byLetter, byName, countryView, entityLink, newestFirst, personView, placeChip, sourceView } from "./views.ts";

/** The built archive (its shape is in `model.ts`; named here too for the callers that take it from its builder). */
export type { Archive } from "./model.ts";

/** How many co-mentioned people or countries an entity page lists. */
export const TOP_RELATED = 10;

/** Everything the archive is built from. */
export interface ArchiveInput {
  articles: Article[];
  registry: Registry;
  site: SiteSettings;
  /** The interface strings of the site's language (with `strings.yaml`): date texts and feed subtitles are made in them. */
  strings: InterfaceStrings;
  /** The build's "now" and `--future`: an article dated after now is left out, as a draft is, unless `future`. */
  schedule: Schedule;
  /** The site's own pages from `pages/` (none when absent). */
  pages?: readonly ContentPage[];
  /** The logo and social image from site.yaml (none when absent). */
  siteImages?: SiteImages;
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
  countries: Map<string, number>;
  people: Map<string, number>;
}

/** Builds the archive from validated articles: drafts and scheduled articles are left out, everything else indexed. */
export function buildArchive({ articles, registry, site, strings, schedule, pages = [], siteImages }: ArchiveInput): Archive {
  const dates = dateStyleFor(strings);
  const resolver = new EntityResolver(registry);
  const published = articles
    .filter((article) => isPublished(article, schedule, site.timezone))
    .sort(newestFirst);

  const people = new Map<string, PersonDraft>();
  const countries = new Map<string, CountryDraft>();
  const sources = new Map<string, SourceDraft>();
  const unresolved = new Map<string, UnresolvedPlace>();
  const { urls: articleUrls, problems } = allocateArticleUrls(published);

  // First pass: resolve every mention and collect drafts of each entity.
  const mentions = published.map((article) => {
    const view = articleView(article, articleUrls.get(article.relPath)!, site.language, dates);
    const notice = scheduledNotice(article.date, schedule, site.timezone, strings.language);
    if (notice) view.scheduled = notice;
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
        countUp(draft.spellings, name);
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
    const source = getOrCreate(sources, sourceKey, () => ({ key: sourceKey, spellings: new Map(), articles: [], countries: new Map(), people: new Map() }));
    countUp(source.spellings, article.source);
    source.articles.push(view);

    const codes = unique(countryCodes);
    for (const key of personKeys) {
      const person = people.get(key)!;
      person.articles.push(view);
      for (const code of codes) countUp(person.countries, code);
      for (const other of personKeys) if (other !== key) countUp(person.coMentioned, other);
    }
    for (const code of codes) {
      const country = countries.get(code)!;
      country.articles.push(view);
      for (const key of personKeys) countUp(country.people, key);
    }
    for (const code of codes) countUp(source.countries, code);
    for (const key of personKeys) countUp(source.people, key);
    return { view, personKeys, placeMatches };
  });

  // Second pass: canonical names, slugs and URLs, in a stable order.
  const personViews = finishPeople(people, site.language);
  const peopleByFamilyName = byFamilyName(personViews, site.language);
  const countryViews = finishCountries(countries);
  const sourceViews = finishSources(sources);
  const personByKey = new Map(personViews.map((person) => [person.key, person]));
  const countryByCode = new Map(countryViews.map((country) => [country.country.code, country]));

  for (const draft of people.values()) {
    const view = personByKey.get(draft.key)!;
    view.countries = topCounted(draft.countries, (code) => entityLink(countryByCode.get(code)!));
    view.coMentioned = topCounted(draft.coMentioned, (key) => entityLink(personByKey.get(key)!));
  }
  for (const draft of countries.values()) {
    const view = countryByCode.get(draft.country.code)!;
    view.people = topCounted(draft.people, (key) => entityLink(personByKey.get(key)!));
  }

  // Third pass: fill each article's links now that every entity has its URL.
  for (const { view, personKeys, placeMatches } of mentions) {
    view.people = personKeys.map((key) => entityLink(personByKey.get(key)!));
    view.places = uniqueBy(
      placeMatches.map(({ name, match }) => placeChip(name, match, countryByCode)),
      (chip) => `${chip.name}\0${chip.url ?? ""}`,
    );
  }
  const sourceByKey = new Map(sourceViews.map((source) => [source.key, source]));
  for (const draft of sources.values()) {
    const view = sourceByKey.get(draft.key)!;
    view.people = topCounted(draft.people, (key) => entityLink(personByKey.get(key)!));
    view.countries = topCounted(draft.countries, (code) => entityLink(countryByCode.get(code)!));
  }
  for (const { view } of mentions) {
    const source = sourceByKey.get(`source:${foldKey(view.source.name)}`)!;
    view.source = entityLink(source);
  }

  const size = site.pageSize;
  for (const entity of [...personViews, ...countryViews, ...sourceViews]) entity.years = entityYears(entity.url, entity.articles, size);

  // Previous/next, related articles and timelines, now that every link is known.
  addReadingAids(
    mentions.map(({ view, personKeys, placeMatches }) => ({
      view,
      keys: [...personKeys, ...placeMatches.flatMap(({ match }) => placeKeys(match))],
    })),
    [...personViews, ...countryViews, ...sourceViews],
    { dates, entityNames: entityNames(personViews, countryViews, mentions.flatMap(({ placeMatches }) => placeMatches.map(({ match }) => match))) },
  );

  const articleViews = mentions.map((m) => m.view);
  const homePages = paginate(articleViews, size, HOME_URL);
  const personPages = entityPages(personViews, size);
  const countryPages = entityPages(countryViews, size);
  const sourcePages = entityPages(sourceViews, size);
  const entityYearPages = entityPages(
    [...entityYearViews("person", personViews), ...entityYearViews("country", countryViews), ...entityYearViews("source", sourceViews)],
    size,
  );
  const { years, yearPages, monthPages } = buildDateIndex(articleViews, size, dates);
  const corrections = buildCorrections(articleViews);
  const feeds = buildFeedList({ articles: articleViews, people: personViews, countries: countryViews, sources: sourceViews }, strings);
  const sitemap = buildSitemap({ articles: articleViews, homePages, personPages, countryPages, sourcePages, entityYearPages, yearPages, monthPages, corrections });
  const entityRedirects = redirectsFor(people, personByKey, countries, countryByCode);
  // The site's own pages, checked against every URL made above; then articles' old paths, against those too.
  const owners = siteUrls({ articleUrls, sitemap, feeds, redirects: entityRedirects });
  const contentPages = contentPageViews(pages, owners, site.language);
  problems.push(...contentPages.problems);
  for (const view of contentPages.views) owners.set(view.url, { description: `the URL of the page ${view.relPath}` });
  sitemap.push(...contentPageSitemap(contentPages.views));
  const aliases = aliasRedirects(
    published.map((article, index) => ({ article, view: mentions[index]!.view })),
    owners,
  );
  problems.push(...aliases.problems);
  return {
    site,
    dir: directionOf(site.language),
    strings,
    articles: articleViews,
    homePages,
    people: personViews,
    peopleByLetter: peopleByFilingLetter(peopleByFamilyName, site.language),
    peopleMostMentioned: mostMentioned(peopleByFamilyName),
    personPages,
    countries: countryViews,
    countriesByLetter: byLetter(countryViews),
    countryPages,
    sources: sourceViews,
    sourcePages,
    entityYearPages,
    years,
    yearPages,
    monthPages,
    // Feeds and the sitemap list the pages made above.
    feeds,
    corrections,
    sitemap,
    newsSitemap: newsSitemapArticles(articleViews, schedule, site.timezone),
    redirects: [...aliases.redirects, ...entityRedirects].sort((a, b) => compareText(a.from, b.from)),
    redirectRules: redirectRules(aliases.redirects, entityRedirects),
    headerRules: headerRules(),
    problems,
    unresolvedPlaces: [...unresolved.values()].sort((a, b) => compareText(a.name, b.name)),
    countryShading: shadeCountries(countryViews),
    contentPages: contentPages.views,
    siteImages: siteImageViews(siteImages),
    ...(site.accent && { themeStylesheet: THEME_STYLESHEET_URL }),
  };
}

function finishPeople(drafts: Map<string, PersonDraft>, language: string): PersonView[] {
  const allocator = new SlugAllocator();
  const sorted = [...drafts.values()].sort((a, b) => compareText(a.key, b.key));
  const views = sorted.map((draft) => {
    const name = draft.entry?.name ?? mostUsed(draft.spellings);
    return personView({
      key: draft.key,
      slug: allocator.claim(draft.key, name),
      name,
      written: [...(draft.entry?.aliases ?? []), ...draft.spellings.keys()],
      description: draft.entry?.description,
      articles: draft.articles,
      profile: personProfile(name, draft.entry, draft.articles, language),
    });
  });
  return views.sort(byName);
}

function finishCountries(drafts: Map<string, CountryDraft>): CountryView[] {
  const views = [...drafts.values()].map((draft) =>
    countryView(
      draft.country,
      draft.articles,
      [...draft.places.entries()]
        .map(([key, place]) => ({ key, name: place.name, count: place.count }))
        .sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
    ),
  );
  return views.sort(byName);
}

function finishSources(drafts: Map<string, SourceDraft>): SourceView[] {
  const allocator = new SlugAllocator();
  const sorted = [...drafts.values()].sort((a, b) => compareText(a.key, b.key));
  return sorted
    .map((draft) => {
      const name = mostUsed(draft.spellings);
      return sourceView(draft.key, allocator.claim(draft.key, name), name, draft.articles, [...draft.spellings.keys()]);
    })
    .sort(byName);
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
    for (const alias of view.aliases) add(personUrl(slugifyName(alias)), view.url, view.name);
  }
  for (const draft of [...countries.values()].sort((a, b) => compareText(a.country.code, b.country.code))) {
    const view = countryByCode.get(draft.country.code)!;
    for (const spelling of [...draft.spellings].sort(compareText)) {
      add(countryUrl(slugifyName(spelling)), view.url, view.name);
    }
  }
  return redirects.sort((a, b) => compareText(a.from, b.from));
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
