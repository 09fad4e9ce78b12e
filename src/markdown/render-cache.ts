/**
 * A disk cache of rendered article bodies, keyed by a hash of the body, so a
 * warm build skips remark for every unchanged article. The cache is tied to
 * the code that renders and to the installed packages (codeIdentity in
 * cache-identity.ts): a new remark, or any edit to the pipeline or the limits
 * it checks, starts a fresh cache rather than trusting old renders.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { cacheDir, codeIdentity } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { ENGLISH_BODY_WORDS, type BodyWords } from "./body-html.ts";

/** The code whose output the cache holds: the render a worker runs, limits included. */
const RENDER_CODE = [new URL("./checked-render.ts", import.meta.url), new URL("./pipeline.ts", import.meta.url)];

/** Renders of bodies by content hash, read from and written to one file. */
export class RenderCache extends DiskCache<RenderedMarkdown> {
  /** A cache in `dir`, valid for renders made by the code `identity` names (tests pass another). */
  constructor(dir = cacheDir(), identity = codeIdentity(...RENDER_CODE)) {
    super(path.join(dir, "markdown.v8"), identity);
  }

  /** The cache key of a body: a hash of it and of the words its HTML names things with (a French site's "Tableau"). */
  static keyOf(body: string, words: BodyWords = ENGLISH_BODY_WORDS): string {
    return createHash("sha256").update(JSON.stringify(words)).update("\0").update(body).digest("base64url");
  }

  /** The key of a body rendered with `words`. */
  keyOf(body: string, words: BodyWords = ENGLISH_BODY_WORDS): string {
    return RenderCache.keyOf(body, words);
  }
}
