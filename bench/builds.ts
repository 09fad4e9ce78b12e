/**
 * The builds the benchmark compares: stock Eleventy over the bare article
 * files (markdown-it, no layouts, an empty config), and Dateline's own build
 * command, cold (empty render cache) or warm (the cache a cold build left).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { countPages, measureNode, type Measurement } from "./measure.ts";

/** The project root, where `node_modules` and `src/` are. */
export const ROOT = path.resolve(import.meta.dirname, "..");

/** One measured build. */
export interface BuildFigures {
  wallMs: number;
  /** Peak RSS of the largest single process of the build (GNU time), whichever it was. */
  peakRssBytes?: number;
  /** CPU time of all the build's threads, when measured: above the wall time, the build used several cores. */
  cpuMs?: number;
  pages: number;
  /** Steps the build reported itself, in ms (e.g. "content", "eleventy", "search index"). */
  steps: Record<string, number>;
  /** Peak RSS of the build's Node process, sampled (else as the build reported it). */
  nodePeakRssBytes?: number;
  /** Peak RSS of the largest of Pagefind's processes, sampled; undefined when none ran (stock Eleventy). */
  pagefindPeakRssBytes?: number;
}

/** Builds `stockDir` with stock Eleventy 3 and an empty config, into `output`. */
export async function buildStock(stockDir: string, output: string, workDir: string): Promise<BuildFigures> {
  const config = path.join(workDir, "stock.config.mjs");
  fs.writeFileSync(config, "// Stock Eleventy: nothing configured.\nexport default function () {}\n");
  fs.rmSync(output, { recursive: true, force: true });
  const eleventy = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
  // Stock Eleventy holds every page until it is done: at 100,000 articles that
  // nears Node's default heap limit, where collection slows it down or aborts
  // it. The comparison is to its time, so it gets the heap it needs.
  const heap = `--max-old-space-size=${stockHeapMiB()}`;
  const run = await measureNode([heap, eleventy, `--config=${config}`, `--input=${stockDir}`, `--output=${output}`, "--quiet"], { cwd: workDir });
  return figures(run, output);
}

/** Three quarters of the machine's memory, in MiB, at most 16 GiB. */
export function stockHeapMiB(): number {
  return Math.min(16 * 1024, Math.floor((os.totalmem() * 0.75) / 1024 ** 2));
}

/** Builds a content folder with Dateline's build command, with its render cache in `cacheDir`. */
export async function buildDateline(contentDir: string, output: string, cacheDir: string): Promise<BuildFigures> {
  const run = await measureNode([...buildScriptNodeArgs(), `--input=${contentDir}`, `--output=${output}`], {
    cwd: ROOT,
    env: { DATELINE_CACHE_DIR: cacheDir, DATELINE_TIMINGS: "1" },
  });
  const result = figures(run, output);
  // The build removes the site it replaced in a background process: let that
  // finish, or it would slow whichever build the benchmark runs next.
  await backgroundRemovalDone(output);
  return result;
}

/**
 * The arguments `npm run build` gives Node (package.json's `build` script, e.g.
 * `node --max-semi-space-size=32 --import tsx src/cli/build.ts`), so the
 * benchmark measures exactly the command a publisher runs, without npm's own start.
 */
export function buildScriptNodeArgs(): string[] {
  const script: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts?.build;
  const words = typeof script === "string" ? script.trim().split(/\s+/) : [];
  if (words[0] !== "node") throw new Error(`bench: package.json's build script must start with "node", not ${JSON.stringify(script)}`);
  return words.slice(1).map((word) => (word.startsWith("src/") ? path.join(ROOT, word) : word));
}

function figures(run: Measurement, output: string): BuildFigures {
  const { total: _total, ...steps } = reportedSteps(run.stdout);
  const nodeMiB = /^\[dateline\] peak rss of node: (\d+) MiB$/m.exec(run.stdout)?.[1];
  return {
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    nodePeakRssBytes: run.processes.node ?? (nodeMiB === undefined ? undefined : Number(nodeMiB) * 1024 ** 2),
    pagefindPeakRssBytes: run.processes.pagefind,
    cpuMs: run.cpuMs,
    pages: countPages(output),
    steps,
  };
}

/** Waits (up to fifteen minutes: removing the largest sites takes minutes) until no replaced site beside `output` is left to remove. */
async function backgroundRemovalDone(output: string): Promise<void> {
  const parent = path.dirname(output);
  // A replaced site is renamed `.<name>.removing-…` before removal (src/cli/atomic-output.ts).
  const prefixes = ["building", "previous", "removing"].map((kind) => `.${path.basename(output)}.${kind}-`);
  for (let waited = 0; waited < 900_000; waited += 250) {
    if (!fs.readdirSync(parent).some((name) => prefixes.some((prefix) => name.startsWith(prefix)))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Reads the steps a build timed from its output, in milliseconds:
 * `[dateline] <step>: <n> ms`, or `[dateline] <step>: <what> in <n> s`
 * (as the search-index step prints it).
 */
export function reportedSteps(stdout: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const match of stdout.matchAll(/^\[dateline\] ([a-z][a-z ,&-]*): (?:[^\n]* in )?([\d.]+) ?(ms|s)$/gim)) {
    steps[match[1]!] = Number(match[2]) * (match[3] === "s" ? 1000 : 1);
  }
  return steps;
}
