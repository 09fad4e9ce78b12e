/**
 * `npm run bench -- --articles=10000 [--runs=2] [--edit] [--images] [--keep]`
 *
 * Generates the synthetic corpus, then, round after round, builds it with stock
 * Eleventy, with Dateline cold and with Dateline warm, and prints each build's
 * wall time, ratio to the stock build of the same round, pages written and peak
 * RSS, then the medians and the targets of issue 8. Several sizes
 * (`--articles=10000,20000`) also print how time grows with size. `--edit`
 * measures how long an edit to one article takes to show in `npm start`.
 * `--images` gives every article a lead photo (a 1600 × 1067 JPEG, bench/photos.ts)
 * and prints what processing them costs, cold and warm.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildDateline, buildStock } from "./builds.ts";
import { writeCorpus } from "./corpus.ts";
import { measureEditLatency } from "./edit-latency.ts";
import { writePhotos } from "./photos.ts";
import { median, roundLines, seconds, summaryLines, TARGETS, type Round } from "./summary.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    runs: { type: "string", default: "2" },
    seed: { type: "string", default: "20241230" },
    edit: { type: "boolean", default: false },
    images: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
  strict: true,
});

const sizes = values.articles.split(",").map((s) => Number(s.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--articles must be whole numbers above 0, not "${values.articles}"`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number above 0, not "${values.runs}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-bench-"));
console.log(`Dateline benchmark: ${os.cpus().length} cores, Node ${process.versions.node}, work folder ${workRoot}`);
const mediansBySize = new Map<number, Record<"stock" | "cold" | "warm", number>>();
try {
  for (const articles of sizes) {
    const dir = path.join(workRoot, `n${articles}`);
    const started = performance.now();
    const corpus = writeCorpus(dir, { articles, seed, images: values.images });
    const photoBytes = values.images ? await writePhotos(corpus.photos, seed) : 0;
    const photos = values.images ? `, ${corpus.photos.length} photos (${(photoBytes / 1024 ** 2).toFixed(1)} MiB)` : "";
    console.log(`\n${articles} articles, ${(corpus.bytes / 1024 ** 2).toFixed(1)} MiB of Markdown${photos}, generated in ${seconds(performance.now() - started)}`);

    const rounds: Round[] = [];
    for (let run = 0; run < runs; run++) {
      const cacheDir = fs.mkdtempSync(path.join(dir, "cache-"));
      const loadBefore = os.loadavg()[0]!;
      const stock = await buildStock(corpus.stockDir, path.join(dir, "stock-site"), dir);
      // Cold is a first build: no render cache and no previous site. Warm rebuilds over the cold one.
      fs.rmSync(path.join(dir, "site"), { recursive: true, force: true });
      const cold = await buildDateline(corpus.contentDir, path.join(dir, "site"), cacheDir);
      const warm = await buildDateline(corpus.contentDir, path.join(dir, "site"), cacheDir);
      fs.rmSync(cacheDir, { recursive: true, force: true });
      rounds.push({ stock, cold, warm });
      for (const line of roundLines(run, rounds.at(-1)!)) console.log(line);
      if (values.images) {
        const perPhoto = (cold.steps.photos ?? 0) / corpus.photos.length;
        console.log(`  photos: cold ${seconds(cold.steps.photos ?? 0)} (${perPhoto.toFixed(0)} ms a photo), warm ${seconds(warm.steps.photos ?? 0)}`);
      }
      // Other work on the machine moves absolute times; the ratios to stock hold up better. Say how busy it was.
      console.log(`  run ${run + 1} load average (1 min) at its start and end: ${loadBefore.toFixed(2)}, ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`);
    }
    const { lines, medians } = summaryLines(articles, rounds);
    for (const line of lines) console.log(line);
    mediansBySize.set(articles, medians);

    if (values.edit) {
      const latencies = await measureEditLatency(corpus.contentDir, path.join(dir, "serve-site"), path.join(dir, "serve-cache"), 3);
      console.log(`  edit one article in npm start: shown after ${latencies.map(seconds).join(", ")} (median ${seconds(median(latencies))})`);
    }
  }
  if (sizes.length > 1) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    const allowed = (large / small) * (TARGETS.scaling / 2);
    console.log(`\nscaling from ${small} to ${large} articles (target ≤ ${allowed.toFixed(2)}x):`);
    for (const kind of ["stock", "cold", "warm"] as const) {
      const growth = mediansBySize.get(large)![kind] / mediansBySize.get(small)![kind];
      console.log(`  ${kind.padEnd(5)} ${growth.toFixed(2)}x${kind === "stock" ? "" : growth <= allowed ? " met" : " MISSED"}`);
    }
  }
} finally {
  if (values.keep) console.log(`\nkept ${workRoot}`);
  else fs.rmSync(workRoot, { recursive: true, force: true });
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
