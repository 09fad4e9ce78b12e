/**
 * Runs one build as a child process and measures it with public tools only:
 * wall time with Node's monotonic clock; CPU time and the largest process's
 * peak resident memory with GNU time (`/usr/bin/time -v`) when installed, else
 * that peak with a preloaded module that reports the child's own
 * `process.resourceUsage().maxRSS` as it exits; and the peaks of the Node
 * process and of Pagefind's apart, by polling /proc (bench/process-memory.ts).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sampleProcessTree, type ProcessPeaks } from "./process-memory.ts";

const GNU_TIME = "/usr/bin/time";
const RSS_REPORTER = path.join(import.meta.dirname, "report-max-rss.mjs");

/** What one measured run took. */
export interface Measurement {
  wallMs: number;
  /** Peak resident set size in bytes, or undefined if it could not be measured. */
  peakRssBytes?: number;
  /** CPU time (user + system) of the build and its threads, when GNU time measured it. */
  cpuMs?: number;
  /** Peak resident memory of the Node process and of Pagefind's, sampled (empty without /proc). */
  processes: ProcessPeaks;
  stdout: string;
  stderr: string;
}

/**
 * A measured command that failed (a build that ran out of memory, say): what
 * it took before it did, so the benchmark can report it and go on.
 */
export class CommandFailed extends Error {
  constructor(
    readonly code: number,
    readonly wallMs: number,
    readonly processes: ProcessPeaks,
    readonly stderr: string,
    command: string,
  ) {
    super(`command failed (exit ${code}): ${command}\n${stderr.slice(-4000)}`);
  }

  /** The last line the command printed that says what went wrong (GNU time's own report left out). */
  get reason(): string {
    const lines = this.stderr.split("\n").map((line) => line.trim());
    const ownEnd = lines.findIndex((line) => line.startsWith("Command exited with non-zero status") || line.startsWith("Command terminated by signal") || line.startsWith("Command being timed:"));
    const own = (ownEnd === -1 ? lines : lines.slice(0, ownEnd)).filter((line) => line !== "");
    return own.find((line) => /heap out of memory|Allocation failed/i.test(line)) ?? own.at(-1) ?? `exit ${this.code}`;
  }
}

/** Runs `node <nodeArgs…>` with `env` and measures it; rejects with `CommandFailed` when the command fails. */
export async function measureNode(nodeArgs: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  const useGnuTime = fs.existsSync(GNU_TIME);
  const rssFile = path.join(os.tmpdir(), `dateline-bench-rss-${process.pid}-${Date.now()}`);
  const command = useGnuTime ? GNU_TIME : process.execPath;
  const args = useGnuTime ? ["-v", process.execPath, ...nodeArgs] : ["--import", RSS_REPORTER, ...nodeArgs];
  const env = { ...process.env, ...options.env, ...(useGnuTime ? {} : { DATELINE_BENCH_RSS_FILE: rssFile }) };

  const started = performance.now();
  const { code, stdout, stderr, processes } = await run(command, args, options.cwd, env);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new CommandFailed(code, wallMs, processes, stderr, `node ${nodeArgs.join(" ")}`);

  let peakRssBytes: number | undefined;
  let cpuMs: number | undefined;
  if (useGnuTime) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
    if (kb) peakRssBytes = Number(kb) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
    if (user && system) cpuMs = (Number(user) + Number(system)) * 1000;
  } else if (fs.existsSync(rssFile)) {
    peakRssBytes = Number(fs.readFileSync(rssFile, "utf8")) * 1024;
    fs.rmSync(rssFile, { force: true });
  }
  return { wallMs, peakRssBytes, cpuMs, processes, stdout, stderr };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string; processes: ProcessPeaks }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const sampler = child.pid === undefined ? undefined : sampleProcessTree(child.pid);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => {
      sampler?.stop();
      reject(error);
    });
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, processes: sampler?.stop() ?? {} }));
  });
}

/** Counts the HTML pages under a folder. */
export function countPages(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".html"),
  ).length;
}
