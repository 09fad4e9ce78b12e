/**
 * Every URL of the site, made in one place: the archive's pages, feeds,
 * redirects and pagination, the sitemap and search, and the files Eleventy and
 * the preview write them to. No other module spells a site path.
 *
 * URLs are site-relative and without the path prefix (layouts add it with
 * Eleventy's `url` filter). A page's URL is a folder, ending in `/`; a feed or
 * another file is its own path. Slugs come from `src/entities/slug.ts` and are
 * put in as given.
 */

/** The home page, first page of the newest articles. */
export const HOME_URL = "/";
/** The people index, A–Z. */
export const PEOPLE_URL = "/people/";
/** The countries index, A–Z, with the world map. */
export const COUNTRIES_URL = "/countries/";
/** The sources index, A–Z. */
export const SOURCES_URL = "/sources/";
/** The date archive index: years and their months. */
export const ARCHIVE_INDEX_URL = "/archive/";
/** The search page. */
export const SEARCH_URL = "/search/";
/** Every correction, newest first. */
export const CORRECTIONS_URL = "/corrections/";
/** The corrections' Atom feed. */
export const CORRECTIONS_FEED_URL = "/corrections/feed.xml";
/** The site-wide Atom feed. */
export const SITE_FEED_URL = "/feed.xml";
/** The site-wide JSON Feed, beside its Atom feed. */
export const SITE_JSON_FEED_URL = "/feed.json";
/** The feeds page: which feeds the site has and how to follow one. */
export const FEEDS_URL = "/feeds/";
/** The sitemap. */
export const SITEMAP_URL = "/sitemap.xml";
/** The Google News sitemap: the articles of the last two days. */
export const NEWS_SITEMAP_URL = "/news-sitemap.xml";
/** The robots file, which names the sitemap. */
export const ROBOTS_URL = "/robots.txt";
/** The folder of processed photos, each `/img/<content hash>-<width>.<format>`: a file's bytes never change under its name, so hosts may cache them for ever. */
export const IMAGES_URL = "/img/";
/** The folder of country flags, each `/flags/<ISO alpha-2, lower case>.svg`, copied from the flag-icons package for the countries the archive has. */
export const FLAGS_URL = "/flags/";
/** The page a static host serves for a missing path. */
export const NOT_FOUND_URL = "/404.html";
/** The redirect rules a static host reads (Netlify and Cloudflare Pages `_redirects` format). */
export const REDIRECTS_FILE_URL = "/_redirects";

/** The response headers a static host adds (Netlify and Cloudflare Pages `_headers` format): the security policy and caching. */
export const HEADERS_FILE_URL = "/_headers";
/** The search index Pagefind writes. */
export const SEARCH_INDEX_URL = "/pagefind/";
/** The open-data page, which explains the files in its folder (`/data/articles.json`, …). */
export const DATA_URL = "/data/";
/** Where `pageUrl` puts the home page's later pages (`/page/2/`). */
export const HOME_PAGES_URL = `${HOME_URL}page/`;

/**
 * Folders whose every path the site makes or may make as the archive grows (a
 * new person, a year, a later page, a photo): an article's old path (alias)
 * may not be under one, as it would take a URL the site needs. Article folders
 * (`/articles/2024/12/`) are not here: an alias is most often an article's old
 * URL, and there only an exact match with an article clashes.
 */
export const RESERVED_FOLDERS: readonly string[] = [
  HOME_PAGES_URL,
  PEOPLE_URL,
  COUNTRIES_URL,
  SOURCES_URL,
  ARCHIVE_INDEX_URL,
  SEARCH_URL,
  CORRECTIONS_URL,
  SEARCH_INDEX_URL,
  IMAGES_URL,
  DATA_URL,
  FLAGS_URL,
];

/** The folder of `RESERVED_FOLDERS` that `url` is in or is, or undefined. */
export function reservedFolderOf(url: string): string | undefined {
  return RESERVED_FOLDERS.find((folder) => url.startsWith(folder));
}

/** An article's page: `/articles/2024/12/<slug>/`, in the folder of the month it is dated in. */
export function articleUrl(year: number, month: number, slug: string): string {
  return `/articles/${monthFolder(year, month)}/${slug}/`;
}

/** An article's stable id in the open data: its URL's path under `/articles/`, `2024/12/<slug>`. */
export function articleIdOf(url: string): string {
  return url.slice(articleUrl(2000, 1, "x").indexOf("2000"), -1);
}

