/**
 * The one way Dateline runs work in a thread: a worker thread running one
 * TypeScript module, sent typed requests and answering each with a typed
 * response. The module answers with `answerRequests` (answer-requests.ts).
 *
 * A worker thread does not run the `--import tsx` its parent was started
 * with: it runs its module compiled to JavaScript (thread-script.ts), or
 * through one boot file (worker-boot.mjs) that registers tsx before loading
 * the module. A request rejects with a
 * WorkerThreadError when the work throws in the worker, and when the thread
 * stops (crashes, exits, is terminated) before answering. A thread with no
 * request pending does not keep the process alive.
 *
 * This module imports nothing from Dateline outside this folder, so any layer may use it.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";
import { threadScript } from "./thread-script.ts";

/** What the boot file is given: the module to load and the data that module reads with `threadData`. */
export interface BootData {
  module: string;
  data: unknown;
}

/** A request as it travels to the worker. */
export interface RequestMessage<Request> {
  id: number;
  request: Request;
}

/** A worker's answer to one request: the response, or what the work threw. */
export type ResponseMessage<Response> =
  | { id: number; response: Response; error?: undefined }
  | { id: number; error: { name: string; message: string; stack?: string }; response?: undefined };

/** How a request failed: its work threw in the worker, or the thread crashed, exited or was terminated first. */
export type WorkerThreadFailure = "thrown" | "crashed" | "exited" | "terminated";

/** Why a request to a worker thread has no response; `reason` says what happened in a few words. */
export class WorkerThreadError extends Error {
  override readonly name = "WorkerThreadError";

  constructor(
    message: string,
    readonly kind: WorkerThreadFailure,
    /** The work's own message when it threw; otherwise what stopped the thread ("exit code 1", the uncaught error's message). */
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Options of a worker thread. */
export interface WorkerThreadOptions {
  /** Names the thread in errors ("the render thread stopped …"); default "worker thread". */
  label?: string;
  /** Given to the module, which reads it with `threadData()`. */
  data?: unknown;
  /** Memory limits of the thread (see Node's Worker). */
  resourceLimits?: ResourceLimits;
}

interface Pending<Response> {
  resolve: (response: Response) => void;
  reject: (error: WorkerThreadError) => void;
}

/** A worker thread running `module`, answering requests of type `Request` with `Response`; `terminate()` when done. */
export class WorkerThread<Request, Response> {
  readonly label: string;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending<Response>>();
  private nextId = 0;
  private stopped: WorkerThreadError | undefined;

  /** Starts the thread now; `module` is a URL of a .ts (or .js) module that calls `answerRequests`. */
  constructor(module: URL, options: WorkerThreadOptions = {}) {
    this.label = options.label ?? "worker thread";
    const workerData: BootData = { module: module.href, data: options.data };
    // No execArgv: the parent's (such as `--import tsx`) would run again in the thread. The thread runs
    // the module compiled, or through the boot file, which registers tsx itself (thread-script.ts).
    this.worker = new Worker(threadScript(module), { execArgv: [], workerData, resourceLimits: options.resourceLimits });
    this.worker.unref();
    this.worker.on("message", (message: ResponseMessage<Response>) => this.receive(message));
    this.worker.on("error", (error) => this.stop("crashed", error.message, { cause: error }));
    this.worker.on("exit", (code) => this.stop("exited", `exit code ${code}`));
  }

  /** How many requests await their response. */
  get busy(): number {
    return this.pending.size;
  }

  /** Sends `request`; resolves with the worker's response, rejects with a WorkerThreadError. */
  request(request: Request): Promise<Response> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Response>((resolve, reject) => {
      // A thread keeps the process alive only while it has work.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, request } satisfies RequestMessage<Request>);
    });
  }

  /** Stops the thread; requests still pending reject (kind "terminated"). */
  async terminate(): Promise<void> {
    this.stop("terminated", "terminated");
    await this.worker.terminate();
  }

  private receive(message: ResponseMessage<Response>): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.settled(message.id);
    if (message.error === undefined) {
      pending.resolve(message.response);
      return;
    }
    const error = new WorkerThreadError(message.error.message, "thrown", message.error.message);
    // The worker's stack says where the work failed; this thread's would only say where the reply arrived.
    if (message.error.stack) error.stack = message.error.stack;
    pending.reject(error);
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  /** The thread stopped, or is being stopped: every pending request rejects, and so does every later one. */
  private stop(kind: WorkerThreadFailure, reason: string, options?: ErrorOptions): void {
    if (this.stopped) return;
    const message = kind === "terminated" ? `the ${this.label} was terminated before answering` : `the ${this.label} stopped before answering (${reason})`;
    this.stopped = new WorkerThreadError(message, kind, reason, options);
    for (const { reject } of this.pending.values()) reject(this.stopped);
    this.pending.clear();
    this.worker.unref();
  }
}
