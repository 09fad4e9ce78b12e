/**
 * A disk cache of rendered article bodies, keyed by a hash of the body and the
 * pipeline's version, so a warm build skips remark for every unchanged article
 * and a pipeline change can never serve stale HTML.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PIPELINE_VERSION, type RenderedMarkdown } from "./pipeline.ts";

/** Where caches live unless DATELINE_CACHE_DIR says otherwise: beside the installed packages. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/dateline/", import.meta.url));

/** Renders of bodies by content hash, read from and written to one JSON file. */
export class RenderCache {
  private readonly file: string;
  private entries = new Map<string, RenderedMarkdown>();
  private readonly used = new Map<string, RenderedMarkdown>();
  private dirty = false;

  constructor(dir = process.env.DATELINE_CACHE_DIR || DEFAULT_CACHE_DIR) {
    this.file = path.join(dir, `markdown-v${PIPELINE_VERSION}.json`);
  }

  /** Reads the cache file; a missing or unreadable file is an empty cache, never an error. */
  load(): this {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, "utf8")) as Record<string, RenderedMarkdown>;
      this.entries = new Map(Object.entries(parsed));
    } catch {
      this.entries = new Map();
    }
    return this;
  }

  /** The cache key of a body: its hash together with the pipeline version. */
  static keyOf(body: string): string {
    return createHash("sha256").update(PIPELINE_VERSION).update("\0").update(body).digest("base64url");
  }

  /** Returns the cached render of `body`, or undefined. */
  get(key: string): RenderedMarkdown | undefined {
    const hit = this.used.get(key) ?? this.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  /** Stores the render of a body. */
  set(key: string, rendered: RenderedMarkdown): void {
    this.used.set(key, rendered);
    this.dirty = true;
  }

  /** Writes the renders used in this build (dropping ones no article uses any more), atomically. */
  save(): void {
    if (!this.dirty && this.used.size === this.entries.size) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(Object.fromEntries(this.used)));
      fs.renameSync(temp, this.file);
      this.entries = new Map(this.used);
      this.dirty = false;
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }
}
