/**
 * The page generators: one virtual template per kind of page, each paginating
 * over a list the archive has already built. Registered by the plugin, so any
 * content folder builds the same site and `content/` holds only what editors write.
 */
import {
  ARCHIVE_INDEX_URL,
  CORRECTIONS_FEED_URL,
  CORRECTIONS_URL,
  COUNTRIES_URL,
  DATA_URL,
  FEEDS_URL,
  indexFile,
  NEWS_SITEMAP_URL,
  NOT_FOUND_URL,
  PEOPLE_URL,
  REDIRECTS_FILE_URL,
  HEADERS_FILE_URL,
  ROBOTS_URL,
  SEARCH_URL,
  SITEMAP_URL,
  SOURCES_URL,
  THEME_STYLESHEET_URL,
} from "../archive/urls.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** The data a page is rendered with: for a paginated kind, its item under the kind's alias. */
export type PageData = Readonly<Record<string, unknown>>;

/** One kind of page: the layout that renders it and how it is paginated. */
export interface PageKind {
  name: string;
  layout: string;
  /** The archive list to paginate over (one page per item), if any. */
  list?: string;
  alias?: string;
  /**
   * The output path, relative to the site root. A function rather than a
   * Nunjucks string: Eleventy renders a string permalink as a template for every
   * page (~0.8 s at 10,000 articles), and calls a function as it is.
   */
  permalink: (data: PageData) => string;
}

/** Reads a string at a dotted path of page data (`entityPage.page.url`); a page without it is a bug, not content. */
function field(data: PageData, dottedPath: string): string {
  let value: unknown = data;
  for (const key of dottedPath.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== "string") throw new Error(`page data has no ${dottedPath} to make a permalink from`);
  return value;
}

/**
 * The output path of a page, refused unless it stays inside the site: a
 * site-absolute path with no `..` or `.` segment, backslash, NUL or control
 * character. Archive URLs are made from slugs and cannot hold any of these;
 * this is the last word whatever a field of an article says.
 */
export function safeOutputPath(outputPath: string): string {
  const segments = outputPath.split("/");
  const unsafe =
    !outputPath.startsWith("/") ||
    /[\\\u0000-\u001f\u007f]/.test(outputPath) ||
    segments.some((segment) => segment === ".." || segment === ".");
  if (unsafe) throw new Error(`refusing to write a page outside the site: ${JSON.stringify(outputPath)}`);
  return outputPath;
}

/** A page written at `<url at dottedPath>index.html`. */
const folderOf = (dottedPath: string) => (data: PageData) => safeOutputPath(indexFile(field(data, dottedPath)));
/** A page with one fixed path. */
const fixed = (path: string) => () => path;

