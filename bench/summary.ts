/** Formatting the benchmark's figures: medians, ratios to stock Eleventy, and the targets of issue 17. */
import type { BuildFigures } from "./builds.ts";
import type { ProcessPeaks } from "./process-memory.ts";

/** The builds of a round, in the order they run. */
export const BUILD_KINDS = ["stock", "cold", "warm", "edited"] as const;
export type BuildKind = (typeof BUILD_KINDS)[number];
const DATELINE_KINDS = ["cold", "warm", "edited"] as const;

/** What each build is, for the legend. */
export const BUILD_LEGEND: Record<BuildKind, string> = {
  stock: "stock Eleventy, empty config",
  cold: "Dateline, no cache and no previous site",
  warm: "Dateline again over the same content, site and cache (nothing changed)",
  edited: "Dateline again after one sentence of one article's body changed",
};

/** The builds of one round, run back to back on the same corpus. */
export type Round = Record<BuildKind, BuildFigures>;

const GiB = 1024 ** 3;

/** The targets of issue 17: ratios to the same round's stock build, memory, and growth from 10,000 to 100,000 articles. */
export const TARGETS = {
  at10k: { warm: 0.5, edited: 0.6, coldWall: 5.3 },
  at100k: { nodeBytes: 3 * GiB, pagefindBytes: 3 * GiB, warm: 0.5, coldGrowth: 11 },
};

