/**
 * The search-index thread: indexes the records it is sent with Pagefind (or
 * copies the cached bundle) and posts back what it did or why it failed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { indexRecordsCached, SearchIndexError, type SearchRecord } from "./search-index.ts";
import type { SearchThreadReply } from "./search-index-thread.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs only as a worker thread (search-index-thread.ts)");
const port = parentPort;
const { siteDir, records, cacheDir } = workerData as { siteDir: string; records: SearchRecord[]; cacheDir?: string };

let reply: SearchThreadReply;
try {
  reply = { report: await indexRecordsCached(siteDir, records, cacheDir) };
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  reply = { error: error instanceof SearchIndexError ? message : `Pagefind failed: ${message}` };
}
port.postMessage(reply);
