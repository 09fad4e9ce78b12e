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

/**
 * With DATELINE_TIMINGS, prints when the build's own code started (after Node
 * and its modules loaded) and, at exit, the process's total time and peak
 * resident memory: the benchmark reads both. Pagefind runs as a process of
 * its own and is not in this figure (GNU time's peak, in the benchmark, is).
 */
export function reportProcessTimings(): void {
  if (!TIMINGS_ON) return;
  console.log(`[dateline] startup: ${Math.round(performance.now())} ms`);
  process.once("exit", () => {
    console.log(`[dateline] total: ${Math.round(performance.now())} ms`);
    console.log(`[dateline] peak rss of node: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  });
}

/** `timed` for a step that does not wait on anything. */
export function timedSync<T>(name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    if (TIMINGS_ON) console.log(`[dateline] ${name}: ${Math.round(performance.now() - started)} ms`);
  }
}
