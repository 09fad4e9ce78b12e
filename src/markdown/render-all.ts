/**
 * Renders many article bodies: from the disk cache when the body is unchanged,
 * in the main thread when only a few are new (starting threads costs more than
 * it saves), in a pool of worker threads when many are.
 */
import { renderMarkdown, type RenderedMarkdown } from "./pipeline.ts";
import { RenderCache } from "./render-cache.ts";
import { RenderPool } from "./render-pool.ts";

/** New bodies below which rendering stays on the main thread (a worker takes ~0.3 s to start). */
export const POOL_THRESHOLD = 48;

/** Options for a BodyRenderer. */
export interface BodyRendererOptions {
  /** Render in worker threads once this many bodies miss the cache (default POOL_THRESHOLD; Infinity: never). */
  poolThreshold?: number;
  /** Threads in the pool (default: one per core, or DATELINE_RENDER_THREADS). */
  poolSize?: number;
}

/**
 * Collects bodies as they are read (`add`) and renders them meanwhile, so that
 * threads render while the main thread is still reading and validating files;
 * `finish` returns every render in the order the bodies were added.
 */
export class BodyRenderer {
  private readonly results: (RenderedMarkdown | undefined)[] = [];
  /** Bodies not in the cache and not yet handed to the pool, by index. */
  private waiting: { index: number; key: string; body: string }[] = [];
  private readonly inPool: Promise<void>[] = [];
  private pool: RenderPool | undefined;
  private readonly threshold: number;
  private fromCache = 0;
  private rendered = 0;

  constructor(
    private readonly cache: RenderCache | undefined,
    private readonly options: BodyRendererOptions = {},
  ) {
    this.threshold = options.poolThreshold ?? POOL_THRESHOLD;
  }

  /** Adds a body to render; returns its index in `finish`'s result. */
  add(body: string): number {
    const index = this.results.length;
    const key = this.cache ? this.cache.keyOf(body) : "";
    const hit = this.cache?.get(key);
    this.results.push(hit);
    if (hit) {
      this.fromCache++;
      return index;
    }
    this.waiting.push({ index, key, body });
    if (!this.pool && this.waiting.length >= this.threshold) this.pool = new RenderPool(this.options.poolSize);
    if (this.pool) this.sendWaiting(this.pool);
    return index;
  }

  /** Waits for every render, saves the cache, stops the threads; renders in `add` order. */
  async finish(): Promise<RenderedMarkdown[]> {
    try {
      if (this.pool) {
        this.sendWaiting(this.pool);
        this.pool.flush();
        await Promise.all(this.inPool);
      } else {
        for (const { index, key, body } of this.waiting) this.store(index, key, renderMarkdown(body));
      }
      this.waiting = [];
    } finally {
      await this.pool?.close();
    }
    this.cache?.save();
    // Diagnostics for the benchmark and the build tests (see src/cli/timings.ts).
    if (process.env.DATELINE_TIMINGS) console.log(`[dateline] markdown: ${this.results.length} bodies, ${this.fromCache} from cache, ${this.rendered} rendered${this.pool ? ` in ${this.pool.size} threads` : " in the main thread"}`);
    return this.results.map((rendered, index) => {
      if (!rendered) throw new Error(`body ${index} was never rendered`);
      return rendered;
    });
  }

  /** Stops rendering (when reading failed): the threads are stopped and nothing is saved. */
  async abort(): Promise<void> {
    await this.pool?.close();
    await Promise.allSettled(this.inPool);
  }

  private sendWaiting(pool: RenderPool): void {
    for (const { index, key, body } of this.waiting) {
      this.inPool.push(pool.render(body).then((rendered) => this.store(index, key, rendered)));
    }
    this.waiting = [];
  }

  private store(index: number, key: string, rendered: RenderedMarkdown): void {
    this.results[index] = rendered;
    this.rendered++;
    this.cache?.set(key, rendered);
  }
}

/** Renders every body (in order), reading and updating the disk cache. */
export async function renderAll(bodies: string[], cache: RenderCache | undefined, options: BodyRendererOptions = {}): Promise<RenderedMarkdown[]> {
  const renderer = new BodyRenderer(cache, options);
  for (const body of bodies) renderer.add(body);
  return renderer.finish();
}
