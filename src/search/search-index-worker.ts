/**
 * The search-index thread: places the shards it can without Pagefind
 * (hard-linked from the previous site or copied from the cache), then builds
 * the others, one request each, from the records sent; answers with what it
 * did, or throws why it failed, worded for the editor. The copying and
 * linking block this thread, not the build's.
 */
import { answerRequests } from "../threads/answer-requests.ts";
import { buildShard, reuseShard, SearchIndexError, type ShardResult } from "./search-index.ts";
import type { ShardRequest } from "./search-index-thread.ts";

answerRequests<ShardRequest, (ShardResult | null)[] | ShardResult>(async (request) => {
  try {
    if (request.kind === "reuse") return request.targets.map((target) => reuseShard(target) ?? null);
    return await buildShard(request.target, request.records);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
