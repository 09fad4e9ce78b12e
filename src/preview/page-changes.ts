/**
 * Which pages differ between two archives: after a save that moves an article
 * between lists (new people, another date, a new or deleted article), the
 * preview rebuilds the archive, which takes about a second for 10,000
 * articles, and renders again only the pages whose data changed, rather than
 * all of them.
 *
 * What a page prints is src/eleventy/site-pages.ts's to say (an incremental
 * build fingerprints the same data): a page of a list is the same when its
 * printed data is, compared with `DataComparer`; pages without a list print
 * the whole archive and are always rendered again (a handful).
 */
import { ENTITY_PAGE_KINDS, printedData, sitePages, type PageToWrite, type SitePages } from "../eleventy/site-pages.ts";
import { DataComparer } from "./same-data.ts";

export { ENTITY_PAGE_KINDS, printedData, sitePages, type SitePages };

/** What to do to the site folder to go from one archive's pages to another's. */
export interface PageChanges {
  /** Pages that are new, whose data changed, or that print the whole archive. */
  render: PageToWrite[];
  /** Permalinks of pages the new archive no longer has. */
  removed: string[];
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
