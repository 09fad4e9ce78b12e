/**
 * The key of every page of an archive: a digest of everything the page is
 * rendered from, so that a page whose key is the one the last build recorded
 * renders to the same bytes and can be taken from the last site.
 *
 * A page is rendered from its data (src/eleventy/site-pages.ts says what a
 * page prints), the renderer (Dateline's page code, the layouts, the layout
 * overrides and the path prefix: `rendererKey`), and nothing else. A page of a
 * list prints its item and the site's settings; a page without a list prints
 * the site's settings and the parts of the archive its layouts name
 * (`printedArchive`).
 */
import { createHash } from "node:crypto";
import { PAGE_KINDS } from "../eleventy/pages.ts";
import type { EntityPage } from "../archive/model.ts";
import { ENTITY_PAGE_KINDS, permalinkOf, printedArchive, printedData, printedEntity, SITE_FIELDS, type ListlessCopies, type PageToWrite } from "../eleventy/site-pages.ts";
import { DataDigest } from "../util/data-digest.ts";

/** One page of the site and the key of its inputs. */
export interface KeyedPage {
  job: PageToWrite;
  key: string;
}

/** The keys of an archive's pages, and of the archive as a whole (what the open data is made from). */
export interface ArchiveKeys {
  pages: Map<string, KeyedPage>;
  archiveKey: string;
  /** The digest the keys were made with: it remembers every large object of the archive, so other parts of the site are keyed cheaply from it. */
  digest: DataDigest;
}

/** Every page of `archive` by permalink, each with its key, for a renderer with key `rendererKey` (`digest` may have seen parts of the archive already). */
export function pageKeys(archive: object, rendererKey: string, digest = new DataDigest()): ArchiveKeys {
  const lists = archive as Record<string, unknown>;
  const site = digest.of(SITE_FIELDS.map((field) => lists[field]));
  // An entity's pages all print the same of it: digested once per entity, not once per page (a copy per page would never be remembered).
  const entities = new Map<unknown, string>();
  const copies: ListlessCopies = new Map();
  const dataOf = (job: PageToWrite): string => {
    if (!ENTITY_PAGE_KINDS.has(job.kind)) return digest.of(printedData(job));
    const { entity, page } = job.item as EntityPage<unknown>;
    let entityDigest = entities.get(entity);
    if (entityDigest === undefined) entities.set(entity, (entityDigest = digest.of(printedEntity(entity, copies))));
    return keyOf(digest.of(page), entityDigest);
  };
  const pages = new Map<string, KeyedPage>();
  for (const kind of PAGE_KINDS) {
    if (kind.list) {
      for (const item of lists[kind.list] as unknown[]) {
        const job = { kind: kind.name, item };
        pages.set(permalinkOf(job), { job, key: keyOf(rendererKey, kind.name, site, dataOf(job)) });
      }
    } else {
      const job = { kind: kind.name };
      pages.set(permalinkOf(job), { job, key: keyOf(rendererKey, kind.name, site, digest.of(printedArchive(kind.name, archive, copies))) });
    }
  }
  // Last: by now the items of every list are remembered, and only the archive's own lists are left to digest.
  return { pages, archiveKey: keyOf(digest.of(archive)), digest };
}

function keyOf(...parts: string[]): string {
  return createHash("sha1").update(parts.join("\0")).digest("base64url");
}
