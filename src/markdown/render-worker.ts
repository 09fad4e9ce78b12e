/**
 * A render-pool worker: renders batches of Markdown bodies with the same
 * pipeline as the main thread and posts the outcomes back, in order. While a
 * body renders, its id and start time are in the shared cells the pool
 * watches, so the pool can stop this thread when one body takes too long.
 */
import { parentPort, workerData } from "node:worker_threads";
import { renderChecked } from "./checked-render.ts";
import { CURRENT_BODY, STARTED_AT, type RenderReply, type RenderRequest, type RenderWorkerData } from "./render-pool.ts";

if (!parentPort) throw new Error("render-worker.ts runs only as a worker thread of the render pool");
const port = parentPort;
const { state, epoch } = workerData as RenderWorkerData;
const cells = new Int32Array(state);

port.on("message", ({ id, bodies }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = {
      id,
      outcomes: bodies.map(({ id: bodyId, body }) => {
        // The start before the id: the pool reads the id first, so it never pairs an id with an older start.
        // Wraps past the Int32 range (a preview left running for weeks); the pool subtracts with the same wrap.
        Atomics.store(cells, STARTED_AT, (Date.now() - epoch) | 0);
        Atomics.store(cells, CURRENT_BODY, bodyId);
        try {
          return renderChecked(body);
        } finally {
          Atomics.store(cells, CURRENT_BODY, 0);
        }
      }),
    };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
