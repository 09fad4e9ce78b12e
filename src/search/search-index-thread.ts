/**
 * Runs the search index, shard by shard, in a worker thread of its own.
 *
 * Pagefind is a separate process fed through a pipe by its Node API, which
 * waits for an answer to each batch of records. On the main thread those
 * answers sat behind Eleventy's page rendering, and Pagefind idled between
 * batches: at 10,000 articles the index took 25–30 s beside Eleventy against
 * ~15 s alone. A thread with an event loop of its own keeps Pagefind fed.
 */
import fs from "node:fs";
import path from "node:path";
import type { Archive, ArticleView } from "../archive/model.ts";
import type { DataDigest } from "../util/data-digest.ts";
import { WorkerThread, WorkerThreadError } from "../threads/worker-thread.ts";
import {
  SEARCH_BUNDLE_DIR,
  SearchIndexError,
  searchIndexIdentity,
  mayHaveCachedShard,
  mayReuseShard,
  searchRecordMaker,
  type SearchIndexReport,
  type SearchRecord,
  type ShardResult,
  type ShardTarget,
} from "./search-index.ts";
import { articlesByYear, readShardManifest, shardKey, shardPath, writeShardManifest, type ShardEntry } from "./search-shards.ts";

/** What the thread is asked to do for one shard: place it without Pagefind if it can, or build it from `records`. */
export type ShardRequest =
  | { kind: "reuse"; targets: ShardTarget[] }
  | { kind: "build"; target: ShardTarget; records: SearchRecord[] }
  /** Answered once every shard built so far is in the cache (the thread copies them while it builds the next). */
  | { kind: "cached" };

/** Where the shards may come from besides Pagefind. */
export interface SearchIndexOptions {
  cacheDir?: string;
  /** The last good site (the output folder before the swap): its unchanged shards are hard-linked. May be missing or foreign. */
  previousSite?: string;
  /**
   * Known shard keys: a shard's key is a hash of its records, and making the
   * records of every shard reads every article's text from the body store. A
   * build passes the digest its page keys were made with (which has seen every
   * view) and what its last build learnt: the key of the records made from
   * each set of views. A shard whose views' digest is known takes that key
   * without its records being made. The report gives the mapping for every
   * shard of this build, for the next.
   */
  knownKeys?: { digest: DataDigest; byViews: ReadonlyMap<string, string> };
  /**
   * Make the records a few hundred at a time, letting other work run in
   * between: for the preview, whose edits (and the dev server) share this
   * thread, and whose search updates make every record of the archive to key
   * its shards. A build makes them at once, before it goes on to its pages.
   */
  inTurns?: boolean;
}

/** Records made between two turns of the event loop, with `inTurns`. */
const RECORDS_PER_TURN = 200;

/** The key of a shard not yet keyed: set when its records are made (a key is a hash, never empty). */
const UNKNOWN_KEY = "";

/** The module the search-index thread runs. */
export const SEARCH_WORKER = new URL("./search-index-worker.ts", import.meta.url);

/**
 * Writes the search index of the archive into `<siteDir>/pagefind/`: one shard
 * per year, each hard-linked from `previousSite`, copied from the cache or
 * built by Pagefind, then `shards.json`. Rejects with SearchIndexError.
 *
 * A shard's records are made year by year, and sent to the thread only when
 * Pagefind must run: never the whole archive's records at once. Without
 * `inTurns`, the grouping by year and every shard's key are taken as the call
 * starts, before its first await, and so is the first shard to build sent.
 */
