/**
 * Copying a folder in a worker thread, so the main thread goes on rendering
 * pages meanwhile: a cached search bundle is ~10,000 small files, thousands
 * of system calls that would otherwise block Eleventy for a second or more.
 *
 * The worker runs a few lines of plain JavaScript (no TypeScript loader is
 * needed for them) with the synchronous `fs.cpSync`, which is much faster
 * for many small files than the promise versions (`fs.promises.cp` took 16 s
 * for a 10,000-file folder that `fs.cpSync` copies in ~1 s).
 */
import { Worker } from "node:worker_threads";

/** Runs `source` (CommonJS, reading `workerData`) in a new worker thread; resolves when it ends cleanly. */
function runInThread(what: string, source: string, workerData: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData });
    worker.once("error", (error) => reject(new Error(`${what} failed: ${error.message}`, { cause: error })));
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} stopped with exit code ${code}`))));
  });
}

const COPY_FOLDER = `
  const { workerData } = require("node:worker_threads");
  const path = require("node:path");
  require("node:fs").cpSync(workerData.from, workerData.to, {
    recursive: true,
    filter: (file) => path.basename(file) !== workerData.skipName,
  });`;

/** Copies folder `from` to `to` (files named `skipName` left out). */
export function copyFolderInThread(from: string, to: string, skipName?: string): Promise<void> {
  return runInThread(`copying ${from}`, COPY_FOLDER, { from, to, skipName });
}
