/**
 * A pool of worker threads rendering Markdown bodies with the remark pipeline.
 *
 * Every body is rendered in a thread, never on the main thread: remark runs
 * synchronously, so only a thread can be stopped when a body takes too long.
 * Each worker publishes, in memory shared with the main thread, which body it
 * is rendering and since when; a watch on the main thread terminates a worker
 * whose body has run past the time limit, answers that body with a
 * `markdown-too-slow` failure, starts a new worker and sends the bodies the
 * old one still held to the others. The shared clock is read rather than the
 * arrival of replies, so a main thread that was busy reading files never
 * mistakes replies it has not yet received for a slow body.
 *
 * The pool starts one thread on its first body and grows to its full size
 * once many bodies have come (starting threads costs more than it saves for
 * a few). remark is most of a cold build's time, so bodies are then
 * rendered on every core while the main thread goes on reading and
 * validating files. Bodies travel in small batches (fewer
 * messages), and each worker has only a few batches in flight so a slow
 * worker never holds back work another could take. Each worker is a
 * WorkerThread (src/threads/), and idle threads do not keep the process
 * alive, so a pool kept warm (the live preview's) needs no close.
 */
import os from "node:os";
import { WorkerThread, type WorkerThreadError } from "../threads/worker-thread.ts";
import type { RenderFailure, RenderOutcome } from "./render-outcome.ts";
import { ENGLISH_BODY_WORDS, type BodyWords } from "./body-html.ts";

/** A batch of bodies sent to a worker, each with the id it is published under while it renders; answered with every body's outcome, in order. */
export interface RenderRequest {
  bodies: { id: number; body: string; words: BodyWords }[];
}

/** What a worker is given: the shared cells it publishes its current body in. */
export interface RenderWorkerData {
  /** Int32 cells: [CURRENT_BODY] the id of the body being rendered (0: none), [STARTED_AT] when it started, in ms after `epoch` (wrapping at 2^31). */
  state: SharedArrayBuffer;
  epoch: number;
}

export const CURRENT_BODY = 0;
export const STARTED_AT = 1;

/** Bodies per message: enough to make messaging cheap, few enough to balance the load. */
const BATCH_SIZE = 16;
/** Batches a worker may hold at once: keeps it busy while the main thread is away. */
const IN_FLIGHT_PER_WORKER = 8;
/** Default time limit for one body: far above what the largest real article takes, on a busy machine too. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;
/** Bodies after which the pool grows from one thread to its full size. */
export const DEFAULT_GROW_AFTER = 48;

/** The module each render thread runs. */
export const RENDER_WORKER = new URL("./render-worker.ts", import.meta.url);

interface Pending {
  id: number;
  body: string;
  words: BodyWords;
  resolve: (outcome: RenderOutcome) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: WorkerThread<RenderRequest, RenderOutcome[]>;
  state: Int32Array;
  inFlight: Map<number, Pending[]>;
  /** Set once the worker is terminated or replaced: its late answers and its exit are ignored. */
  retired: boolean;
}

/** Options of a pool. */
export interface RenderPoolOptions {
  /** Most threads (default: one per core, or DATELINE_RENDER_THREADS). */
  size?: number;
  /** Longest a body may render before it fails (default DATELINE_RENDER_TIME_LIMIT_MS, else DEFAULT_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /** Bodies after which every thread is started (default DEFAULT_GROW_AFTER; 0: all at once; Infinity: one thread). */
  growAfter?: number;
}

/** How many render threads to start: DATELINE_RENDER_THREADS, else one per core. */
export function defaultPoolSize(): number {
  const configured = Number(process.env.DATELINE_RENDER_THREADS);
  if (Number.isInteger(configured) && configured >= 1) return configured;
  return Math.max(1, os.availableParallelism());
}

/** The time limit for one body: DATELINE_RENDER_TIME_LIMIT_MS (tests set a small one), else DEFAULT_TIME_LIMIT_MS. */
export function defaultTimeLimitMs(): number {
  const configured = Number(process.env.DATELINE_RENDER_TIME_LIMIT_MS);
  if (Number.isFinite(configured) && configured > 0) return configured;
  return DEFAULT_TIME_LIMIT_MS;
}

/** The failure of a body stopped at the time limit. */
export function tooSlow(limitMs: number): RenderFailure {
  return {
    code: "markdown-too-slow",
    message: `the article's text took longer than ${formatSeconds(limitMs)} to render and was stopped`,
    hint: "look for very long runs of *, _, `, [ or < or very deeply nested quotes and lists, and write them as plain text or in a code block",
  };
}

