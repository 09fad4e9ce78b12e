/**
 * The preview's search index, kept up to date in the background. Pagefind
 * indexes a year's shard in seconds, still far longer than an edit takes to
 * show, so it never delays a reload: it starts once saves
 * have paused for a moment, one run at a time, always with the newest archive,
 * from a thread of its own (the dev server's event loop stays free), and
 * rebuilds only the shards (years) whose records changed: the others are
 * taken from the index being served or the cache.
 *
 * Each index is written beside the site and swapped in whole: a search in the
 * browser never meets half an index, and the files of earlier indexes (their
 * names change with their content) do not pile up.
 */
import fs from "node:fs";
import path from "node:path";
import type { Archive } from "../archive/model.ts";
import { SEARCH_BUNDLE_DIR } from "../search/search-index.ts";
import { writeSearchIndexInThread } from "../search/search-index-thread.ts";

type Indexed = Pick<Archive, "articles" | "people" | "site" | "strings">;

/** Background re-indexing of one site folder. */
export class SearchUpdates {
  private pending: Indexed | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  /**
   * @param outputDir the site folder the index is written into (`pagefind/` inside it)
   * @param quietMs how long saves must pause before indexing starts
   * @param log where to report a failure (the preview goes on without an up-to-date index)
   */
  constructor(
    private readonly outputDir: string,
    private readonly quietMs: number,
    private readonly log: (message: string) => void,
  ) {}

  /** Asks for the index of `archive`; a later request before indexing starts replaces it. */
  request(archive: Indexed): void {
    this.pending = archive;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, this.quietMs);
    this.timer.unref();
  }

  /** Resolves when every requested index has been written (or has failed and been reported). */
  async idle(): Promise<void> {
    while (this.timer || this.running || this.pending) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
      this.start();
      await this.running;
    }
  }

  private async index(archive: Indexed): Promise<void> {
    const staging = fs.mkdtempSync(path.join(path.dirname(this.outputDir), `.${path.basename(this.outputDir)}.search-`));
    try {
      // A shard's records are made when its turn comes: an edit applied in place while
      // Pagefind works may reach a later shard of this run, and the run it requests
      // makes every shard agree (each shard's key is of the records it was built from).
      // Only the shards of the years an edit touched are built again: the rest are
      // hard-linked from the index being served, whose files are never written in place.
      // In turns: the records of every year are made to key its shard, and an edit saved meanwhile must not wait for them.
      await writeSearchIndexInThread(staging, archive, { previousSite: this.outputDir, inTurns: true });
      const bundle = path.join(this.outputDir, SEARCH_BUNDLE_DIR);
      if (fs.existsSync(bundle)) fs.renameSync(bundle, path.join(staging, "previous"));
      fs.renameSync(path.join(staging, SEARCH_BUNDLE_DIR), bundle);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  private start(): void {
    if (this.running || !this.pending) return;
    const archive = this.pending;
    this.pending = undefined;
    this.running = this.index(archive).catch((error: Error) => this.log(`[dateline] search index not updated: ${error.message}`));
    void this.running.finally(() => {
      this.running = undefined;
      if (!this.timer) this.start();
    });
  }
}
