/**
 * The search-index thread: places one shard per request (hard-linked from the
 * previous site or copied from the cache, or built by Pagefind from the
 * records sent) and answers with what it did, or throws why it failed, worded
 * for the editor. The copying and linking block this thread, not the build's.
 */
import { answerRequests } from "../threads/answer-requests.ts";
import { buildShard, reuseShard, SearchIndexError, type ShardResult } from "./search-index.ts";
import type { ShardRequest } from "./search-index-thread.ts";

answerRequests<ShardRequest, ShardResult | null>(async (request) => {
  try {
    if (request.kind === "reuse") return reuseShard(request.target) ?? null;
    return await buildShard(request.target, request.records);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