/** Worker threads that render Markdown bodies; `close()` when done. */
export class RenderPool {
  readonly maxSize: number;
  readonly timeLimitMs: number;
  private readonly growAfter: number;
  private workers: PoolWorker[] = [];
  private queue: Pending[] = [];
  private nextBatch = 0;
  private nextBody = 1;
  private submitted = 0;
  private startedThreads = 0;
  /** Set once a thread was stopped: the bodies it held may be slow too, so they are shared among every thread. */
  private stoppedOne = false;
  private failure: Error | undefined;
  private closed = false;
  private watch: NodeJS.Timeout | undefined;
  private readonly epoch = Date.now();

  constructor(options: RenderPoolOptions | number = {}) {
    const { size = defaultPoolSize(), timeLimitMs = defaultTimeLimitMs(), growAfter = DEFAULT_GROW_AFTER } = typeof options === "number" ? { size: options } : options;
    if (!Number.isInteger(size) || size < 1) throw new Error(`a render pool needs at least one thread, not ${size}`);
    if (!(timeLimitMs > 0)) throw new Error(`a render time limit must be positive, not ${timeLimitMs}`);
    this.maxSize = size;
    this.timeLimitMs = timeLimitMs;
    this.growAfter = growAfter;
  }

  /** How many threads render now. */
  get size(): number {
    return this.workers.length;
  }

  /** How many threads were started in all, replacements included. */
  get threadsStarted(): number {
    return this.startedThreads;
  }

  /** Starts one thread now rather than on the first body, so that body does not wait for it. */
  warm(): void {
    if (!this.closed && !this.failure && this.workers.length === 0) this.workers.push(this.startWorker());
  }