/** The folder of a month's articles and date page, `2024/12`: the month always two digits. */
export function monthFolder(year: number, month: number): string {
  return `${year}/${String(month).padStart(2, "0")}`;
}

/** A person's page: `/people/<slug>/`. */
export function personUrl(slug: string): string {
  return `${PEOPLE_URL}${slug}/`;
}

/** A country's flag: `/flags/<code>.svg`, the ISO 3166-1 alpha-2 code in lower case. */
export function flagUrl(code: string): string {
  return `${FLAGS_URL}${code.toLowerCase()}.svg`;
}

/** A country's page: `/countries/<slug>/`. */
export function countryUrl(slug: string): string {
  return `${COUNTRIES_URL}${slug}/`;
}

/** A source's page: `/sources/<slug>/`. */
export function sourceUrl(slug: string): string {
  return `${SOURCES_URL}${slug}/`;
}

/** An entity's articles in one year: `/people/<slug>/2024/` (its later pages `/people/<slug>/2024/page/2/`). */
export function entityYearUrl(entityUrl: string, year: number): string {
  return `${entityUrl}${year}/`;
}

/** A year's page of the date archive: `/archive/2024/`. */
export function yearUrl(year: number): string {
  return `${ARCHIVE_INDEX_URL}${year}/`;
}

/** A month's page of the date archive: `/archive/2024/12/`. */
export function monthUrl(year: number, month: number): string {
  return `${yearUrl(year)}${String(month).padStart(2, "0")}/`;
}

/** The feed of a page: `feed.xml` inside the page's folder (`/people/x/` → `/people/x/feed.xml`). */
export function feedUrl(pageUrl: string): string {
  return `${pageUrl.endsWith("/") ? pageUrl : `${pageUrl}/`}feed.xml`;
}

/** The JSON Feed of a page: `feed.json` inside the page's folder, beside its Atom feed (`/people/x/` → `/people/x/feed.json`). */
export function jsonFeedUrl(pageUrl: string): string {
  return `${pageUrl.endsWith("/") ? pageUrl : `${pageUrl}/`}feed.json`;
}

/** A correction's fragment id on its article's page: `correction-2025-01-02-1`, the `n`-th correction of that day (from 1). */
export function correctionId(ymd: string, n: number): string {
  return `correction-${ymd}-${n}`;
}

/** A correction on its article's page: `/articles/2025/01/x/#correction-2025-01-02-1`. */
export function correctionUrl(articleUrl: string, id: string): string {
  return `${articleUrl}#${id}`;
}

/** Page `n` of a list whose first page is at `base`: the base itself for page 1, else `<base>page/<n>/`. */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** A page of the site's own from `pages/` in the content folder: `["press", "contact"]` → `/press/contact/`. */
export function contentPageUrl(segments: readonly string[]): string {
  return `/${segments.join("/")}/`;
}

/** The folder of every article's page (`/articles/2024/12/<slug>/`): a page of the site's own may not be under it. */
export const ARTICLES_FOLDER_URL = "/articles/";

/** The stylesheet holding the site's accent colour (`accent` in site.yaml), linked after /styles.css when set. */
export const THEME_STYLESHEET_URL = "/theme.css";

/** The file a page whose URL is the folder `url` is written to: `/people/x/` → `/people/x/index.html`. */
export function indexFile(url: string): string {
  return `${url}index.html`;
}

/** A file of the open data: `/data/articles.json`, `/data/articles.csv`, `/data/articles.schema.json`. */
export function dataFileUrl(name: string, extension: "json" | "csv" | "schema.json"): string {
  return `${DATA_URL}${name}.${extension}`;
}

/** A processed photo's URL, from its file name (`3f9c…-640.webp`). */
export function imageUrl(name: string): string {
  return `${IMAGES_URL}${name}`;
}

/**
 * A site URL written relative to an article's page (`/img/x.webp` →
 * `../../../../img/x.webp`), for URLs inside an article's body: the body is
 * printed as it is, so a relative URL works under any path prefix, and feeds
 * make it absolute against the article's address.
 */
export function fromArticlePage(url: string): string {
  const depth = articleUrl(2000, 1, "x").split("/").length - 2;
  return `${"../".repeat(depth)}${url.replace(/^\/+/, "")}`;
}
