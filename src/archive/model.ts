/**
 * The archive's model: what the archive hands to templates, every list
 * already built, sorted and paginated, every URL already made (by `urls.ts`).
 * Templates only print these.
 *
 * Types only, and the leaf of `src/archive`: the modules that build a part of
 * the archive (date index, feeds, sitemap, map shading, timelines, pages)
 * import their shapes from here, and this module imports none of them, so no
 * import goes round a cycle.
 *
 * URLs are site-relative and without the path prefix; layouts pass them
 * through Eleventy's `url` filter.
 */
import type { ArticleDate } from "../content/dates.ts";
import type { ScheduledNotice } from "../content/embargo.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { ContentPage } from "../content/content-page.ts";
import type { InterfaceStrings } from "../i18n/interface-strings.ts";
import type { Country } from "../entities/countries.ts";
import type { Problem } from "../problems/problems.ts";
import type { TextDirection } from "../i18n/text-direction.ts";
import type { BodyRef } from "../markdown/stored-body.ts";

/** A named link to an entity page. */
export interface EntityLink {
  name: string;
  url: string;
}

/** A place as an article shows it: linked to its country page when it resolves to one. */
export interface PlaceChip {
  /** The canonical name (a country's common name, a registry or capital city's name), or the name as written. */
  name: string;
  /** The country page, or undefined for a place that resolved to nothing. */
  url?: string;
  /** For a city or region: the country it is in. */
  country?: EntityLink;
  /** Site path of the country's flag (`/flags/sy.svg`), a decorative image beside its name. */
  flag?: string;
}

/** One published article, ready to print. */
export interface ArticleView {
  /** Path of the source file relative to the content folder. */
  id: string;
  url: string;
  title: string;
  date: ArticleDate;
  /** "30 December 2024". */
  dateText: string;
  updated?: ArticleDate;
  updatedText?: string;
  /**
   * When the article last changed, for machines (JSON-LD `dateModified`, the
   * sitemap, feeds): the newest correction when it is later than `updated`
   * (or `date`), else `updated` when given, else `date`.
   */
  modified: ArticleDate;
  /** The article's corrections, newest first (same day: the one written last first). */
  corrections: CorrectionNotice[];
  source: EntityLink;
  /** The date archive page of the month the article is dated in. */
  month: EntityLink;
  people: EntityLink[];
  places: PlaceChip[];
  /** The original article, when the front matter gives it. */
  originalUrl?: string;
  summary?: string;
  excerpt: string;
  /** Summary, else excerpt: for meta descriptions and feeds. */
  description: string;
  /**
   * Sanitised HTML of the body (remark-html, sanitising on). When the body is
   * in the body store (`body` set), this and `text` are getters that read it
   * from disk, not enumerable: copy `body`, not them.
   */
  html: string;
  /** Plain text of the body, for search. */
  text: string;
  /** Where the body is in the body store (markdown/stored-body.ts); absent when its HTML and text are held in the view itself. */
  body?: BodyRef;
  author?: string;
  lang?: string;
  /** Which way the title, summary and body run: from `lang`, else from the site's language. */
  dir: TextDirection;
  words: number;
  readingMinutes: number;
  /** True when the body holds a video placeholder: its page loads the script that plays it. */
  hasVideo?: boolean;
  /** The article published just before this one (older), set by `addReadingAids`. */
  prev?: ArticleLink;
  /** The article published just after this one (newer), set by `addReadingAids`. */
  next?: ArticleLink;
  /** Articles sharing the most people and places with this one, set by `addReadingAids`. */
  related?: RelatedLink[];
  /** Set in the preview only, on an article not yet published: when it goes live. */
  scheduled?: ScheduledNotice;
  /** The lead photo (front matter `image:`), processed: the article page's lead figure, `og:image`, JSON-LD, and a list's thumbnail. */
  image?: PhotoView;
}