  /** Renders one body in a worker thread: its render, or why it has none (too deep, too slow). */
  render(body: string, words: BodyWords = ENGLISH_BODY_WORDS): Promise<RenderOutcome> {
    if (this.closed) return Promise.reject(new Error("the render pool is closed"));
    if (this.failure) return Promise.reject(this.failure);
    this.submitted++;
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextBody++, body, words, resolve, reject });
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
    const workers = this.workers;
    this.fail(new Error("the render pool was closed before rendering finished"));
    await Promise.all(workers.map(({ thread }) => thread.terminate()));
  }

  private startWorker(): PoolWorker {
    const state = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const data: RenderWorkerData = { state, epoch: this.epoch };
    // Idle until it is sent a batch, and an idle thread does not keep the process alive.
    const thread = new WorkerThread<RenderRequest, RenderOutcome[]>(RENDER_WORKER, { label: "Markdown render thread", data });
    this.startedThreads++;
    return { thread, state: new Int32Array(state), inFlight: new Map(), retired: false };
  }

  /** Starts one thread for the first bodies, every thread once many have come or once one was stopped. */
  private grow(): void {
    const wanted = this.submitted >= this.growAfter || this.stoppedOne ? this.maxSize : 1;
    while (this.workers.length < wanted) this.workers.push(this.startWorker());
  }

  private dispatch(includePartial: boolean): void {
    if (this.closed || this.failure) return;
    if (this.queue.length > 0) this.grow();
    while (this.queue.length >= BATCH_SIZE || (includePartial && this.queue.length > 0)) {
      const target = this.workers.reduce((best, w) => (w.inFlight.size < best.inFlight.size ? w : best));
      if (target.inFlight.size >= IN_FLIGHT_PER_WORKER) break;
      // A last few bodies are shared between the threads rather than sent to one.
      const size = includePartial ? Math.min(BATCH_SIZE, Math.ceil(this.queue.length / this.workers.length)) : BATCH_SIZE;
      const batch = this.queue.splice(0, size);
      const id = this.nextBatch++;
      target.inFlight.set(id, batch);
      target.thread.request({ bodies: batch.map((p) => ({ id: p.id, body: p.body, words: p.words })) }).then(
        (outcomes) => this.receive(target, id, outcomes),
        (error: WorkerThreadError) => this.failed(target, id, error),
      );
    }
    this.startWatch();
  }

  private receive(entry: PoolWorker, batchId: number, outcomes: RenderOutcome[]): void {
    const batch = entry.inFlight.get(batchId);
    if (entry.retired || !batch) return;
    entry.inFlight.delete(batchId);
    batch.forEach((pending, index) => pending.resolve(outcomes[index]!));
    this.dispatch(true);
    if (!this.busy()) this.stopWatch();
  }

  /** A batch has no answer: rendering threw in the worker (the batch fails), or the worker stopped. */
  private failed(entry: PoolWorker, batchId: number, error: WorkerThreadError): void {
    if (error.kind !== "thrown") return this.crashed(entry, error.reason);
    const batch = entry.inFlight.get(batchId);
    if (entry.retired || !batch) return;
    entry.inFlight.delete(batchId);
    const failure = new Error(`rendering Markdown failed in a render thread: ${error.stack ?? error.message}`);
    for (const pending of batch) pending.reject(failure);
    this.dispatch(true);
    if (!this.busy()) this.stopWatch();
  }

  /**
   * A worker stopped by itself (every batch it held says so; the first is
   * heeded). When it was rendering a body, that body is what stopped it (out
   * of memory, say): it fails alone and the rest go on. A worker that stops
   * between bodies (it could not start) fails the pool.
   */
  private crashed(entry: PoolWorker, reason: string): void {
    if (entry.retired || this.closed) return;
    const current = Atomics.load(entry.state, CURRENT_BODY);
    if (current !== 0 && this.holds(entry, current)) {
      this.replace(entry, current, {
        code: "markdown-render-failed",
        message: `rendering the article's text stopped its render thread (${reason})`,
        hint: "look for very long runs of *, _, `, [ or < or very deeply nested quotes and lists, and write them as plain text or in a code block",
      });
      return;
    }
    entry.retired = true;
    this.fail(new Error(`a Markdown render thread stopped unexpectedly (${reason})`));
  }

  /** Checks every busy worker's current body against the time limit. */
  private checkTimes(): void {
    const now = (Date.now() - this.epoch) | 0;
    for (const entry of [...this.workers]) {
      if (entry.inFlight.size === 0) continue;
      // The body id first, then its start: a start written after the id was read is newer, never older.
      const current = Atomics.load(entry.state, CURRENT_BODY);
      if (current === 0) continue;
      const startedAt = Atomics.load(entry.state, STARTED_AT);
      if (((now - startedAt) | 0) > this.timeLimitMs && this.holds(entry, current)) this.replace(entry, current, tooSlow(this.timeLimitMs));
    }
    if (!this.busy()) this.stopWatch();
  }

  /** Terminates a worker, fails the one body it was stuck on, and gives its other bodies to a new worker. */
  private replace(entry: PoolWorker, bodyId: number, failure: RenderFailure): void {
    entry.retired = true;
    this.stoppedOne = true;
    this.workers = this.workers.filter((w) => w !== entry);
    void entry.thread.terminate();
    const unfinished: Pending[] = [];
    for (const batch of entry.inFlight.values()) {
      for (const pending of batch) {
        if (pending.id === bodyId) pending.resolve({ failure });
        else unfinished.push(pending);
      }
    }
    entry.inFlight.clear();
    this.queue.unshift(...unfinished);
    if (this.workers.length === 0 && this.queue.length === 0) this.warmReplacement();
    this.dispatch(true);
  }

  /** A replaced worker of an idle pool (the preview's) is started again at once, so the pool stays warm. */
  private warmReplacement(): void {
    if (!this.closed && !this.failure) this.workers.push(this.startWorker());
  }

  private holds(entry: PoolWorker, bodyId: number): boolean {
    for (const batch of entry.inFlight.values()) if (batch.some((pending) => pending.id === bodyId)) return true;
    return false;
  }

  private busy(): boolean {
    return this.workers.some((w) => w.inFlight.size > 0);
  }

  private startWatch(): void {
    if (this.watch || !this.busy()) return;
    // Often enough to stop a stuck body soon after its limit, rarely enough to cost nothing.
    const every = Math.max(5, Math.min(250, this.timeLimitMs / 4));
    this.watch = setInterval(() => this.checkTimes(), every);
    this.watch.unref();
  }

  private stopWatch(): void {
    if (this.watch) clearInterval(this.watch);
    this.watch = undefined;
  }

  /** Fails every body not yet answered, and every later one; the threads are stopped, as nothing will use them again. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.stopWatch();
    for (const entry of this.workers) {
      entry.retired = true;
      for (const batch of entry.inFlight.values()) for (const pending of batch) pending.reject(error);
      entry.inFlight.clear();
      void entry.thread.terminate();
    }
    this.workers = [];
    for (const pending of this.queue) pending.reject(error);
    this.queue = [];
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
