/**
 * `npm run bench -- --articles=10000 [--runs=2] [--cold-cpu-baseline=<s>] [--edit] [--images] [--keep]`
 *
 * Generates the synthetic corpus, then, round after round, builds it four
 * ways: stock Eleventy, Dateline cold, Dateline warm with nothing changed, and
 * Dateline warm after one article's body was edited. Prints each build's wall
 * time, ratio to the stock build of the same round, CPU time, pages and the
 * peak RSS of its Node process and of Pagefind's apart, then the medians and
 * the targets of issue 17. Several sizes (`--articles=10000,100000`) also
 * print how time grows with size. `--edit` measures how long an edit to one
 * article takes to show in `npm start`. `--images` gives every article a lead
 * photo (a 1600 × 1067 JPEG, bench/photos.ts) and prints what processing them
 * costs, cold and warm.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { measureEditLatency } from "./edit-latency.ts";
import { writePhotos } from "./photos.ts";
import { runRound, RoundFailed } from "./round.ts";
import { BUILD_KINDS, BUILD_LEGEND, failureLine, median, roundLines, scalingLines, seconds, summarize, summaryLines, targetLines, type Round, type SizeSummary } from "./summary.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    runs: { type: "string", default: "2" },
    seed: { type: "string", default: "20241230" },
    "cold-cpu-baseline": { type: "string" },
    edit: { type: "boolean", default: false },
    images: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
  strict: true,
});

const sizes = values.articles.split(",").map((s) => Number(s.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
const coldCpuBaseline = values["cold-cpu-baseline"] === undefined ? undefined : Number(values["cold-cpu-baseline"]);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--articles must be whole numbers above 0, not "${values.articles}"`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number above 0, not "${values.runs}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);
if (coldCpuBaseline !== undefined && !(coldCpuBaseline > 0)) fail(`--cold-cpu-baseline must be a number of seconds above 0, not "${values["cold-cpu-baseline"]}"`);

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-bench-"));
console.log(`Dateline benchmark: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.versions.node}, work folder ${workRoot}`);
for (const kind of BUILD_KINDS) console.log(`  ${kind.padEnd(6)} ${BUILD_LEGEND[kind]}`);
const summaries: SizeSummary[] = [];
try {
  // Smallest first, so the 10,000-article cold time is known when 100,000 is judged.
  for (const articles of [...sizes].sort((a, b) => a - b)) {
    const dir = path.join(workRoot, `n${articles}`);
    const started = performance.now();
    const corpus = writeCorpus(dir, { articles, seed, images: values.images });
    const photoBytes = values.images ? await writePhotos(corpus.photos, seed) : 0;
    const photos = values.images ? `, ${corpus.photos.length} photos (${(photoBytes / 1024 ** 2).toFixed(1)} MiB)` : "";
    console.log(`\n${articles} articles, ${(corpus.bytes / 1024 ** 2).toFixed(1)} MiB of Markdown${photos}, generated in ${seconds(performance.now() - started)}`);

    const rounds: Round[] = [];
    let failure: string | undefined;
    for (let run = 0; run < runs && failure === undefined; run++) {
      const loadBefore = os.loadavg()[0]!;
      try {
        const round = await runRound(corpus, dir, run);
        rounds.push(round);
        for (const line of roundLines(run, round)) console.log(line);
        if (values.images) {
          const perPhoto = (round.cold.steps.photos ?? 0) / corpus.photos.length;
          console.log(`  photos: cold ${seconds(round.cold.steps.photos ?? 0)} (${perPhoto.toFixed(0)} ms a photo), warm ${seconds(round.warm.steps.photos ?? 0)}`);
        }
      } catch (error) {
        if (!(error instanceof RoundFailed)) throw error;
        // A build that fails (at 100,000 articles, by running out of memory) is a finding: say how far it got, and go on.
        failure = error.message;
        console.log(failureLine(run, error.kind, error.failed));
      }
      // Other work on the machine moves absolute times; the ratios to stock hold up better. Say how busy it was.
      console.log(`  run ${run + 1} load average (1 min) at its start and end: ${loadBefore.toFixed(2)}, ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`);
    }
    if (rounds.length > 0) {
      const summary = summarize(articles, rounds);
      summaries.push(summary);
      const coldAt10kMs = summaries.find((s) => s.articles === 10_000)?.wallMs.cold;
      for (const line of [...summaryLines(summary), ...targetLines(summary, { coldCpuBaselineMs: coldCpuBaseline === undefined ? undefined : coldCpuBaseline * 1000, coldAt10kMs })]) console.log(line);
    }
    if (failure !== undefined) console.log(`  every build completes: MISSED (${failure})`);

    if (values.edit) {
      try {
        const latencies = await measureEditLatency(corpus.contentDir, path.join(dir, "serve-site"), path.join(dir, "serve-cache"), 3);
        console.log(`  edit one article in npm start: shown after ${latencies.map(seconds).join(", ")} (median ${seconds(median(latencies))})`);
      } catch (error) {
        console.log(`  edit one article in npm start: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  if (summaries.length > 1) {
    console.log("\nhow wall time grows with size:");
    for (const line of scalingLines(summaries)) console.log(line);
  }
} finally {
  if (values.keep) console.log(`\nkept ${workRoot}`);
  else fs.rmSync(workRoot, { recursive: true, force: true });
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
