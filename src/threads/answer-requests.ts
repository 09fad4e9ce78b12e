/**
 * The worker's side of worker-thread.ts: a module started as a WorkerThread
 * reads the data it was started with (`threadData`) and answers each request
 * (`answerRequests`).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { BootData, RequestMessage, ResponseMessage } from "./worker-thread.ts";

/** The `data` the WorkerThread running this module was started with. */
export function threadData<T>(): T {
  return (workerData as BootData).data as T;
}

/**
 * Answers every request the thread is sent with `handle`: its result is the
 * response, what it throws (or rejects with) rejects that request.
 *
 * While asynchronous work is under way, waiting for requests does not keep
 * the thread alive: work that can never finish (it waits on nothing, say a
 * child process that died) lets the thread end, which rejects the request,
 * where it would otherwise hang it for ever. Such work may also notice it
 * first, from `process`'s "beforeExit", and throw.
 */
export function answerRequests<Request, Response>(handle: (request: Request) => Response | Promise<Response>): void {
  if (!parentPort) throw new Error("answerRequests runs only in a worker thread started by WorkerThread (worker-thread.ts)");
  const port = parentPort;
  let working = 0;
  const fail = (id: number, error: unknown) => {
    const { name, message, stack } = error instanceof Error ? error : { name: "Error", message: String(error), stack: undefined };
    port.postMessage({ id, error: { name, message, stack } } satisfies ResponseMessage<Response>);
  };
  const reply = (id: number, response: Response) => {
    try {
      port.postMessage({ id, response } satisfies ResponseMessage<Response>);
    } catch (error) {
      // A response that cannot be sent (a function in it, say) fails its request, not the thread.
      fail(id, error);
    }
  };
  port.on("message", ({ id, request }: RequestMessage<Request>) => {
    let result: Response | Promise<Response>;
    try {
      result = handle(request);
    } catch (error) {
      fail(id, error);
      return;
    }
    if (!(result instanceof Promise)) {
      reply(id, result);
      return;
    }
    if (working++ === 0) port.unref();
    result.then(
      (response) => reply(id, response),
      (error: unknown) => fail(id, error),
    ).finally(() => {
      if (--working === 0) port.ref();
    });
  });
}
