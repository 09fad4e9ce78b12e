/**
 * Runs the search index (`indexRecordsCached`) in a worker thread of its own.
 *
 * Pagefind is a separate process fed through a pipe by its Node API, which
 * waits for an answer to each batch of records. On the main thread those
 * answers sat behind Eleventy's page rendering, and Pagefind idled between
 * batches: at 10,000 articles the index took 25–30 s beside Eleventy against
 * ~15 s alone. A thread with an event loop of its own keeps Pagefind fed.
 */
import type { Archive } from "../archive/model.ts";
import { WorkerThread, WorkerThreadError } from "../threads/worker-thread.ts";
import { SearchIndexError, searchRecords, type SearchIndexReport, type SearchRecord } from "./search-index.ts";

/** What the thread is asked to do: index `records` into `<siteDir>/pagefind/`, with the cache in `cacheDir`. */
export interface SearchThreadRequest {
  siteDir: string;
  records: SearchRecord[];
  cacheDir?: string;
}

const WORKER_MODULE = new URL("./search-index-worker.ts", import.meta.url);

/** Writes (or copies from the cache) the search index of the archive into `<siteDir>/pagefind/`; rejects with SearchIndexError. */
export async function writeSearchIndexInThread(
  siteDir: string,
  archive: Pick<Archive, "articles" | "people" | "site" | "strings">,
  cacheDir?: string,
): Promise<SearchIndexReport> {
  const records = searchRecords(archive);
  // A small young generation: the build runs Node with a large one for Eleventy's
  // sake (package.json), which this thread, mostly waiting on Pagefind, does not need.
  const thread = new WorkerThread<SearchThreadRequest, SearchIndexReport>(WORKER_MODULE, {
    label: "search-index thread",
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  try {
    return await thread.request({ siteDir, records, cacheDir });
  } catch (error) {
    throw searchIndexError(error);
  } finally {
    await thread.terminate();
  }
}

/** Why the thread has no report, as a SearchIndexError (the worker already words the errors it throws). */
function searchIndexError(error: unknown): SearchIndexError {
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
