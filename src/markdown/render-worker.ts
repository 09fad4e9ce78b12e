/**
 * A render-pool worker: renders batches of Markdown bodies with the same
 * pipeline as the main thread and posts the results back, in order.
 */
import { parentPort } from "node:worker_threads";
import { renderMarkdown } from "./pipeline.ts";
import type { RenderReply, RenderRequest } from "./render-pool.ts";

if (!parentPort) throw new Error("render-worker.ts runs only as a worker thread of the render pool");
const port = parentPort;

port.on("message", ({ id, bodies }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, results: bodies.map((body) => renderMarkdown(body)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
