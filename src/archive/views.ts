/**
 * The views the archive is made of, shaped from their parts: an article's
 * view (which the live preview also rebuilds after an edit), the person,
 * country and source views, the links and place chips pages print, and the
 * orders and A–Z groups lists are shown in.
 *
 * Nothing here looks at more than the one thing it shapes: counting,
 * resolving and linking across the archive is `build-archive.ts`'s job.
 */
import type { Article, Correction } from "../content/article.ts";
import type { LeadPhoto } from "../content/article-images.ts";
import { FALLBACK_WIDTH, fallbackFormat, PHOTO_SIZES, variantFor, variantsOf } from "../images/photo-markup.ts";
import { displayDate, type ArticleDate, type DateStyle } from "../content/dates.ts";
import type { Country } from "../entities/countries.ts";
import { foldName } from "../entities/fold.ts";
import { defineBodyText, hasVideo, isStored, type BodyRef } from "../markdown/stored-body.ts";
import { directionOf } from "../i18n/text-direction.ts";
import type { PlaceMatch } from "../entities/resolver.ts";
import { compareText, getOrCreate, unique } from "../util/collections.ts";
import { monthLink } from "./date-index.ts";
import type { ArticleView, CorrectionNotice, PhotoView, CountryView, EntityLink, LetterGroup, PersonProfile, PersonView, PlaceChip, PlaceView, SourceView } from "./model.ts";
import { correctionId, countryUrl, flagUrl, imageUrl, personUrl, sourceUrl } from "./urls.ts";

/** Newest first; equal instants by title, then by file, so the order never depends on file-system order. */
export function newestFirst(a: Article, b: Article): number {
  return b.date.instant - a.date.instant || compareText(a.title, b.title) || compareText(a.relPath, b.relPath);
}

/**
 * An article's view before entities are linked (source, people and places are
 * filled by later passes); the preview rebuilds an edited article's view with
 * it. `siteLanguage` gives the direction of an article that names no `lang`;
 * `dates` writes its dates in the site's language.
 */
export function articleView(article: Article, url: string, siteLanguage: string, dates: DateStyle): ArticleView {
  const corrections = correctionNotices(article.corrections, dates);
  const rendered = article.rendered;
  const view: Omit<ArticleView, "html" | "text"> & Partial<Pick<ArticleView, "html" | "text">> = {
    id: article.relPath,
    url,
    title: article.title,
    date: article.date,
    dateText: displayDate(article.date, dates),
    updated: article.updated,
    updatedText: article.updated ? displayDate(article.updated, dates) : undefined,
    modified: lastChange(article, corrections[0]?.date),
    corrections,
    source: { name: article.source, url: "" },
    month: sharedMonthLink(article.date, dates),
    people: [],
    places: [],
    originalUrl: article.url,
    summary: article.summary,
    excerpt: article.rendered.excerpt,
    description: article.summary || article.rendered.excerpt || article.title,
    // A stored body stays on disk: the view holds where it is, and reads it when printed.
    ...(isStored(rendered) ? { body: rendered.body } : { html: rendered.html, text: rendered.text }),
    author: article.author,
    lang: article.lang,
    dir: directionOf(article.lang ?? siteLanguage),
    words: article.rendered.words,
    readingMinutes: article.rendered.readingMinutes,
    hasVideo: hasVideo(rendered),
    ...(article.images?.lead?.processed && { image: photoView(article.images.lead) }),
  };
  return (isStored(rendered) ? defineBodyText(view as typeof view & { body: BodyRef }) : view) as ArticleView;
}

/** The lead photo as pages print it, once processed; undefined before. */
export function photoView(lead: LeadPhoto): PhotoView | undefined {
  const photo = lead.processed;
  if (!photo) return undefined;
  const format = fallbackFormat(photo);
  const file = (variant: { name: string; width: number; height: number }) => ({ url: imageUrl(variant.name), width: variant.width, height: variant.height });
  const fallback = variantsOf(photo, format).map(file);
  const img = file(variantFor(variantsOf(photo, format), FALLBACK_WIDTH));
  return {
    alt: lead.alt,
    ...(lead.caption && { caption: lead.caption }),
    ...(lead.credit && { credit: lead.credit }),
    src: img.url,
    width: img.width,
    height: img.height,
    type: `image/${format}`,
    fallback,
    webp: variantsOf(photo, "webp").map(file),
    sizes: PHOTO_SIZES,
    thumbnail: fallback[0]!,
    share: fallback[fallback.length - 1]!,
  };
}

/** Corrections as an article's page prints them, newest first; ids number each day's corrections in the file's order. */
export function correctionNotices(corrections: readonly Correction[], dates: DateStyle): CorrectionNotice[] {
  const perDay = new Map<string, number>();
  const notices = corrections.map(({ date, text }, index) => {
    const n = (perDay.get(date.ymd) ?? 0) + 1;
    perDay.set(date.ymd, n);
    return { index, notice: { id: correctionId(date.ymd, n), date, dateText: displayDate(date, dates), text } };
  });
  return notices.sort((a, b) => b.notice.date.instant - a.notice.date.instant || b.index - a.index).map(({ notice }) => notice);
}

