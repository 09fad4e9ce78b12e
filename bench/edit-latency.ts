/**
 * How long an edit to one article takes to show in `npm start`: start the
 * build-and-serve command on the corpus, wait for its first build, then append
 * a marker sentence to one article's body and time how long until the built
 * article page contains it. Measures what an editor waits for after saving.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { articleToEdit } from "./article-edit.ts";
import { buildScriptNodeArgs, ROOT } from "./builds.ts";

const POLL_MS = 10;
// The preview's first build is a cold build of the whole corpus: at 100,000 articles, many minutes.
const FIRST_BUILD_TIMEOUT_MS = 3_600_000;
const EDIT_TIMEOUT_MS = 120_000;
const WATCHER_SETTLE_MS = 3_000;
/** What the preview prints when it has written every page an edit changed (src/preview/preview-session.ts). */
const UPDATE_DONE = /^\[dateline\] .*(pages show it|pages rendered again).* in \d+ ms$/gm;

/** Serves `contentDir` into `output`, edits one article `edits` times, and returns each edit's latency in ms. */
export async function measureEditLatency(contentDir: string, output: string, cacheDir: string, edits: number): Promise<number[]> {
  const file = articleToEdit(path.join(contentDir, "articles"));
  const relative = path.relative(path.join(contentDir, "articles"), file);
  const page = path.join(output, "articles", path.dirname(relative), path.basename(relative, ".md"), "index.html");
  const original = fs.readFileSync(file, "utf8");
  const port = 20000 + (process.pid % 20000);
  const child = spawn(process.execPath, [...buildScriptNodeArgs(), "--serve", `--input=${contentDir}`, `--output=${output}`, `--port=${port}`], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_CACHE_DIR: cacheDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  // A server that stops (at 100,000 articles, out of memory, say) ends the wait at once, rather than at a timeout.
  let stopped: string | undefined;
  child.once("exit", (code, signal) => (stopped = `the server stopped (${signal ?? `exit ${code}`})`));
  const closed = new Promise((resolve) => child.once("close", resolve));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));
  const latencies: number[] = [];
  try {
    await waitFor(() => /Watching/.test(log), FIRST_BUILD_TIMEOUT_MS, () => log, () => stopped);
    if (!fs.existsSync(page)) throw new Error(`the first build did not write ${page}`);
    // The preview says "Watching…" once its first build is written; give its watcher a moment to settle.
    await sleep(WATCHER_SETTLE_MS);
    for (let i = 0; i < edits; i++) {
      const marker = `Benchmark edit marker ${Date.now()}-${i}.`;
      const started = performance.now();
      fs.writeFileSync(file, `${original}\n${marker}\n`);
      await waitFor(() => readIfExists(page).includes(marker), EDIT_TIMEOUT_MS, () => log, () => stopped);
      latencies.push(performance.now() - started);
      // Let the update finish writing every other page that shows the article before the next edit.
      await waitFor(() => (log.match(UPDATE_DONE)?.length ?? 0) >= i + 1, EDIT_TIMEOUT_MS, () => log, () => stopped);
    }
  } finally {
    fs.writeFileSync(file, original);
    child.kill("SIGINT");
    await closed;
  }
  return latencies;
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

async function waitFor(ready: () => boolean, timeoutMs: number, log: () => string, stopped: () => string | undefined): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ready()) {
    const why = stopped() ?? (performance.now() > deadline ? "timed out" : undefined);
    if (why) throw new Error(`${why}; the server printed:\n${log().slice(-3000)}`);
    await sleep(POLL_MS);
  }
}
