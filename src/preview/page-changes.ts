/**
 * Which pages differ between two archives: after a save that moves an article
 * between lists (new people, another date, a new or deleted article), the
 * preview rebuilds the archive, which takes about a second for 10,000
 * articles, and renders again only the pages whose data changed, rather than
 * all of them.
 *
 * A page that paginates over a list prints its item and `dateline.site` (and
 * `dateline.dir`, which follows from the site's language), and nothing else of
 * the archive (a unit test holds the layouts to that), so the
 * page is the same when its item holds the same data: compared with
 * `DataComparer`. Pages without a list (the A–Z indexes, the date index, the
 * sitemap, …) print the whole archive and are always rendered again; they are
 * a handful.
 *
 * A page of an entity's list (a person's, a country's, a year's, …) prints its
 * own items and the entity's name, counts and summaries, never the entity's
 * whole article list (a unit test holds the layouts to that too). Its data is
 * compared without that list: otherwise one changed article would render every
 * page of every list it is in, 150 pages for a country with 3,000 articles.
 */
import type { EntityPage } from "../archive/model.ts";
import { PAGE_KINDS } from "../eleventy/pages.ts";
import type { PageToWrite } from "./page-writer.ts";
import { DataComparer } from "./same-data.ts";

/** Page kinds whose item is one page of an entity's article list (`src/eleventy/pages.ts`). */
export const ENTITY_PAGE_KINDS: ReadonlySet<string> = new Set(["person", "country", "source", "entity-year", "year", "month"]);

/** Every page of an archive, by permalink (its path in the site folder). */
export type SitePages = Map<string, PageToWrite>;

/** What to do to the site folder to go from one archive's pages to another's. */
export interface PageChanges {
  /** Pages that are new, whose data changed, or that print the whole archive. */
  render: PageToWrite[];
  /** Permalinks of pages the new archive no longer has. */
  removed: string[];
}

/** Lists every page an archive makes, keyed by permalink. */
export function sitePages(archive: object, permalinkOf: (page: PageToWrite) => string): SitePages {
  const lists = archive as Record<string, unknown>;
  const pages: SitePages = new Map();
  for (const kind of PAGE_KINDS) {
    const jobs: PageToWrite[] = kind.list ? (lists[kind.list] as unknown[]).map((item) => ({ kind: kind.name, item })) : [{ kind: kind.name }];
    for (const job of jobs) pages.set(permalinkOf(job), job);
  }
  return pages;
}

/** The pages of `next` to render and the permalinks of `previous` to remove. */
export function pageChanges(previous: SitePages, next: SitePages): PageChanges {
  const comparer = new DataComparer();
  const render: PageToWrite[] = [];
  for (const [permalink, page] of next) {
    const before = previous.get(permalink);
    const unchanged = before !== undefined && page.item !== undefined && before.kind === page.kind && comparer.same(printedData(before), printedData(page));
    if (!unchanged) render.push(page);
  }
  const removed = [...previous.keys()].filter((permalink) => !next.has(permalink));
  return { render, removed };
}

/** The data a page prints: its item, but for an entity's page without the entity's whole article lists. */
export function printedData(page: PageToWrite): unknown {
  if (!ENTITY_PAGE_KINDS.has(page.kind)) return page.item;
  const { entity, page: list } = page.item as EntityPage<Record<string, unknown>>;
  return { page: list, entity: withoutArticleLists(entity, 3) };
}

/** A copy of a plain object without its `articles` lists, down to `depth` levels (a year holds months, which hold lists too). */
function withoutArticleLists(value: unknown, depth: number): unknown {
  if (depth === 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => withoutArticleLists(item, depth - 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== "articles") copy[key] = withoutArticleLists(item, depth - 1);
  return copy;
}