/** An article's last change: its newest correction when that is later than `updated` and `date`, else `updated` when given, else `date`. */
export function lastChange(article: { date: ArticleDate; updated?: ArticleDate }, newestCorrection: ArticleDate | undefined): ArticleDate {
  const own = article.updated ?? article.date;
  const later = newestCorrection && newestCorrection.instant > own.instant && newestCorrection.instant > article.date.instant;
  return later ? newestCorrection : own;
}

/** What makes a person's view: the canonical name, its slug and every spelling seen or registered. */
export interface PersonParts {
  key: string;
  slug: string;
  name: string;
  /** Registry aliases, then spellings as written in articles; repeats and the name itself are dropped. */
  written: string[];
  description?: string;
  /** Newest first. */
  articles: ArticleView[];
  /** Role, photo, links, sort key, first and last mention (`person-profile.ts`). */
  profile: PersonProfile;
}

/** A person's view; countries and co-mentioned people are linked by a later pass. */
export function personView({ key, slug, name, written, description, articles, profile }: PersonParts): PersonView {
  return {
    key,
    slug,
    name,
    url: personUrl(slug),
    aliases: unique(written.filter((alias) => alias !== name)).sort(compareText),
    description,
    articles,
    count: articles.length,
    countries: [],
    coMentioned: [],
    years: [],
    profile,
  };
}

/** A country's view, with the places in it that articles mention; people are linked by a later pass. */
export function countryView(country: Country, articles: ArticleView[], places: PlaceView[]): CountryView {
  return {
    country,
    slug: country.slug,
    name: country.name,
    flag: flagUrl(country.code),
    url: countryUrl(country.slug),
    articles,
    count: articles.length,
    places,
    people: [],
    years: [],
  };
}

/** A source's (outlet's) view; the people and countries it covers most are linked by a later pass. */
export function sourceView(key: string, slug: string, name: string, articles: ArticleView[], spellings: readonly string[] = []): SourceView {
  const aliases = unique(spellings.filter((alias) => alias !== name)).sort(compareText);
  return { key, slug, name, url: sourceUrl(slug), aliases, articles, count: articles.length, people: [], countries: [], years: [] };
}

/**
 * Each entity's link, made once: articles link the same few thousand people
 * and countries, and one object per mention would grow with the archive.
 * Nothing changes a link once made (a renamed entity is a new view).
 */
const links = new WeakMap<object, EntityLink>();

/** The link to an entity's page (one shared object per entity view). */
export function entityLink(entity: { name: string; url: string }): EntityLink {
  const known = links.get(entity);
  if (known && known.name === entity.name && known.url === entity.url) return known;
  const link = { name: entity.name, url: entity.url };
  links.set(entity, link);
  return link;
}

/** The month links made for each date style: every article of a month shares one. */
const months = new WeakMap<DateStyle, Map<number, EntityLink>>();

/** The link to the date archive page of the month `date` is in, one object per month and style. */
function sharedMonthLink(date: ArticleDate, dates: DateStyle): EntityLink {
  let made = months.get(dates);
  if (!made) months.set(dates, (made = new Map()));
  return getOrCreate(made, date.year * 12 + date.month, () => monthLink(date, dates));
}

/** The chips made for each archive's countries (by its `countryByCode`), so that every article naming a place shares one chip. */
const chips = new WeakMap<ReadonlyMap<string, CountryView>, Map<string, PlaceChip>>();

/** A place as an article shows it: a country by its view's name, a city or region with its country, an unknown place as written. */
export function placeChip(name: string, match: PlaceMatch, countryByCode: ReadonlyMap<string, CountryView>): PlaceChip {
  let made = chips.get(countryByCode);
  if (!made) chips.set(countryByCode, (made = new Map()));
  const key = match.kind === "unknown" ? `?${name}` : match.kind === "country" ? `c${match.country.code}` : `p${match.country.code}\0${match.name}`;
  return getOrCreate(made, key, () => newPlaceChip(name, match, countryByCode));
}

function newPlaceChip(name: string, match: PlaceMatch, countryByCode: ReadonlyMap<string, CountryView>): PlaceChip {
  if (match.kind === "unknown") return { name };
  const country = countryByCode.get(match.country.code)!;
  if (match.kind === "country") return { name: country.name, url: country.url, flag: country.flag };
  return { name: match.name, url: country.url, country: entityLink(country), flag: country.flag };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The order of A–Z lists: by name as a reader sorts it (case and accents aside, numbers by value), then by URL. */
export function byName(a: { name: string; url: string }, b: { name: string; url: string }): number {
  return collator.compare(a.name, b.name) || compareText(a.url, b.url);
}

/** Items (already A–Z) under the initial letter of their folded name, A to Z, then `#` for the rest. */
export function byLetter<T extends { name: string }>(items: readonly T[]): LetterGroup<T>[] {
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
