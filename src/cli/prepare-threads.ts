/**
 * Makes sure the build's worker threads (Markdown rendering, the search
 * index, taking the last site's pages) start from compiled scripts, not through tsx: done once before a
 * build or a preview starts any thread. When the scripts are current (every
 * build after the first with this code) this only checks them; otherwise it
 * compiles them. A script that cannot be compiled leaves its threads to tsx.
 */
import { prepareThreadScript } from "../threads/thread-script.ts";

export async function prepareThreads(): Promise<void> {
  // Loaded here, not at the top: a build that finds nothing changed starts no thread.
  const [{ RENDER_WORKER }, { SEARCH_WORKER }, { TAKE_WORKER }] = await Promise.all([
    import("../markdown/render-pool.ts"),
    import("../search/search-index-thread.ts"),
    import("../build/take-in-thread.ts"),
  ]);
  await Promise.all([RENDER_WORKER, SEARCH_WORKER, TAKE_WORKER].map((module) => prepareThreadScript(module)));
}
