/**
 * Runs the search index (`indexRecordsCached`) in a worker thread of its own.
 *
 * Pagefind is a separate process fed through a pipe by its Node API, which
 * waits for an answer to each batch of records. On the main thread those
 * answers sat behind Eleventy's page rendering, and Pagefind idled between
 * batches: at 10,000 articles the index took 25–30 s beside Eleventy against
 * ~15 s alone. A thread with an event loop of its own keeps Pagefind fed.
 */
import { Worker } from "node:worker_threads";
import type { Archive } from "../archive/model.ts";
import { SearchIndexError, searchRecords, type SearchIndexReport } from "./search-index.ts";

/** What the thread posts back: its report, or why indexing failed. */
export type SearchThreadReply = { report: SearchIndexReport; error?: undefined } | { error: string; report?: undefined };

const WORKER_ENTRY = new URL("./search-index-worker-boot.mjs", import.meta.url);

/** Writes (or copies from the cache) the search index of the archive into `<siteDir>/pagefind/`; rejects with SearchIndexError. */
export function writeSearchIndexInThread(
  siteDir: string,
  archive: Pick<Archive, "articles" | "people" | "site">,
  cacheDir?: string,
): Promise<SearchIndexReport> {
  const records = searchRecords(archive);
  return new Promise((resolve, reject) => {
    let settled = false;
    // A small young generation: the build runs Node with a large one for Eleventy's
    // sake (package.json), which this thread, mostly waiting on Pagefind, does not need.
    const worker = new Worker(WORKER_ENTRY, { execArgv: [], workerData: { siteDir, records, cacheDir }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    worker.once("message", (reply: SearchThreadReply) => {
      settled = true;
      if (reply.report) resolve(reply.report);
      else reject(new SearchIndexError(reply.error));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(new SearchIndexError(`Pagefind failed: ${error.message}`, { cause: error }));
    });
    worker.once("exit", () => {
      // Pagefind's Node API leaves its promises pending when its process dies:
      // the thread then runs out of work and ends without a word.
      if (!settled) reject(new SearchIndexError("Pagefind failed: its process ended without answering"));
    });
  });
}