/** A processed photo as pages print it; URLs are site-relative (layouts add the path prefix with `url`). */
export interface PhotoView {
  /** Plain text, printed escaped. */
  alt: string;
  caption?: string;
  credit?: string;
  /** The `<img>`'s file (at the article column's width) and its size: `width`/`height` keep its room before it loads. */
  src: string;
  width: number;
  height: number;
  /** The `<img>`'s format: `image/jpeg`, or `image/png` for a photo with transparency. */
  type: string;
  /** Every width of the `<img>`'s format, narrowest first, for its `srcset`. */
  fallback: PhotoFile[];
  /** Every width in WebP, narrowest first, for `<source type="image/webp">`. */
  webp: PhotoFile[];
  /** The `sizes` attribute: how wide the photo is shown. */
  sizes: string;
  /** The narrowest file of the `<img>`'s format, for a list's thumbnail. */
  thumbnail: PhotoFile;
  /** The widest file of the `<img>`'s format, for link previews (`og:image`) and JSON-LD. */
  share: PhotoFile;
}

/** One file of a processed photo. */
export interface PhotoFile {
  url: string;
  width: number;
  height: number;
}

/** One correction as the article's page prints it. */
export interface CorrectionNotice {
  /** Its fragment id on the article's page, `correction-2025-01-02-1`: the day, then 1, 2, … for that day's corrections in the file's order. */
  id: string;
  date: ArticleDate;
  /** "2 January 2025". */
  dateText: string;
  /** Plain text, printed escaped. */
  text: string;
}

/** A correction on the corrections page and in its feed. */
export interface CorrectionEntry {
  notice: CorrectionNotice;
  /** The corrected article's view (the same object the article lists hold). */
  article: ArticleView;
  /** The correction on the article's page: the article's URL and the notice's fragment. */
  url: string;
}

/** The corrections page (`/corrections/`) and its Atom feed. */
export interface CorrectionsView {
  url: string;
  feedUrl: string;
  /** Every correction of every published article, newest first. */
  entries: CorrectionEntry[];
  /** The newest corrections, for the feed. */
  feedEntries: CorrectionEntry[];
  /** The newest correction's date, or undefined when there is none. */
  lastModified?: ArticleDate;
  /** ISO 8601 for the feed's `<updated>`: the newest correction, or a fixed instant when there is none. */
  updated: string;
}

/** A link to another article: what a previous/next control prints. Plain, so articles never reference each other. */
export interface ArticleLink {
  title: string;
  /** The article's language when the front matter gives one, so a title in another language is marked as such. */
  lang?: string;
  /** Which way the title runs (the article view's `dir`). */
  dir: TextDirection;
  url: string;
  dateText: string;
  ymd: string;
}

/** A related article, how many people and places it shares, and which ("Also about: Syria · Ilham Aliyev"). */
export interface RelatedLink extends ArticleLink {
  shared: number;
  /** The first shared names, in the article's own order (people, then places). */
  alsoAbout: string[];
  /** How many more shared names there are beyond `alsoAbout`. */
  alsoMore: number;
}

/** A count of something beside an entity, e.g. people mentioned with a person. */
export interface Counted<T> {
  item: T;
  count: number;
}

/** One person: the canonical record every spelling resolves to. */
export interface PersonView {
  key: string;
  slug: string;
  name: string;
  url: string;
  /** Other spellings seen in articles or given in the registry. */
  aliases: string[];
  description?: string;
  /** Articles mentioning the person, newest first. */
  articles: ArticleView[];
  count: number;
  countries: Counted<EntityLink>[];
  coMentioned: Counted<EntityLink>[];
  /** Articles per month, set by `addReadingAids`. */
  timeline?: Timeline;
  /** The years with articles, oldest first, some with lists of their own (`entity-years.ts`); set by `buildArchive`. */
  years: EntityYear[];
  /** Issue 15 part 4: what the registry says of the person beyond the name (role, photo, Wikidata, links), and when the archive first and last mentions them. */
  profile: PersonProfile;
}

/** A person's profile: the registry's optional fields, and the first and last articles that mention them. */
export interface PersonProfile {
  role?: string;
  /** The family-name key the A–Z index sorts on ("Aliyev, Ilham"). */
  sortKey: string;
  /** The letter the A–Z index files the person under. */
  letter: string;
  /** One or two letters for the placeholder shown without a photo. */
  initials: string;
  /** The registry's photo, processed (its narrowest files: the profile shows it small). */
  photo?: PortraitView;
  /** The Wikidata item and its page. */
  wikidata?: { id: string; url: string };
  /** The person's own pages elsewhere: `http(s)` addresses, checked. */
  links: { label: string; url: string }[];
  /** The oldest and the newest article that mention the person (the same article when there is one): the views themselves, so an edit in the preview shows here too. */
  firstMention?: ArticleView;
  lastMention?: ArticleView;
}

