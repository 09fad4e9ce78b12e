/**
 * The archive as open-data records: one plain object per published article,
 * person, country and source, shaped as `schemas.ts` describes them, with
 * absolute URLs (the site's address and the path prefix) and stable ids (the
 * URL slugs, an article's `year/month/slug`, a country's ISO code).
 *
 * The archive holds only what the build publishes, so drafts and articles
 * still under embargo never become records. Records are made one at a time
 * (generators), so a writer never holds more than one.
 */
import type { Archive, ArticleView, CountryView, PersonView, SourceView } from "../archive/model.ts";
import { lastModified } from "../archive/feed-list.ts";
import { w3cDate } from "../archive/sitemap.ts";
import { articleIdOf, dataFileUrl } from "../archive/urls.ts";
import type { DataFileName } from "./schemas.ts";

/** The parts of the archive the records are made from. */
export type OpenDataArchive = Pick<Archive, "site" | "articles" | "people" | "countries" | "sources">;

/** A linked entity inside an article record. */
export interface EntityRef {
  id: string;
  name: string;
  url: string;
}

/** One article, as `articles.json` holds it. */
export interface ArticleRecord {
  id: string;
  url: string;
  title: string;
  date: string;
  updated: string | null;
  language: string | null;
  author: string | null;
  summary: string | null;
  words: number;
  source: EntityRef;
  people: EntityRef[];
  countries: EntityRef[];
  originalUrl: string | null;
  corrections: number;
  lastCorrected: string | null;
}

/** One person, as `people.json` holds them. */
export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  url: string;
  articles: number;
}

/** One country, as `countries.json` holds it. */
export interface CountryRecord {
  id: string;
  alpha3: string;
  numeric: string;
  name: string;
  url: string;
  articles: number;
}

/** One source, as `sources.json` holds it. */
export interface SourceRecord {
  id: string;
  name: string;
  aliases: string[];
  url: string;
  articles: number;
}

/** The record type of each file. */
export interface RecordOf {
  articles: ArticleRecord;
  people: PersonRecord;
  countries: CountryRecord;
  sources: SourceRecord;
}

/** What every file says besides its items. */
export interface FileHeader {
  $schema: string;
  site: string;
  title: string;
  updated: string | null;
  count: number;
}

/** The site's root as an absolute URL with the path prefix, ending in `/` (`https://example.org/news/`). */
export function siteBase(siteUrl: string, pathPrefix: string | undefined): string {
  const prefix = (pathPrefix ?? "/").replace(/^\/+|\/+$/g, "");
  return `${siteUrl.replace(/\/+$/, "")}/${prefix ? `${prefix}/` : ""}`;
}

/** A site-relative URL (`/people/x/`) made absolute against `base`. */
export function absoluteUrl(base: string, siteRelative: string): string {
  return `${base}${siteRelative.replace(/^\/+/, "")}`;
}

/** The records of one archive: the header and items of each file, made on demand. */
export class OpenDataRecords {
  private readonly personByUrl: Map<string, PersonView>;
  private readonly countryByUrl: Map<string, CountryView>;
  private readonly sourceByUrl: Map<string, SourceView>;
  private readonly updated: string | null;

  /**
   * @param archive the built archive (published articles only)
   * @param base the site's root as an absolute URL with the path prefix (`siteBase`)
   */
  constructor(
    private readonly archive: OpenDataArchive,
    private readonly base: string,
  ) {
    this.personByUrl = new Map(archive.people.map((person) => [person.url, person]));
    this.countryByUrl = new Map(archive.countries.map((country) => [country.url, country]));
    this.sourceByUrl = new Map(archive.sources.map((source) => [source.url, source]));
    this.updated = w3cDate(lastModified(archive.articles)) ?? null;
  }

  /** What file `name` says before its items. */
  header(name: DataFileName): FileHeader {
    return {
      $schema: this.url(dataFileUrl(name, "schema.json")),
      site: this.base,
      title: this.archive.site.title,
      updated: this.updated,
      count: this.lists()[name].length,
    };
  }

  /** The items of file `name`, one at a time, in the archive's order (articles newest first, the rest A–Z). */
  *items<N extends DataFileName>(name: N): Generator<RecordOf[N]> {
    const make = this.makers()[name] as (item: unknown) => RecordOf[N];
    for (const item of this.lists()[name]) yield make(item);
  }

  /** An absolute URL of the site. */
  url(siteRelative: string): string {
    return absoluteUrl(this.base, siteRelative);
  }

  private lists(): Record<DataFileName, readonly unknown[]> {
    const { articles, people, countries, sources } = this.archive;
    return { articles, people, countries, sources };
  }

  private makers(): { [N in DataFileName]: (item: never) => RecordOf[N] } {
    return {
      articles: (view: ArticleView) => this.article(view),
      people: (person: PersonView) => this.person(person),
      countries: (country: CountryView) => this.country(country),
      sources: (source: SourceView) => this.source(source),
    };
  }

  /** One article's record. */
  article(view: ArticleView): ArticleRecord {
    const source = this.sourceByUrl.get(view.source.url);
    const people: EntityRef[] = [];
    for (const link of view.people) {
      const person = this.personByUrl.get(link.url);
      if (person) people.push({ id: person.slug, name: person.name, url: this.url(person.url) });
    }
    // A country and a city in it are two places but one country.
    const countries = new Map<string, EntityRef>();
    for (const chip of view.places) {
      const country = chip.url === undefined ? undefined : this.countryByUrl.get(chip.url);
      if (country && !countries.has(country.country.code)) {
        countries.set(country.country.code, { id: country.country.code, name: country.name, url: this.url(country.url) });
      }
    }
    return {
      id: articleIdOf(view.url),
      url: this.url(view.url),
      title: view.title,
      date: view.date.written,
      updated: view.updated?.written ?? null,
      language: view.lang ?? null,
      author: view.author ?? null,
      summary: view.summary ?? null,
      words: view.words,
      source: { id: source?.slug ?? "", name: view.source.name, url: this.url(view.source.url) },
      people,
      countries: [...countries.values()],
      originalUrl: view.originalUrl ?? null,
      corrections: view.corrections.length,
      lastCorrected: view.corrections[0]?.date.written ?? null,
    };
  }

  private person(person: PersonView): PersonRecord {
    return { id: person.slug, name: person.name, aliases: person.aliases, description: person.description ?? null, url: this.url(person.url), articles: person.count };
  }

  private country(view: CountryView): CountryRecord {
    const { code, code3, numeric } = view.country;
    return { id: code, alpha3: code3, numeric, name: view.name, url: this.url(view.url), articles: view.count };
  }

  private source(source: SourceView): SourceRecord {
    return { id: source.slug, name: source.name, aliases: source.aliases, url: this.url(source.url), articles: source.count };
  }
}
