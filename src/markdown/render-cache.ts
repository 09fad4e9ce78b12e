/**
 * A disk cache of rendered article bodies, keyed by a hash of the body, so a
 * warm build skips remark for every unchanged article. The cache is tied to
 * the code that renders and to the installed packages (codeIdentity in
 * cache-identity.ts): a new remark, or any edit to the pipeline or the limits
 * it checks, starts a fresh cache rather than trusting old renders.
 *
 * It is kept in two parts so that loading it never holds every body: an index
 * of what lists print (excerpt, words, reading time, photos, video), one file
 * read whole, and the HTML and text of each body in the body store
 * (body-store.ts), read only when a page, a feed or the search index prints
 * them. A render from the cache is a StoredBody (stored-body.ts).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir, codeIdentity } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { ENGLISH_BODY_WORDS, type BodyWords } from "./body-html.ts";
import { BodyStore } from "./body-store.ts";
import { storedBody, summaryOf, type BodySummary, type StoredBody } from "./stored-body.ts";

/** The code whose output the cache holds: the render a worker runs, limits included. */
const RENDER_CODE = [new URL("./checked-render.ts", import.meta.url), new URL("./pipeline.ts", import.meta.url)];

/** Renders of bodies by content hash: summaries in one index file, HTML and text in the body store. */
export class RenderCache {
  private readonly index: DiskCache<BodySummary>;
  /** Where this code's bodies are: one folder per code identity, so another code's bodies are never read. */
  readonly store: BodyStore;
  private readonly bodiesDir: string;
  private onDisk = new Set<string>();

  /** A cache in `dir`, valid for renders made by the code `identity` names (tests pass another); `remember` keeps its index in memory for the next build in this process. */
  constructor(
    private readonly dir = cacheDir(),
    identity = codeIdentity(...RENDER_CODE),
    remember = false,
  ) {
    this.index = new DiskCache(path.join(dir, "markdown-index.v8"), identity, remember);
    this.bodiesDir = path.join(dir, "markdown-bodies");
    this.store = new BodyStore(path.join(this.bodiesDir, createHash("sha256").update(identity).digest("hex").slice(0, 16)));
  }

  /** Reads the index and lists the bodies on disk; an entry whose body is gone is a miss. */
  load(): this {
    this.index.load();
    this.onDisk = this.store.keys();
    return this;
  }

  /** The cache key of a body: a hash of it and of the words its HTML names things with (a French site's "Tableau"). */
  static keyOf(body: string, words: BodyWords = ENGLISH_BODY_WORDS): string {
    return createHash("sha256").update(JSON.stringify(words)).update("\0").update(body).digest("base64url");
  }

  /** The key of a body rendered with `words`. */
  keyOf(body: string, words: BodyWords = ENGLISH_BODY_WORDS): string {
    return RenderCache.keyOf(body, words);
  }

  /** The render stored under `key`, its HTML and text left on disk; undefined on a miss. */
  get(key: string): StoredBody | undefined {
    if (!this.onDisk.has(key)) return undefined;
    const summary = this.index.get(key);
    return summary && storedBody(this.store, key, summary);
  }

  /** Stores a render: its HTML and text go to disk, and the stored body that reads them back is returned. */
  set(key: string, rendered: RenderedMarkdown): StoredBody {
    this.store.write(key, rendered);
    this.onDisk.add(key);
    const summary = summaryOf(rendered);
    this.index.set(key, summary);
    return storedBody(this.store, key, summary);
  }

  /** Saves the index of the renders used since `load`, removes the bodies of the others and any other code's bodies. */
  save(): void {
    const dropped = this.index.save();
    this.store.remove(dropped);
    for (const key of dropped) this.onDisk.delete(key);
    try {
      for (const folder of fs.readdirSync(this.bodiesDir)) {
        if (path.join(this.bodiesDir, folder) !== this.store.dir) fs.rmSync(path.join(this.bodiesDir, folder), { recursive: true, force: true });
      }
      // The single-file cache of earlier versions held every body.
      fs.rmSync(path.join(this.dir, "markdown.v8"), { force: true });
    } catch {
      // Old files that cannot be removed only take space.
    }
  }
}