/** The medians of one corpus size over its rounds; memory is the largest seen in any round. */
export interface SizeSummary {
  articles: number;
  rounds: number;
  wallMs: Record<BuildKind, number>;
  ratio: Record<BuildKind, number>;
  cpuMs: Partial<Record<BuildKind, number>>;
  pages: Record<BuildKind, number>;
  nodeBytes: Partial<Record<BuildKind, number>>;
  pagefindBytes: Partial<Record<BuildKind, number>>;
  largestBytes: Partial<Record<BuildKind, number>>;
  steps: Record<BuildKind, Record<string, number>>;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds with two decimals. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Mebibytes, or a dash when unknown. */
export function mebibytes(bytes: number | undefined): string {
  return bytes === undefined ? "–" : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

/** One line per build of a round, ratios against that round's own stock build. */
export function roundLines(index: number, round: Round): string[] {
  return BUILD_KINDS.map((kind) => {
    const b = round[kind];
    const ratio = kind === "stock" ? "" : `(${(b.wallMs / round.stock.wallMs).toFixed(2)}x)`;
    const steps = Object.entries(b.steps).map(([step, ms]) => `${step} ${seconds(ms)}`).join(", ");
    const cpu = b.cpuMs === undefined ? "–" : seconds(b.cpuMs);
    const memory = `node ${mebibytes(b.nodePeakRssBytes)}, pagefind ${mebibytes(b.pagefindPeakRssBytes)}, largest ${mebibytes(b.peakRssBytes)}`;
    return `  run ${index + 1} ${kind.padEnd(6)} ${seconds(b.wallMs).padStart(9)} ${ratio.padEnd(8)} cpu ${cpu.padStart(9)}  ${String(b.pages).padStart(6)} pages  ${memory}${steps ? `  [${steps}]` : ""}`;
  });
}

/** The line for a build that failed: how long it ran, the memory it reached, and why it stopped. */
export function failureLine(index: number, kind: BuildKind, failed: { code: number; wallMs: number; processes: ProcessPeaks; reason: string }): string {
  const memory = `node ${mebibytes(failed.processes.node)}, pagefind ${mebibytes(failed.processes.pagefind)}`;
  return `  run ${index + 1} ${kind.padEnd(6)} FAILED after ${seconds(failed.wallMs)} (exit ${failed.code}), ${memory}: ${failed.reason}`;
}

/** The medians of a size's rounds. */
export function summarize(articles: number, rounds: Round[]): SizeSummary {
  const per = <T>(value: (kind: BuildKind) => T) => Object.fromEntries(BUILD_KINDS.map((kind) => [kind, value(kind)])) as Record<BuildKind, T>;
  const medianOf = (kind: BuildKind, value: (b: BuildFigures) => number | undefined) => {
    const values = rounds.map((r) => value(r[kind])).filter((v) => v !== undefined);
    return values.length === rounds.length ? median(values) : undefined;
  };
  const largest = (kind: BuildKind, value: (b: BuildFigures) => number | undefined) => {
    const values = rounds.map((r) => value(r[kind])).filter((v) => v !== undefined);
    return values.length === 0 ? undefined : Math.max(...values);
  };
  return {
    articles,
    rounds: rounds.length,
    wallMs: per((kind) => median(rounds.map((r) => r[kind].wallMs))),
    ratio: per((kind) => median(rounds.map((r) => r[kind].wallMs / r.stock.wallMs))),
    cpuMs: per((kind) => medianOf(kind, (b) => b.cpuMs)),
    pages: per((kind) => median(rounds.map((r) => r[kind].pages))),
    nodeBytes: per((kind) => largest(kind, (b) => b.nodePeakRssBytes)),
    pagefindBytes: per((kind) => largest(kind, (b) => b.pagefindPeakRssBytes)),
    largestBytes: per((kind) => largest(kind, (b) => b.peakRssBytes)),
    steps: per((kind) => {
      const names = [...new Set(rounds.flatMap((r) => Object.keys(r[kind].steps)))];
      return Object.fromEntries(names.map((step) => [step, median(rounds.map((r) => r[kind].steps[step] ?? 0))]));
    }),
  };
}

/** The table of medians of one size. */
export function summaryLines(summary: SizeSummary): string[] {
  const { rounds, articles } = summary;
  const lines = [
    `  median of ${rounds} run${rounds === 1 ? "" : "s"}, ${articles} articles (memory: the largest peak RSS of any run; largest: GNU time's, the largest single process):`,
    `    ${"build".padEnd(6)} ${"wall".padStart(9)}  ${"ratio".padStart(6)}  ${"cpu".padStart(9)}  ${"pages".padStart(6)}  ${"node".padStart(9)}  ${"pagefind".padStart(9)}  ${"largest".padStart(9)}  steps`,
  ];
  for (const kind of BUILD_KINDS) {
    const cpu = summary.cpuMs[kind];
    const steps = Object.entries(summary.steps[kind]).map(([step, ms]) => `${step} ${seconds(ms)}`).join(", ");
    lines.push(
      `    ${kind.padEnd(6)} ${seconds(summary.wallMs[kind]).padStart(9)}  ${`${summary.ratio[kind].toFixed(2)}x`.padStart(6)}  ${(cpu === undefined ? "–" : seconds(cpu)).padStart(9)}  ${String(summary.pages[kind]).padStart(6)}  ` +
        `${mebibytes(summary.nodeBytes[kind]).padStart(9)}  ${mebibytes(summary.pagefindBytes[kind]).padStart(9)}  ${mebibytes(summary.largestBytes[kind]).padStart(9)}  ${steps}`,
    );
  }
  return lines;
}

/** What the target lines need besides the size's own medians. */
export interface TargetContext {
  /** `--cold-cpu-baseline`, in ms: the cold build's CPU time before issue 17's changes. */
  coldCpuBaselineMs?: number;
  /** The median cold wall time at 10,000 articles, when this run measured it too. */
  coldAt10kMs?: number;
}

/**
 * Issue 17's targets for a size, each "met" or "MISSED": the 100,000 set from
 * 100,000 articles up, the 10,000 set below (said to be for reference when the
 * size is not 10,000, as ratios at other sizes only show a trend).
 */
export function targetLines(summary: SizeSummary, context: TargetContext = {}): string[] {
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  const ratio = (kind: BuildKind, limit: number, name: string) => `${name} ${summary.ratio[kind].toFixed(2)}x ≤ ${limit}x stock ${mark(summary.ratio[kind] <= limit)}`;
  if (summary.articles >= 100_000) {
    const t = TARGETS.at100k;
    const memory = (which: "nodeBytes" | "pagefindBytes", name: string, limit: number) => {
      const values = DATELINE_KINDS.map((kind) => summary[which][kind]).filter((v) => v !== undefined);
      if (values.length === 0) return `${name} not measured`;
      const worst = Math.max(...values);
      return `${name} ${mebibytes(worst)} ≤ ${mebibytes(limit)} ${mark(worst <= limit)}`;
    };
    const growth = context.coldAt10kMs === undefined ? undefined : summary.wallMs.cold / context.coldAt10kMs;
    return [
      `  targets at 100,000 articles:`,
      `    ${memory("nodeBytes", "node peak", t.nodeBytes)}; ${memory("pagefindBytes", "pagefind peak", t.pagefindBytes)}`,
      `    ${ratio("warm", t.warm, "warm (no change)")}`,
      `    cold ${growth === undefined ? `≤ ${t.coldGrowth}x the 10,000-article cold: not checked (run --articles=10000,100000)` : `${growth.toFixed(2)}x the 10,000-article cold ≤ ${t.coldGrowth}x ${mark(growth <= t.coldGrowth)}`}`,
    ];
  }
  const t = TARGETS.at10k;
  const cpu = summary.cpuMs.cold;
  const baseline = context.coldCpuBaselineMs;
  const cpuLine =
    cpu === undefined ? "cold cpu not measured (no GNU time)"
    : baseline === undefined ? `cold cpu ${seconds(cpu)}, baseline not checked (--cold-cpu-baseline=<seconds>)`
    : `cold cpu ${seconds(cpu)} ≤ ${seconds(baseline)} ${mark(cpu <= baseline)}`;
  return [
    `  targets at 10,000 articles${summary.articles === 10_000 ? "" : `, shown at ${summary.articles} for reference`}:`,
    `    ${ratio("warm", t.warm, "warm (no change)")}; ${ratio("edited", t.edited, "edited (one article)")}`,
    `    ${cpuLine}; ${ratio("cold", t.coldWall, "cold wall")}`,
  ];
}

/** How each build's median wall time grows from the smallest size to every larger one (linear would be the size ratio). */
export function scalingLines(summaries: SizeSummary[]): string[] {
  const sorted = [...summaries].sort((a, b) => a.articles - b.articles);
  const smallest = sorted[0]!;
  return sorted.slice(1).map((size) => {
    const growth = BUILD_KINDS.map((kind) => `${kind} ${(size.wallMs[kind] / smallest.wallMs[kind]).toFixed(2)}x`).join(", ");
    return `  ${smallest.articles} → ${size.articles} articles (${(size.articles / smallest.articles).toFixed(1)}x the size): ${growth}`;
  });
}