/** A person's photo as the profile prints it: one small JPEG (or PNG) and its WebP, with the JPEG's size. */
export interface PortraitView {
  alt: string;
  src: string;
  type: string;
  webp?: string;
  width: number;
  height: number;
}

/** A place within a country that articles mention (a city, a region, a capital). */
export interface PlaceView {
  key: string;
  name: string;
  count: number;
}

/** One country with the articles that mention it or a place in it. */
export interface CountryView {
  country: Country;
  slug: string;
  name: string;
  /** Site path of the country's flag (`/flags/sy.svg`), a decorative image beside its name. */
  flag: string;
  url: string;
  articles: ArticleView[];
  count: number;
  places: PlaceView[];
  people: Counted<EntityLink>[];
  /** Articles per month, set by `addReadingAids`. */
  timeline?: Timeline;
  /** The years with articles, oldest first, some with lists of their own (`entity-years.ts`); set by `buildArchive`. */
  years: EntityYear[];
}

/** One source (outlet). */
export interface SourceView {
  key: string;
  slug: string;
  name: string;
  url: string;
  /** Other spellings of the source's name seen in articles (the open data lists them). */
  aliases: string[];
  articles: ArticleView[];
  count: number;
  /** The people its articles mention most, linked by a later pass. */
  people: Counted<EntityLink>[];
  /** The countries its articles are about most, linked by a later pass. */
  countries: Counted<EntityLink>[];
  /** Articles per month, set by `addReadingAids`. */
  timeline?: Timeline;
  /** The years with articles, oldest first, some with lists of their own (`entity-years.ts`); set by `buildArchive`. */
  years: EntityYear[];
}

/** The kinds of entity whose articles are also listed year by year. */
export type EntityKind = "person" | "country" | "source";

/** One year of an entity's articles: a link of its timeline and year switcher. */
export interface EntityYear {
  year: number;
  /** "2024". */
  name: string;
  /** The year's list, `/people/<slug>/2024/`, or the entity's own page when the year has no list (`listed`). */
  url: string;
  /** True when the year has a list of its own: the entity has articles in two or more years and more than fit on one page. */
  listed: boolean;
  count: number;
  /** The entity's articles dated in this year, newest first. */
  articles: ArticleView[];
}

/** One entity's articles in one year, the list at `/people/<slug>/2024/` (and its later pages). */
export interface EntityYearView extends EntityYear {
  kind: EntityKind;
  /** The entity the list narrows: its page, name and article count. */
  owner: EntityLink & { count: number };
  /** All the entity's years (the same objects as the entity's `years`), for the year switcher. */
  years: EntityYear[];
}

/** Entities of one kind grouped under their initial letter, for A–Z indexes. */
export interface LetterGroup<T> {
  letter: string;
  /** Fragment id for the letter's heading. */
  id: string;
  items: T[];
}

/** A page of an entity's article list: one generated page. */
export interface EntityPage<T> {
  entity: T;
  page: Page<ArticleView>;
}

/** A small page that sends an old or variant URL to the canonical one. */
export interface Redirect {
  from: string;
  to: string;
  name: string;
  /** The language of `name` when it is an article's title in a language the front matter gives. */
  lang?: string;
  /** Which way `name` runs when it is an article's title (the article view's `dir`). */
  dir?: TextDirection;
}

/** One response header a `_headers` rule sets. */
export interface Header {
  name: string;
  value: string;
}

/** A `_headers` rule: a path pattern (`*` matches the rest of a path) and the headers every matching response gets. */
export interface HeaderRule {
  path: string;
  headers: Header[];
}

/** One rule of the site's `_redirects` file: site-relative paths without the path prefix (the layout adds it to both). */
export interface RedirectRule {
  from: string;
  to: string;
  /** 301: moved for good. */
  status: 301;
}

/** A place that resolved to no country, with where it was written. */
export interface UnresolvedPlace {
  name: string;
  articles: string[];
}

/**
 * The built archive: a plain object, made once by `buildArchive` and only
 * read after that (the preview edits article views in place).
 */
