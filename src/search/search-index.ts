/**
 * The search index: Pagefind, fed from the archive rather than from the
 * built HTML.
 *
 * Each article becomes one Pagefind custom record holding what a reader
 * searches for (headline, summary, body text, and the people and places it
 * names, with every other spelling of each person), so a search for an alias
 * finds the canonical person's articles. Only articles are indexed: lists and
 * entity pages would only repeat them. Records skip HTML parsing and reading
 * the site back from disk; filters (person, country, source, year) and the
 * date sort key come straight from the archive.
 *
 * The people and places lines are there to be found, not read: they come last
 * in `content`, and `meta.excerptStart`/`excerptEnd` say which words lie
 * between the headline and them, so the search page
 * (`public/search-excerpt.js`) makes excerpts from the article's own words. The search page shows every string as text (titles, meta,
 * filter values, excerpts: it builds DOM nodes, never HTML), so the record
 * holds names as written; filter keys are fixed words the page's address
 * uses (`?person=…`), not interface text. `tests/browser/search-hostile.test.ts`
 * holds it: nothing a name contains runs, and nothing is escaped twice.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { Archive, ArticleView } from "../archive/model.ts";
import { codeIdentity } from "../cache/cache-identity.ts";
import { ENGLISH_STRINGS, type InterfaceStrings } from "../i18n/interface-strings.ts";
import { translate } from "../i18n/translate.ts";
import { hasAnyCachedDirectory, hasCachedDirectory, restoreCachedDirectory, storeCachedDirectory } from "../cache/directory-cache.ts";
import { unique } from "../util/collections.ts";
import { folderSize, linkShard, type FolderSize } from "./shard-files.ts";

/** Folder of the search bundle inside the site (its shards and their list); the search page loads it from here. */
export const SEARCH_BUNDLE_DIR = "pagefind";

/** The filter keys of every record, in the order the search page shows them; also the address's parameter names. */
export const SEARCH_FILTERS = ["person", "country", "source", "year"] as const;

