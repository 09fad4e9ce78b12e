/**
 * A pool of worker threads rendering Markdown bodies with the remark pipeline.
 *
 * remark renders ~3 MB/s on one core and is most of a cold build's time, so
 * bodies are rendered on every core while the main thread goes on reading
 * and validating files. Bodies travel in small batches (fewer messages), and
 * each worker has only a few batches in flight so a slow worker never holds
 * back work another could take. Results are exactly what `renderMarkdown`
 * returns on the main thread: the same module renders them.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderedMarkdown } from "./pipeline.ts";

/** A batch of bodies sent to a worker. */
export interface RenderRequest {
  id: number;
  bodies: string[];
}

/** A worker's answer to one batch: every body's render in order, or why the batch failed. */
export type RenderReply = { id: number; results: RenderedMarkdown[]; error?: undefined } | { id: number; error: string; results?: undefined };

/** Bodies per message: enough to make messaging cheap, few enough to balance the load. */
const BATCH_SIZE = 16;
/** Batches a worker may hold at once: keeps it busy while the main thread is away. */
const IN_FLIGHT_PER_WORKER = 8;

const WORKER_ENTRY = new URL("./render-worker-boot.mjs", import.meta.url);

interface Pending {
  body: string;
  resolve: (rendered: RenderedMarkdown) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Pending[]>;
}

/** How many render threads to start: DATELINE_RENDER_THREADS, else one per core. */
export function defaultPoolSize(): number {
  const configured = Number(process.env.DATELINE_RENDER_THREADS);
  if (Number.isInteger(configured) && configured >= 1) return configured;
  return Math.max(1, os.availableParallelism());
}

/** Worker threads that render Markdown bodies; `close()` when done. */
export class RenderPool {
  private readonly workers: PoolWorker[] = [];
  private queue: Pending[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(size = defaultPoolSize()) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a render pool needs at least one thread, not ${size}`);
    for (let i = 0; i < size; i++) this.workers.push(this.startWorker());
  }

  /** How many threads render. */
  get size(): number {
    return this.workers.length;
  }

  /** Renders one body in a worker thread. */
  render(body: string): Promise<RenderedMarkdown> {
    if (this.closed) return Promise.reject(new Error("the render pool is closed"));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject });
      // Send a full batch at once; a partial one waits for more bodies or for `flush`.
      if (this.queue.length >= BATCH_SIZE) this.dispatch(false);
    });
  }

  /** Sends every queued body, including a last partial batch. */
  flush(): void {
    this.dispatch(true);
  }

  /** Stops the threads; bodies still being rendered are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    this.fail(new Error("the render pool was closed before rendering finished"));
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private startWorker(): PoolWorker {
    const worker = new Worker(WORKER_ENTRY, { execArgv: [] });
    const entry: PoolWorker = { worker, inFlight: new Map() };
    worker.on("message", (reply: RenderReply) => this.receive(entry, reply));
    worker.on("error", (error) => this.fail(new Error(`a Markdown render thread failed: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => {
      if (!this.closed) this.fail(new Error(`a Markdown render thread stopped unexpectedly (exit code ${code})`));
    });
    return entry;
  }

  private dispatch(includePartial: boolean): void {
    while (this.queue.length >= BATCH_SIZE || (includePartial && this.queue.length > 0)) {
      const target = this.workers.reduce((best, w) => (w.inFlight.size < best.inFlight.size ? w : best));
      if (target.inFlight.size >= IN_FLIGHT_PER_WORKER) return;
      const batch = this.queue.splice(0, BATCH_SIZE);
      const id = this.nextId++;
      target.inFlight.set(id, batch);
      target.worker.postMessage({ id, bodies: batch.map((p) => p.body) } satisfies RenderRequest);
    }
  }

  private receive(entry: PoolWorker, reply: RenderReply): void {
    const batch = entry.inFlight.get(reply.id);
    if (!batch) return;
    entry.inFlight.delete(reply.id);
    if (reply.error !== undefined) {
      const error = new Error(`rendering Markdown failed in a render thread: ${reply.error}`);
      for (const pending of batch) pending.reject(error);
    } else {
      batch.forEach((pending, index) => pending.resolve(reply.results[index]!));
    }
    this.dispatch(true);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { inFlight } of this.workers) {
      for (const batch of inFlight.values()) for (const pending of batch) pending.reject(error);
      inFlight.clear();
    }
    for (const pending of this.queue) pending.reject(error);
    this.queue = [];
  }
}