export interface Archive {
  site: SiteSettings;
  /** Which way the site's language runs: the `<html dir>` of every page; an article or title whose `dir` differs carries its own. */
  dir: TextDirection;
  /** The interface strings every layout prints through the `t` filter (src/eleventy/translate-filters.ts). */
  strings: InterfaceStrings;
  articles: ArticleView[];
  homePages: Page<ArticleView>[];
  people: PersonView[];
  peopleByLetter: LetterGroup<PersonView>[];
  /** The people mentioned in the most articles, most first (issue 15 part 4: the people index's "Most mentioned"). */
  peopleMostMentioned: PersonView[];
  personPages: EntityPage<PersonView>[];
  countries: CountryView[];
  countriesByLetter: LetterGroup<CountryView>[];
  countryPages: EntityPage<CountryView>[];
  sources: SourceView[];
  sourcePages: EntityPage<SourceView>[];
  /** Pages of people's, countries' and sources' articles year by year, for entities whose years have lists (`EntityYear.listed`). */
  entityYearPages: EntityPage<EntityYearView>[];
  /** Years that hold articles, newest first, each with its months (the date archive index). */
  years: YearView[];
  yearPages: EntityPage<YearView>[];
  monthPages: EntityPage<MonthView>[];
  /** Every Atom feed: the site's, then one per person, country and source. */
  feeds: FeedView[];
  /** Every correction, for the corrections page and its feed. */
  corrections: CorrectionsView;
  /** Every indexable page with its last modification. */
  sitemap: SitemapEntry[];
  /** The articles of the Google News sitemap: published in the two days before the build's "now", newest first. */
  newsSitemap: ArticleView[];
  /** Pages sending an old or variant URL on: articles' aliases, then variant spellings of people and countries, by `from`. */
  redirects: Redirect[];
  /** The rules of the `_redirects` file (`redirect-rules.ts`), in the order the file lists them. */
  redirectRules: RedirectRule[];
  /** The rules of the `_headers` file (`header-rules.ts`): security headers for every response, long caching for fingerprinted files. */
  headerRules: HeaderRule[];
  /** URL clashes found building the archive (errors: the build stops; `npm run check` reports them). */
  problems: Problem[];
  unresolvedPlaces: UnresolvedPlace[];
  /** Countries ranked and shaded by article count, for the world map on /countries/. */
  countryShading: CountryShading;
  // Issue 16 part 5: make it yours without forking
  /** The site's own pages from `pages/` (drafts left out), by URL. */
  contentPages: ContentPageView[];
  /** The logo and the default social image from site.yaml, as pages print them. */
  siteImages: SiteImageViews;
  /** Where the accent stylesheet is, when site.yaml sets `accent`. */
  themeStylesheet?: string;
}

/** A page of the site's own: the page as read, and its URL. */
export interface ContentPageView extends ContentPage {
  /** Site-relative URL, `/about/`. */
  url: string;
  /** Which way its text runs: from `lang`, else from the site's language. */
  dir: TextDirection;
}

/** A site image as pages print it: URL (without the path prefix), size, media type. */
export interface SiteImageView {
  url: string;
  width: number;
  height: number;
  type: string;
}

/** The site images that are set. */
export interface SiteImageViews {
  logo?: SiteImageView;
  image?: SiteImageView;
}

/** A link in a pagination control: a page number, or a gap between numbers. */
export type PageLink = { number: number; url: string; current: boolean } | { gap: true };

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  total: number;
  /** Site-relative URL of this page (without path prefix), ending in `/`. */
  url: string;
  prev?: string;
  next?: string;
  /** Numbered links: first, last and the pages around this one, with gaps. */
  links: PageLink[];
}

/** One month that holds articles. */
export interface MonthView {
  year: number;
  month: number;
  /** "December 2024". */
  name: string;
  /** `/archive/2024/12/`. */
  url: string;
  /** The year's page, `/archive/2024/`. */
  yearUrl: string;
  /** Articles dated in this month, newest first. */
  articles: ArticleView[];
  count: number;
  /** The nearest older month that holds articles ("November 2024"), if any. */
  prev?: EntityLink;
  /** The nearest newer month that holds articles, if any. */
  next?: EntityLink;
}

