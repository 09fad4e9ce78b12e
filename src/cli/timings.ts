/**
 * Build step timings, printed as `[dateline] <step>: <n> ms` when
 * DATELINE_TIMINGS is set (the benchmark sets it and reads these lines).
 */
import { performance } from "node:perf_hooks";

/** True when the build should print how long each step took. */
export const TIMINGS_ON = Boolean(process.env.DATELINE_TIMINGS);

/** Runs `step`, and prints its duration under `name` when timings are on. */
export async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    if (TIMINGS_ON) console.log(`[dateline] ${name}: ${Math.round(performance.now() - started)} ms`);
  }
}
