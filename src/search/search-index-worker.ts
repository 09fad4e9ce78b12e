/**
 * The search-index thread: places the shards it can without Pagefind
 * (hard-linked from the previous site or copied from the cache), then builds
 * the others, one request each, from the records sent; answers with what it
 * did, or throws why it failed, worded for the editor. The copying and
 * linking block this thread, not the build's.
 */
import { answerRequests } from "../threads/answer-requests.ts";
import { buildShard, cacheShard, reuseShard, SearchIndexError, type ShardResult } from "./search-index.ts";
import type { ShardRequest } from "./search-index-thread.ts";

/**
 * The shard being built, if any: builds run one after another (one Pagefind
 * process at a time), but the next shard's records may already wait here, so
 * Pagefind goes on as soon as a shard is done rather than when the build's
 * main thread, busy rendering pages, gets round to sending them.
 */
let building: Promise<unknown> = Promise.resolve();
/** The shards built and still being copied into the cache: the copies go on while Pagefind builds the next shard. */
let caching: Promise<unknown> = Promise.resolve();

answerRequests<ShardRequest, (ShardResult | null)[] | ShardResult | null>(async (request) => {
  try {
    if (request.kind === "reuse") return request.targets.map((target) => reuseShard(target) ?? null);
    if (request.kind === "cached") {
      await caching;
      return null;
    }
    const built = building.then(() => buildShard(request.target, request.records));
    building = built.catch(() => undefined);
    const result = await built;
    // Copied once the next shard's Pagefind has started (it was sent one ahead), so the copy
    // overlaps that process's start rather than delaying it.
    if (result.outcome === "built") caching = caching.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => cacheShard(request.target));
    return result;
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
