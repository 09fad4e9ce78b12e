/**
 * The search-index thread: indexes the records it is sent with Pagefind (or
 * copies the cached bundle) and answers with what it did, or throws why it
 * failed, worded for the editor.
 */
import { answerRequests } from "../threads/answer-requests.ts";
import { indexRecordsCached, SearchIndexError, type SearchIndexReport } from "./search-index.ts";
import type { SearchThreadRequest } from "./search-index-thread.ts";

answerRequests<SearchThreadRequest, SearchIndexReport>(async ({ siteDir, records, cacheDir }) => {
  try {
    return await indexRecordsCached(siteDir, records, cacheDir);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
