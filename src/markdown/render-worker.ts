/**
 * A render-pool worker: renders batches of Markdown bodies with the same
 * pipeline as the main thread and answers with the outcomes, in order. While
 * a body renders, its id and start time are in the shared cells the pool
 * watches, so the pool can stop this thread when one body takes too long.
 */
import { answerRequests, threadData } from "../threads/answer-requests.ts";
import { renderChecked } from "./checked-render.ts";
import { renderMarkdown } from "./pipeline.ts";
import type { RenderOutcome } from "./render-outcome.ts";
import { CURRENT_BODY, STARTED_AT, type RenderRequest, type RenderWorkerData } from "./render-pool.ts";

const { state, epoch } = threadData<RenderWorkerData>();
const cells = new Int32Array(state);

answerRequests<RenderRequest, RenderOutcome[]>(({ bodies }) =>
  bodies.map(({ id, body, words }) => {
    // The start before the id: the pool reads the id first, so it never pairs an id with an older start.
    // Wraps past the Int32 range (a preview left running for weeks); the pool subtracts with the same wrap.
    Atomics.store(cells, STARTED_AT, (Date.now() - epoch) | 0);
    Atomics.store(cells, CURRENT_BODY, id);
    try {
      return renderChecked(body, renderMarkdown, words);
    } finally {
      Atomics.store(cells, CURRENT_BODY, 0);
    }
  }),
);