/** Every kind of page; the preview renders single pages of these kinds itself, with the same layouts, data and permalinks. */
export const PAGE_KINDS: readonly PageKind[] = [
  { name: "home", layout: "pages/home.njk", list: "homePages", alias: "listPage", permalink: folderOf("listPage.url") },
  { name: "article", layout: "pages/article.njk", list: "articles", alias: "article", permalink: folderOf("article.url") },
  { name: "people", layout: "pages/people.njk", permalink: fixed(indexFile(PEOPLE_URL)) },
  { name: "person", layout: "pages/person.njk", list: "personPages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "countries", layout: "pages/countries.njk", permalink: fixed(indexFile(COUNTRIES_URL)) },
  { name: "country", layout: "pages/country.njk", list: "countryPages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "sources", layout: "pages/sources.njk", permalink: fixed(indexFile(SOURCES_URL)) },
  { name: "source", layout: "pages/source.njk", list: "sourcePages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "entity-year", layout: "pages/entity-year.njk", list: "entityYearPages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "archive", layout: "pages/archive.njk", permalink: fixed(indexFile(ARCHIVE_INDEX_URL)) },
  { name: "year", layout: "pages/year.njk", list: "yearPages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "month", layout: "pages/month.njk", list: "monthPages", alias: "entityPage", permalink: folderOf("entityPage.page.url") },
  { name: "feed", layout: "pages/feed.njk", list: "feeds", alias: "feed", permalink: (data) => safeOutputPath(field(data, "feed.url")) },
  { name: "json-feed", layout: "pages/json-feed.njk", list: "feeds", alias: "feed", permalink: (data) => safeOutputPath(field(data, "feed.jsonUrl")) },
  { name: "corrections", layout: "pages/corrections.njk", permalink: fixed(indexFile(CORRECTIONS_URL)) },
  { name: "corrections-feed", layout: "pages/corrections-feed.njk", permalink: fixed(CORRECTIONS_FEED_URL) },
  { name: "feeds", layout: "pages/feeds.njk", permalink: fixed(indexFile(FEEDS_URL)) },
  { name: "sitemap", layout: "pages/sitemap.njk", permalink: fixed(SITEMAP_URL) },
  { name: "news-sitemap", layout: "pages/news-sitemap.njk", permalink: fixed(NEWS_SITEMAP_URL) },
  { name: "robots", layout: "pages/robots.njk", permalink: fixed(ROBOTS_URL) },
  { name: "search", layout: "pages/search.njk", permalink: fixed(indexFile(SEARCH_URL)) },
  { name: "data", layout: "pages/data.njk", permalink: fixed(indexFile(DATA_URL)) },
  { name: "redirect", layout: "pages/redirect.njk", list: "redirects", alias: "redirect", permalink: folderOf("redirect.from") },
  { name: "redirects-file", layout: "pages/redirects-file.njk", permalink: fixed(REDIRECTS_FILE_URL) },
  { name: "headers-file", layout: "pages/headers-file.njk", permalink: fixed(HEADERS_FILE_URL) },
  { name: "not-found", layout: "pages/404.njk", permalink: fixed(NOT_FOUND_URL) },
  // Issue 16 part 5: the site's own pages, and the accent stylesheet (always written; linked only when site.yaml sets an accent).
  { name: "content-page", layout: "pages/content-page.njk", list: "contentPages", alias: "contentPage", permalink: folderOf("contentPage.url") },
  { name: "theme", layout: "pages/theme.njk", permalink: fixed(THEME_STYLESHEET_URL) },
];

/**
 * The pages one Eleventy run renders, by page kind: for a kind with a list,
 * the items to render; for a kind without one, `[true]` to render its page or
 * `[]`. A build renders its pages in slices, one Eleventy run each
 * (src/cli/render-slices.ts), so that no run holds the whole site's output;
 * an incremental build renders only the pages whose inputs changed. Every
 * page still reads the whole archive as `dateline`.
 */
export type PageSlice = Readonly<Record<string, readonly unknown[]>>;

/** Every page of `archive`: the slice of a build that renders all of them in one run. */
export function wholeSite(archive: object): PageSlice {
  const lists = archive as Record<string, unknown>;
  return Object.fromEntries(PAGE_KINDS.map((kind) => [kind.name, kind.list ? (lists[kind.list] as unknown[]) : [true]]));
}

/** Registers every page kind as a virtual Nunjucks template, each paginating over its part of `slice`. */
export function pagesPlugin(eleventyConfig: EleventyConfig, options: { slice: PageSlice }): void {
  // Frozen, so that Eleventy passes it as it is rather than deep-copying it (as the archive: plugin.ts).
  eleventyConfig.addGlobalData("datelineSlice", Object.freeze({ ...options.slice }));
  for (const kind of PAGE_KINDS) {
    const data: Record<string, unknown> = {
      // Eleventy calls a permalink function with the page's data (the alias set).
      permalink: (pageData: PageData) => kind.permalink(pageData),
      pageKind: kind.name,
      // Pages are listed by the archive, never through Eleventy collections:
      // keeping them out saves Eleventy sorting ten thousand entries per build.
      eleventyExcludeFromCollections: true,
      // A kind with no item in the slice renders no page (Eleventy's generatePageOnEmptyData is off).
      pagination: { data: `datelineSlice.${kind.name}`, size: 1, ...(kind.alias && { alias: kind.alias }) },
    };
    eleventyConfig.addTemplate(`dateline-${kind.name}.njk`, pageTemplate(kind), data);
  }
}

/** The virtual template of a page kind: its layout, included. */
export function pageTemplate(kind: PageKind): string {
  return `{% include "${kind.layout}" %}`;
}