/** One month of a year's row in the date archive's calendar, whether or not it holds articles. */
export interface CalendarMonth {
  /** 1 to 12. */
  month: number;
  /** The month's name standing alone, "March". */
  label: string;
  /** Its short form, "Mar": the calendar's column heading. */
  short: string;
  /** With the year, "March 2025". */
  name: string;
  count: number;
  /** Shade, 0 (no articles) to `SHADE_LEVELS` (`country-shading.ts`), in proportion to the archive's busiest month (`calendar.ts`). */
  level: number;
  /** The month's page, when it holds articles. */
  url?: string;
}

/** One year that holds articles. */
export interface YearView {
  year: number;
  /** "2024". */
  name: string;
  /** `/archive/2024/`. */
  url: string;
  /** The months of the year that hold articles, in calendar order. */
  months: MonthView[];
  /** All twelve months, January first, shaded by count: the year's row of the calendar. */
  calendar: CalendarMonth[];
  /** Articles dated in this year, newest first. */
  articles: ArticleView[];
  count: number;
}

/** One feed, ready to print. */
export interface FeedView {
  /** Site-relative URL of the feed file (`/people/yalchin-rafiyev/feed.xml`). */
  url: string;
  /** Feed title without the site's name ("Yalchin Rafiyev"), or empty for the site-wide feed. */
  title: string;
  /** What the feed follows, for its subtitle ("Articles mentioning Yalchin Rafiyev."). */
  subtitle: string;
  /** Site-relative URL of the same feed as JSON Feed 1.1 (`/people/yalchin-rafiyev/feed.json`). */
  jsonUrl: string;
  /** The HTML page the feed follows (`/people/yalchin-rafiyev/`). */
  pageUrl: string;
  /** The newest articles, newest first. */
  articles: ArticleView[];
  /** ISO 8601: the latest `modified` among the feed's articles. */
  updated: string;
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  /** Site-relative URL, without the path prefix. */
  url: string;
  /** W3C date or date-time (`2024-12-30`, `2024-12-30T09:00:00+03:00`), or undefined for an empty archive. */
  lastmod?: string;
}

/** A country as the map and its table show it. */
export interface ShadedCountry {
  /** ISO 3166-1 numeric code, three digits (world-atlas feature ids); empty when the country has none. */
  numeric: string;
  /** ISO 3166-1 alpha-2 code ("LB"): the marker's visible label, so a reader can tell circles apart without a mouse. */
  code: string;
  name: string;
  /** Site path of the country's flag (`/flags/sy.svg`), a decorative image beside its name. */
  flag: string;
  url: string;
  count: number;
  /** 1 (fewest articles) to `levels` (most). */
  level: number;
}

/** One entry of the map's legend: the counts a shade stands for. */
export interface ShadeRange {
  level: number;
  min: number;
  max: number;
}

/** Everything the world map and its table need. */
export interface CountryShading {
  /** Countries with articles, most articles first, then by name (the order they come in). */
  countries: ShadedCountry[];
  /** Only the levels some count falls in, lowest first. */
  legend: ShadeRange[];
  peak: number;
}

/** One bar of a timeline: a month (or a year, for long spans) and its article count. */
export interface TimelineBucket {
  /** `2024-12` for a month, `2024` for a year. */
  key: string;
  /** "December 2024", or "2024". */
  label: string;
  count: number;
}

/** An entity's articles over time, ready to draw. */
export interface Timeline {
  /** Months, unless the span is longer than `MAX_MONTHS` (`timeline.ts`): then years. */
  unit: "month" | "year";
  buckets: TimelineBucket[];
  total: number;
  /** The highest count of any bucket. */
  peak: number;
  /** The earliest bucket with the highest count. */
  busiest?: TimelineBucket;
  /** Buckets with at least one article, oldest first: the timeline's text alternative. */
  nonEmpty: TimelineBucket[];
  /**
   * How many bars the chart has room for: whole calendar years (twelve months
   * each, or one slot a year), so that every year takes the same width and the
   * year labels under the chart line up with its bars.
   */
  slots: number;
  /** Empty slots before the first bucket: the months of its year before it. */
  offset: number;
  /** Every calendar year from the first bucket's to the last's, oldest first: the chart's year labels. */
  years: TimelineYear[];
}

/** A year under a timeline: its label, its count, and its list of the entity's articles when it has any. */
export interface TimelineYear {
  year: number;
  label: string;
  count: number;
  /** The entity's articles in that year (`EntityYear.url`); undefined for a year without articles. */
  url?: string;
}