/** Pagefind's word separator (its `pagefind.js` splits `content` with it to place highlights); counts words the way it does. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** One Pagefind custom record, as `index.addCustomRecord` takes it. */
export interface SearchRecord {
  /** Site-relative URL without the path prefix: Pagefind's UI adds the prefix it was loaded from. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** What indexing did, for the build's log and for measuring. */
export interface SearchIndexReport {
  records: number;
  milliseconds: number;
  /** How many shards Pagefind built, were hard-linked from the previous site, were copied from the cache. */
  shards: Record<ShardOutcome, number>;
  /** With `knownKeys`: each shard's key by the digest of its views, for the next build. */
  keysByViews?: Map<string, string>;
}

/**
 * Records sent to Pagefind before waiting for its answers. Sending all at once
 * is no faster (Pagefind's process works through them one by one) but holds
 * every encoded message in memory at the same time: ~150 MB at 10,000 articles.
 */
const RECORDS_PER_BATCH = 500;

/** A failure of the Pagefind step; the build stops and the last good site stays. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** One record per published article, newest first. */
export function searchRecords(archive: Pick<Archive, "articles" | "people" | "site" | "strings">): SearchRecord[] {
  return archive.articles.map(searchRecordMaker(archive));
}

/** Makes the record of an article of `archive`: records are made shard by shard, never all at once. */
export function searchRecordMaker(archive: Pick<Archive, "people" | "site" | "strings">): (article: ArticleView) => SearchRecord {
  const aliasesByUrl = new Map(archive.people.map((person) => [person.url, person.aliases]));
  // Every shard in the site's language: Pagefind's UI searches the index of the
  // page's language, so an article in another language must not get its own.
  const language = archive.site.language.toLowerCase();
  return (article) => searchRecord(article, language, aliasesByUrl, archive.strings);
}

/** The record of one article; `aliasesByUrl` gives each person page's other spellings. */
export function searchRecord(
  article: ArticleView,
  language: string,
  aliasesByUrl: Map<string, string[]>,
  strings: InterfaceStrings = ENGLISH_STRINGS,
): SearchRecord {
  const people = article.people.map((person) => {
    const aliases = aliasesByUrl.get(person.url) ?? [];
    return aliases.length > 0 ? translate(strings, "search.record.alsoWritten", { name: person.name, aliases: aliases.join(", ") }) : person.name;
  });
  const places = article.places.map((place) => (place.country ? `${place.name}, ${place.country.name}` : place.name));
  const countries = unique(
    article.places.flatMap((place) => (place.country ? [place.country.name] : place.url ? [place.name] : [])),
  );
  const text = [
    article.title,
    article.summary ?? "",
    article.text,
    // A reader who remembers a correction ("the minister's name was misspelled") finds the article by it.
    ...article.corrections.map((correction) => correction.text),
  ].filter((part) => part.trim() !== "");
  const indexOnly = [
    people.length > 0 ? translate(strings, "search.record.people", { names: people.join("; ") }) : "",
    places.length > 0 ? translate(strings, "search.record.places", { names: places.join("; ") }) : "",
  ].filter((part) => part !== "");
  const readable = text.join("\n\n");
  const filters: Record<(typeof SEARCH_FILTERS)[number], string[]> = {
    person: article.people.map((person) => person.name),
    country: countries,
    source: [article.source.name],
    year: [String(article.date.year)],
  };
  return {
    url: article.url,
    content: [readable, ...indexOnly].join("\n\n"),
    language,
    // Where the readable words lie (after the headline, before the index-only lines), for the excerpt.
    meta: {
      title: article.title,
      date: article.dateText,
      source: article.source.name,
      excerptStart: String(countWords(article.title)),
      excerptEnd: String(countWords(readable)),
    },
    filters,
    // The article's own year, then the instant as ISO 8601 in UTC (which sorts as text in time order,
    // whatever offset it was written with): the index is sharded by that year, and year after year
    // is the order the search page gives merged shards, so one index and merged shards agree.
    sort: { date: `${article.date.year}/${new Date(article.date.instant).toISOString()}` },
  };
}

/** Words in `text` as Pagefind numbers them for highlights. */
export function countWords(text: string): number {
  return text.split(WORD_SEPARATORS).filter((word) => word !== "").length;
}

/** How a shard came into the new site. */
export type ShardOutcome = "built" | "linked" | "cached";

/** Where one shard goes and what it is made of; `previous` is the same year's shard of the previous site, listed with this key. */
export interface ShardTarget {
  year: number;
  key: string;
  /** The shard's folder in the new site (`<site>/pagefind/<year>/`), not yet there. */
  dir: string;
  cacheDir?: string;
  previous?: { dir: string } & FolderSize;
}

/** What placing one shard did, and the size of what it placed (for `shards.json`). */
export interface ShardResult extends FolderSize {
  outcome: ShardOutcome;
}

/**
 * The inputs of every shard besides its records: this module (and what it
 * imports) and Pagefind's version. Pagefind's output depends on nothing else.
 */
export function searchIndexIdentity(): string[] {
  return [codeIdentity(THIS_MODULE), ...pagefindIdentity()];
}

/**
 * Places a shard without running Pagefind: hard-linked from the previous site
 * when it lists the same key and its files are all there, else copied from
 * the cache. Undefined when neither has it: the caller then sends the records.
 */
export function reuseShard(target: ShardTarget): ShardResult | undefined {
  fs.rmSync(target.dir, { recursive: true, force: true });
  const previous = target.previous;
  if (previous && linkShard(previous.dir, target.dir, previous)) return { outcome: "linked", files: previous.files, bytes: previous.bytes };
  if (restoreCachedDirectory(shardCacheName(target.year), target.key, target.dir, target.cacheDir)) {
    const size = folderSize(target.dir);
    if (size) return { outcome: "cached", ...size };
  }
  return undefined;
}

/** True when the cache holds a shard of `year`, for some records: only then is it worth making every record of the year to learn its key up front. */
export function mayHaveCachedShard(year: number, cacheDir?: string): boolean {
  return hasAnyCachedDirectory(shardCacheName(year), cacheDir);
}

/** True when `reuseShard` may place the shard without Pagefind: the last site lists it with this key, or the cache has it. */
export function mayReuseShard(target: ShardTarget): boolean {
  return target.previous !== undefined || hasCachedDirectory(shardCacheName(target.year), target.key, target.cacheDir);
}

/**
 * Builds a shard with Pagefind (one process, closed before the next shard
 * starts, so none holds more than a year), unless the cache has it after all.
 * The thread caches what Pagefind wrote afterwards (`cacheShard`): Pagefind is
 * the slowest step of a build, and the next build with the same records copies it.
 */
export async function buildShard(target: ShardTarget, records: SearchRecord[]): Promise<ShardResult> {
  const cached = restoreCachedDirectory(shardCacheName(target.year), target.key, target.dir, target.cacheDir);
  if (!cached) await indexWithPagefind(target.dir, records);
  const size = folderSize(target.dir);
  if (!size) throw new SearchIndexError(`Pagefind wrote something other than files into ${target.dir}`);
  return { outcome: cached ? "cached" : "built", ...size };
}

/** Caches a shard Pagefind just built; never fails (a lost cache entry only costs time later). */
export function cacheShard(target: ShardTarget): void {
  storeCachedDirectory(shardCacheName(target.year), target.key, target.dir, target.cacheDir);
}

/** One cache entry per year: an older entry of that year would only be reused after a revert. */
function shardCacheName(year: number): string {
  return `search-shard-${year}`;
}

const THIS_MODULE = fileURLToPath(import.meta.url);
const PAGEFIND_PACKAGE = fileURLToPath(new URL("../../node_modules/pagefind/package.json", import.meta.url));

/**
 * Which Pagefind makes the bundle, for the cache key: its version (also when
 * npm's record of installed packages is missing) and the binaries Pagefind's
 * own environment variables may put in its place.
 */
function pagefindIdentity(): string[] {
  let version = "unknown";
  try {
    version = String(JSON.parse(fs.readFileSync(PAGEFIND_PACKAGE, "utf8")).version);
  } catch {
    // Installed elsewhere: the installed-packages hash in the key still covers it.
  }
  return [version, process.env.PAGEFIND_BINARY_PATH ?? "", process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? ""];
}

async function indexWithPagefind(outputPath: string, records: SearchRecord[]): Promise<void> {
  try {
    await failIfPagefindVanishes(indexRecords(outputPath, records));
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

async function indexRecords(outputPath: string, records: SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  const failed: string[] = [];
  for (let start = 0; start < records.length; start += RECORDS_PER_BATCH) {
    const batch = records.slice(start, start + RECORDS_PER_BATCH);
    // A batch is sent together: Pagefind's service answers each message on its
    // own, and a round trip per article would dominate on large archives.
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    added.forEach((response, i) => failed.push(...response.errors.map((error) => `${batch[i]!.url}: ${error}`)));
  }
  if (failed.length > 0) throw new SearchIndexError(`Pagefind refused ${failed.length} article(s):\n${failed.slice(0, 10).join("\n")}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  await index.deleteIndex();
}

/**
 * Pagefind's Node API does not notice when its process ends without a reply
 * (it then leaves its promises pending, and Node, with nothing left to wait
 * for, exits 0 as if the build had succeeded). If the event loop runs dry
 * while indexing, that is what happened: fail instead.
 */
function failIfPagefindVanishes<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () => reject(new SearchIndexError("Pagefind failed: its process ended without answering"));
    process.once("beforeExit", stalled);
    work.then(resolve, reject).finally(() => process.off("beforeExit", stalled));
  });
}
