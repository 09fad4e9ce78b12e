/**
 * Every page an archive makes, and the data each page prints: what the live
 * preview compares after an edit (src/preview/page-changes.ts) and what an
 * incremental build fingerprints (src/build/page-keys.ts). One notion of "a
 * page's inputs" for both, so that the two can never disagree on which pages
 * an edit changes.
 *
 * A page that paginates over a list prints its item and the site's settings
 * (`dateline.site`, `dateline.dir`, `dateline.strings`, the logo and the
 * accent stylesheet), and nothing else of the archive: tests/unit/page-changes.test.ts
 * holds the layouts to that. A page of an entity's list (a person's, a
 * country's, a year's, …) prints its own items and the entity's name, counts
 * and summaries, never the entity's whole article list (held by the same
 * test), so its data is taken without that list: otherwise one changed article
 * would count as a change to every page of every list it is in, 150 pages for
 * a country with 3,000 articles. A page without a list (the A–Z indexes, the
 * date index, the sitemap, …) prints the site's settings and the parts of the
 * archive its layouts name (`ARCHIVE_PARTS`), without their entities' article
 * lists: the people index need not be rendered again when an article's body
 * changes.
 */
import type { EntityPage } from "../archive/model.ts";
import { PAGE_KINDS } from "./pages.ts";

/** One page to write: a page kind of `src/eleventy/pages.ts` and, for a kind that paginates over a list, the item (pagination alias) it shows. */
export interface PageToWrite {
  kind: string;
  item?: unknown;
}

/** Page kinds whose item is one page of an entity's article list (`src/eleventy/pages.ts`). */
export const ENTITY_PAGE_KINDS: ReadonlySet<string> = new Set(["person", "country", "source", "entity-year", "year", "month"]);

/** The fields of the archive a page of a list may print besides its item: the site's settings. */
export const SITE_FIELDS = ["site", "dir", "strings", "siteImages", "themeStylesheet"] as const;

/** Every page of an archive, by permalink (its path in the site folder). */
export type SitePages = Map<string, PageToWrite>;

const KINDS = new Map(PAGE_KINDS.map((kind) => [kind.name, kind]));

/** Where a page is written, relative to the site folder: its permalink (`/people/x/index.html`). */
export function permalinkOf(job: PageToWrite): string {
  const kind = KINDS.get(job.kind);
  if (!kind) throw new Error(`"${job.kind}" is not a page kind (src/eleventy/pages.ts)`);
  return kind.permalink(kind.alias ? { [kind.alias]: job.item } : {});
}

/** Lists every page an archive makes, keyed by permalink. */
export function sitePages(archive: object, permalink: (page: PageToWrite) => string = permalinkOf): SitePages {
  const lists = archive as Record<string, unknown>;
  const pages: SitePages = new Map();
  for (const kind of PAGE_KINDS) {
    const jobs: PageToWrite[] = kind.list ? (lists[kind.list] as unknown[]).map((item) => ({ kind: kind.name, item })) : [{ kind: kind.name }];
    for (const job of jobs) pages.set(permalink(job), job);
  }
  return pages;
}

/**
 * What each page without a list prints of the archive besides the site's
 * settings: dotted paths into the archive (`articles.length` is the count
 * alone, not the list), each taken without the article lists of the entities
 * it holds. tests/unit/page-changes.test.ts holds every layout such a page uses
 * to these: each `dateline…` it reads is one of them or below one, and none
 * reads an `articles` list. A kind missing here prints the whole archive.
 */
export const ARCHIVE_PARTS: Readonly<Record<string, readonly string[]>> = {
  people: ["articles.length", "people.length", "peopleByLetter", "peopleMostMentioned"],
  countries: ["articles.length", "countries.length", "countriesByLetter", "countryShading"],
  sources: ["sources"],
  archive: ["articles.length", "years"],
  corrections: ["corrections"],
  "corrections-feed": ["corrections"],
  feeds: ["corrections.feedUrl", "feeds"],
  sitemap: ["sitemap"],
  "news-sitemap": ["newsSitemap"],
  robots: [],
  search: ["articles.length"],
  data: [],
  "redirects-file": ["redirectRules"],
  "headers-file": ["headerRules"],
  "not-found": [],
  theme: [],
};

/** How deep an entity's article lists are taken out: a year holds months, which hold lists too. */
const ENTITY_DEPTH = 3;
/**
 * How deep below a part of the archive: a list of letter groups holds people
 * at the entity's own depth, so that a person's copy is the one its pages use.
 */
const PART_DEPTH = ENTITY_DEPTH + 3;

/**
 * Copies already made without article lists, by depth and object. One set for
 * all the pages of a build: a person's copy is then one object, shared by the
 * people index and the person's pages, which a digest sees once. (Not kept
 * between calls otherwise: the live preview edits the archive's lists in place.)
 */
export type ListlessCopies = Map<number, WeakMap<object, unknown>>;

/** The data a page without a list prints of `archive`, besides the site's settings: its parts, or the whole archive for a kind that names none. */
export function printedArchive(kind: string, archive: object, copies: ListlessCopies = new Map()): unknown {
  const parts = ARCHIVE_PARTS[kind];
  if (!parts) return archive;
  return parts.map((part) => [part, withoutArticleLists(valueAt(archive, part), PART_DEPTH, copies)]);
}

function valueAt(value: unknown, dottedPath: string): unknown {
  for (const key of dottedPath.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** The data a page of a list prints: its item, but for an entity's page without the entity's whole article lists. */
export function printedData(page: PageToWrite): unknown {
  if (!ENTITY_PAGE_KINDS.has(page.kind)) return page.item;
  const { entity, page: list } = page.item as EntityPage<Record<string, unknown>>;
  return { page: list, entity: printedEntity(entity) };
}

/** What the pages of an entity's list print of the entity: all of it but its article lists. */
export function printedEntity(entity: unknown, copies: ListlessCopies = new Map()): unknown {
  return withoutArticleLists(entity, ENTITY_DEPTH, copies);
}

/**
 * A plain object without its `articles` lists, down to `depth` levels (a year
 * holds months, which hold lists too). Only what holds such a list is copied:
 * the rest stays the archive's own object, which a digest has already seen.
 */
function withoutArticleLists(value: unknown, depth: number, copies: ListlessCopies): unknown {
  if (depth === 0 || typeof value !== "object" || value === null) return value;
  let atDepth = copies.get(depth);
  if (!atDepth) copies.set(depth, (atDepth = new WeakMap()));
  if (atDepth.has(value)) return atDepth.get(value);
  let result: unknown = value;
  if (Array.isArray(value)) {
    const items = value.map((item) => withoutArticleLists(item, depth - 1, copies));
    if (items.some((item, index) => item !== value[index])) result = items;
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    let changed = false;
    for (const [key, item] of Object.entries(value)) {
      if (key === "articles") changed = true;
      else changed = (copy[key] = withoutArticleLists(item, depth - 1, copies)) !== item || changed;
    }
    if (changed) result = copy;
  }
  atDepth.set(value, result);
  return result;
}