export async function writeSearchIndexInThread(
  siteDir: string,
  archive: Pick<Archive, "articles" | "people" | "site" | "strings">,
  options: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const started = performance.now();
  const years = articlesByYear(archive.articles);
  const recordOf = searchRecordMaker(archive);
  const bundle = path.join(siteDir, SEARCH_BUNDLE_DIR);
  const previousBundle = options.previousSite ? path.join(options.previousSite, SEARCH_BUNDLE_DIR) : undefined;
  const previous = previousBundle ? readShardManifest(previousBundle) : undefined;
  const identity = searchIndexIdentity();
  const known = options.knownKeys;
  const shared = known?.digest.of([identity, archive.site.language, archive.strings, archive.people.map((person) => [person.url, person.aliases])]);
  const viewsKeyOf = (articles: readonly ArticleView[]) => (known ? `${shared}\0${known.digest.of(articles)}` : "");
  // Without `inTurns`, records and keys are made without an await: an await, even of a
  // made value, hands the thread back to the caller (a build, which plans its pages next).
  const recordsInTurns = async (articles: readonly ArticleView[]): Promise<SearchRecord[]> => {
    const records: SearchRecord[] = [];
    for (let start = 0; start < articles.length; start += RECORDS_PER_TURN) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const article of articles.slice(start, start + RECORDS_PER_TURN)) records.push(recordOf(article));
    }
    return records;
  };
  const keyOf = (articles: readonly ArticleView[]): string => known?.byViews.get(viewsKeyOf(articles)) ?? shardKey(identity, articles.map(recordOf));
  const report: SearchIndexReport = { records: 0, milliseconds: 0, shards: { built: 0, linked: 0, cached: 0 }, ...(options.knownKeys && { keysByViews: new Map() }) };
  const entries: ShardEntry[] = [];
  fs.rmSync(bundle, { recursive: true, force: true });
  fs.mkdirSync(bundle, { recursive: true });
  // A small young generation: the build runs Node with a large one for Eleventy's
  // sake (package.json), which this thread, mostly waiting on Pagefind, does not need.
  const thread = new WorkerThread<ShardRequest, (ShardResult | null)[] | ShardResult | null>(SEARCH_WORKER, {
    label: "search-index thread",
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  try {
    // Every shard's key first, in one pass (each year's records made and dropped in turn).
    // Without `inTurns` this makes no turn of the event loop: a build's keys are all taken before its pages are planned.
    const targets: ShardTarget[] = [];
    for (const [year, articles] of years) {
      // A year that neither the last site nor the cache has in any version is built whatever its
      // key (a cold build): its records are made once, when sent, and keyed then.
      const known = previous?.shards.some((shard) => shard.year === year) || mayHaveCachedShard(year, options.cacheDir);
      const key = !known ? UNKNOWN_KEY : options.inTurns ? shardKey(identity, await recordsInTurns(articles)) : keyOf(articles);
      const listed = known ? previous?.shards.find((shard) => shard.year === year && shard.key === key && shard.path === shardPath(year)) : undefined;
      targets.push({
        year,
        key,
        dir: path.join(bundle, shardPath(year)),
        cacheDir: options.cacheDir,
        previous: listed && previousBundle ? { dir: path.join(previousBundle, shardPath(year)), files: listed.files, bytes: listed.bytes } : undefined,
      });
    }
    // The shards to build are sent one ahead: the thread builds them one at a time, and
    // starts the next as soon as one is done (search-index-worker.ts). Never more than
    // two shards' records are held at once.
    const toBuild: number[] = [];
    const sent = new Map<number, Promise<ShardResult>>();
    let next = 0;
    // One sending at a time (with `inTurns` it waits between records); without `inTurns` it is done when called.
    let sending: Promise<void> | undefined;
    const fill = async () => {
      while (next < toBuild.length && sent.size < 2) {
        const i = toBuild[next++]!;
        const target = targets[i]!;
        // Made again, so keyed again: an edit applied in place meanwhile (the preview)
        // must not leave a bundle cached or listed under the key of other records.
        const articles = years.get(target.year)!;
        const records = options.inTurns ? await recordsInTurns(articles) : articles.map(recordOf);
        target.key = shardKey(identity, records);
        const answer = thread.request({ kind: "build", target, records }) as Promise<ShardResult>;
        // Awaited below in its turn; a failure of an earlier shard ends the thread first.
        answer.catch(() => undefined);
        sent.set(i, answer);
      }
    };
    const send = (): Promise<void> => (sending ??= fill().finally(() => (sending = undefined)));
    // A shard that neither the last site nor the cache can give is sent to Pagefind at
    // once, before this call first waits: the build's main thread goes on to its pages
    // and answers nothing for a while, and Pagefind is the longest step of an edit.
    const reusable = targets.map((target) => target.key !== UNKNOWN_KEY && mayReuseShard(target));
    toBuild.push(...targets.flatMap((_, i) => (reusable[i] ? [] : [i])));
    void send();
    // Then one request placing all the others (each answer waits for a turn of the main
    // thread, so they are not asked for one by one); one that cannot be placed after all
    // (its files changed, its cache entry went) is built too.
    const asked = targets.flatMap((_, i) => (reusable[i] ? [i] : []));
    const reused = asked.length === 0 ? [] : ((await thread.request({ kind: "reuse", targets: asked.map((i) => targets[i]!) })) as (ShardResult | null)[]);
    const placed = new Map<number, ShardResult>();
    asked.forEach((i, n) => {
      const result = reused[n];
      if (result) placed.set(i, result);
      else toBuild.push(i);
    });
    for (const i of toBuild) {
      while (!sent.has(i)) await send();
      placed.set(i, await sent.get(i)!);
      sent.delete(i);
    }
    // The bundle is not complete for the caller until the cache is: the caller may move the site folder next.
    if (toBuild.length > 0) await thread.request({ kind: "cached" });
    for (const [i, target] of targets.entries()) {
      const articles = years.get(target.year)!;
      const result = placed.get(i)!;
      report.shards[result.outcome]++;
      // The views were not edited meanwhile (a build's never are): their digest names these records.
      report.keysByViews?.set(viewsKeyOf(articles), target.key);
      report.records += articles.length;
      entries.push({ year: target.year, path: shardPath(target.year), key: target.key, records: articles.length, files: result.files, bytes: result.bytes });
    }
  } catch (error) {
    throw searchIndexError(error);
  } finally {
    await thread.terminate();
  }
  writeShardManifest(bundle, { version: 1, shards: entries });
  report.milliseconds = performance.now() - started;
  return report;
}

/** The build's log line of a report: how many articles, and how many shards were built, linked, copied from the cache. */
export function describeSearchIndex(report: SearchIndexReport): string {
  const { built, linked, cached } = report.shards;
  const unchanged = built === 0 && linked + cached > 0 ? " (unchanged, reused)" : "";
  const shards = built + linked + cached;
  return `${report.records} articles${unchanged}, ${shards} shard${shards === 1 ? "" : "s"}: ${built} built, ${linked} linked, ${cached} from cache, in ${(report.milliseconds / 1000).toFixed(2)} s`;
}

/** Why the thread has no report, as a SearchIndexError (the worker already words the errors it throws). */
function searchIndexError(error: unknown): SearchIndexError {
  if (error instanceof SearchIndexError) return error;
  if (!(error instanceof WorkerThreadError)) return new SearchIndexError(`Pagefind failed: ${String(error)}`, { cause: error });
  switch (error.kind) {
    case "thrown":
      return new SearchIndexError(error.message);
    case "exited":
      // Pagefind's Node API leaves its promises pending when its process dies:
      // the thread then runs out of work and ends without a word.
      return new SearchIndexError("Pagefind failed: its process ended without answering", { cause: error });
    default:
      return new SearchIndexError(`Pagefind failed: ${error.reason}`, { cause: error });
  }
}
