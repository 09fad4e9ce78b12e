/**
 * A disk cache of rendered article bodies, keyed by a hash of the body and the
 * pipeline's version, so a warm build skips remark for every unchanged article
 * and a pipeline change can never serve stale HTML. The cache is also tied to
 * the installed packages and to the source of `src/markdown/` (see
 * cache-identity.ts): a new remark, or an edit to the pipeline that forgot to
 * bump PIPELINE_VERSION, starts a fresh cache rather than trusting old renders.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir, installedPackagesHash, sourceHash } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import { PIPELINE_VERSION, type RenderedMarkdown } from "./pipeline.ts";

export { DEFAULT_CACHE_DIR } from "../cache/cache-identity.ts";

const PIPELINE_SOURCE = fileURLToPath(new URL(".", import.meta.url));

/** Renders of bodies by content hash, read from and written to one file. */
export class RenderCache extends DiskCache<RenderedMarkdown> {
  /** A cache in `dir` for renders made by pipeline version `pipeline` (tests pass another version). */
  constructor(
    dir = cacheDir(),
    private readonly pipeline = PIPELINE_VERSION,
  ) {
    super(path.join(dir, `markdown-v${pipeline}.v8`), [pipeline, installedPackagesHash(), sourceHash(PIPELINE_SOURCE)].join("\0"));
  }

  /** The cache key of a body: its hash together with the pipeline version. */
  static keyOf(body: string, pipeline = PIPELINE_VERSION): string {
    return createHash("sha256").update(pipeline).update("\0").update(body).digest("base64url");
  }

  /** The key of a body for this cache's pipeline version. */
  keyOf(body: string): string {
    return RenderCache.keyOf(body, this.pipeline);
  }
}
