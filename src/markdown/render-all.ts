/**
 * Renders many article bodies: from the disk cache when the body is unchanged,
 * otherwise in render threads (one for a few new bodies, one per core for
 * many), never on the main thread, so that the time limit can stop any body.
 * A body that cannot be rendered (nested too deep, too slow) becomes a
 * problem naming its file; the others render as usual.
 */
import type { Problem } from "../problems/problems.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { RenderCache } from "./render-cache.ts";
import { ENGLISH_BODY_WORDS, type BodyWords } from "./body-html.ts";
import type { RenderFailure } from "./render-outcome.ts";
import type { Rendered } from "./stored-body.ts";
import { DEFAULT_GROW_AFTER, RenderPool } from "./render-pool.ts";

/** New bodies from which every render thread is started rather than one (starting threads costs more than it saves for a few). */
export const POOL_THRESHOLD = DEFAULT_GROW_AFTER;

/** Options for a BodyRenderer. */
export interface BodyRendererOptions {
  /** Start every thread once this many bodies miss the cache (default POOL_THRESHOLD; Infinity: one thread). */
  poolThreshold?: number;
  /** Most threads (default: one per core, or DATELINE_RENDER_THREADS). */
  poolSize?: number;
  /** Longest one body may render (default: DATELINE_RENDER_TIME_LIMIT_MS, else DEFAULT_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /** A pool started before the renderer (`startRenderPool`), which it then renders with and closes; the options above are then that pool's. */
  pool?: RenderPool;
}

/** Where a body comes from, for the problem when it cannot be rendered. */
export interface BodySource {
  /** Absolute path of the article file. */
  file: string;
  /** The line of the file the body starts on (1-based), when known. */
  line?: number;
}

/** Every body's render in `add` order (undefined when it failed), and the problems of those that failed. */
export interface RenderedBodies {
  renders: (Rendered | undefined)[];
  problems: Problem[];
}

/**
 * Collects bodies as they are read (`add`) and renders them meanwhile, so that
 * threads render while the main thread is still reading and validating files;
 * `finish` returns every render in the order the bodies were added.
 */
export class BodyRenderer {
  private readonly renders: (Rendered | undefined)[] = [];
  private readonly problems: Problem[] = [];
  private readonly inPool: Promise<void>[] = [];
  private pool: RenderPool | undefined;
  private fromCache = 0;
  private rendered = 0;

  constructor(
    private readonly cache: RenderCache | undefined,
    private readonly options: BodyRendererOptions = {},
    /** The site language's words for what the HTML adds (section links, tables, task checkboxes). */
    private readonly words: BodyWords = ENGLISH_BODY_WORDS,
  ) {
    this.pool = options.pool;
  }

  /** Sends the bodies waiting for a full batch to the threads now (a warm build's few changed bodies would otherwise wait for `finish`). */
  flush(): void {
    this.pool?.flush();
  }

  /** The cache key of a body rendered by this renderer ("" without a cache). */
  keyOf(body: string): string {
    return this.cache ? this.cache.keyOf(body, this.words) : "";
  }

  /** Adds the cached render under `key` (a body known unchanged without reading it); returns its index in `finish`'s result, or undefined (nothing added) when the cache does not hold it. */
  addCached(key: string): number | undefined {
    const hit = this.cache?.get(key);
    if (!hit) return undefined;
    this.fromCache++;
    return this.renders.push(hit) - 1;
  }

  /** Adds a body to render (`key`: its `keyOf`, when the caller has it); returns its index in `finish`'s result. */
  add(body: string, source: BodySource, key = this.keyOf(body)): number {
    const index = this.renders.length;
    // Only successes are cached, so a hit has passed the limits (the cache is tied to this folder's source, limits included).
    const hit = this.cache?.get(key);
    this.renders.push(hit);
    if (hit) {
      this.fromCache++;
      return index;
    }
    this.pool ??= this.newPool();
    this.inPool.push(
      this.pool.render(body, this.words).then((outcome) => {
        if (outcome.failure) this.problems.push(problemOf(outcome.failure, source));
        else this.store(index, key, outcome.rendered);
      }),
    );
    return index;
  }

  /** Waits for every render, saves the cache, stops the threads. */
  async finish(): Promise<RenderedBodies> {
    try {
      if (this.pool) {
        this.pool.flush();
        await Promise.all(this.inPool);
      }
    } finally {
      await this.pool?.close();
    }
    this.cache?.save();
    // Diagnostics for the benchmark and the build tests (see src/eleventy/timings.ts).
    if (process.env.DATELINE_TIMINGS) {
      // A thread started early (`startRenderPool`) that was sent nothing is not named: nothing rendered in it.
      const threads = this.pool && this.inPool.length > 0 ? ` in ${this.pool.threadsStarted} ${this.pool.threadsStarted === 1 ? "thread" : "threads"}` : "";
      console.log(`[dateline] markdown: ${this.renders.length} bodies, ${this.fromCache} from cache, ${this.rendered} rendered${threads}${this.problems.length > 0 ? `, ${this.problems.length} refused` : ""}`);
    }
    return { renders: this.renders, problems: this.problems };
  }

  /** Stops rendering (when reading failed): the threads are stopped and nothing is saved. */
  async abort(): Promise<void> {
    await this.pool?.close();
    await Promise.allSettled(this.inPool);
  }

  private newPool(): RenderPool {
    return renderPoolFor(this.options);
  }

  private store(index: number, key: string, rendered: RenderedMarkdown): void {
    // With a cache, the HTML and text go to disk at once, and the archive keeps only their key.
    this.renders[index] = this.cache ? this.cache.set(key, rendered) : rendered;
    this.rendered++;
  }
}

/**
 * A pool with one thread already starting, for a BodyRenderer made later: a
 * thread takes longer to start (tsx, then the remark pipeline) than a warm
 * build takes to read its files, so started before the files are read, it is
 * ready when the few changed bodies of a warm build come. One started for
 * nothing (no body changed) is stopped by the renderer's `finish` or `abort`,
 * and an idle thread never keeps the process alive.
 */
export function startRenderPool(options: Omit<BodyRendererOptions, "pool"> = {}): RenderPool {
  const pool = renderPoolFor(options);
  pool.warm();
  return pool;
}

function renderPoolFor(options: BodyRendererOptions): RenderPool {
  return new RenderPool({ size: options.poolSize, timeLimitMs: options.timeLimitMs, growAfter: options.poolThreshold });
}

/** The content problem of a body that could not be rendered, at its line in the file when known. */
export function problemOf(failure: RenderFailure, source: BodySource): Problem {
  const line = failure.line !== undefined && source.line !== undefined ? source.line + failure.line - 1 : undefined;
  return { code: failure.code, severity: "error", file: source.file, ...(line !== undefined ? { line } : {}), message: failure.message, hint: failure.hint };
}

/** The line of `text` (a whole article file) on which `body`, its tail after the front matter, starts; undefined when the body is not its tail. */
export function bodyStartLine(text: string, body: string): number | undefined {
  if (!text.endsWith(body)) return undefined;
  let line = 1;
  const stop = text.length - body.length;
  for (let i = 0; i < stop; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
