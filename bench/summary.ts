/** Formatting the benchmark's figures: medians, ratios to stock Eleventy, and the targets. */
import type { BuildFigures } from "./builds.ts";

/** The builds of one round, run back to back on the same corpus. */
export interface Round {
  stock: BuildFigures;
  cold: BuildFigures;
  warm: BuildFigures;
}

/** The targets of issue 8, at 10,000 articles. */
export const TARGETS = { cold: 2.0, warm: 1.5, peakRssBytes: 1.5 * 1024 ** 3, scaling: 2.2 };

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
  const line = (name: string, b: BuildFigures) => {
    const ratio = b === round.stock ? "" : ` (${(b.wallMs / round.stock.wallMs).toFixed(2)}x)`;
    const steps = Object.entries(b.steps).map(([step, ms]) => `${step} ${seconds(ms)}`).join(", ");
    const cpu = b.cpuMs === undefined ? "" : `  cpu ${seconds(b.cpuMs)}`;
    const node = b.nodePeakRssBytes === undefined ? "" : ` (node ${mebibytes(b.nodePeakRssBytes)})`;
    return `  run ${index + 1} ${name.padEnd(5)} ${seconds(b.wallMs).padStart(9)}${ratio.padEnd(9)} ${String(b.pages).padStart(6)} pages  ${mebibytes(b.peakRssBytes).padStart(9)}${node}${cpu}${steps ? `  [${steps}]` : ""}`;
  };
  return [line("stock", round.stock), line("cold", round.cold), line("warm", round.warm)];
}

/** The table of medians over rounds, and whether each target is met. */
export function summaryLines(articles: number, rounds: Round[]): { lines: string[]; medians: Record<"stock" | "cold" | "warm", number> } {
  const kinds = ["stock", "cold", "warm"] as const;
  const lines = [
    `  median of ${rounds.length} run${rounds.length === 1 ? "" : "s"}, ${articles} articles (peak RSS: the largest process, Pagefind's included; node: the build's own):`,
    `    ${"build".padEnd(6)} ${"wall".padStart(9)}  ${"ratio".padStart(6)}  ${"pages".padStart(6)}  ${"peak RSS".padStart(9)}  ${"node".padStart(9)}  steps`,
  ];
  const ratios: Record<string, number> = {};
  let worstRss = 0;
  for (const kind of kinds) {
    const builds = rounds.map((r) => r[kind]);
    const wall = median(builds.map((b) => b.wallMs));
    const ratio = median(rounds.map((r) => r[kind].wallMs / r.stock.wallMs));
    ratios[kind] = ratio;
    const rss = Math.max(...builds.map((b) => b.peakRssBytes ?? 0));
    const nodeRss = Math.max(...builds.map((b) => b.nodePeakRssBytes ?? 0));
    if (kind !== "stock") worstRss = Math.max(worstRss, rss);
    const stepNames = [...new Set(builds.flatMap((b) => Object.keys(b.steps)))];
    const steps = stepNames.map((step) => `${step} ${seconds(median(builds.map((b) => b.steps[step] ?? 0)))}`).join(", ");
    lines.push(`    ${kind.padEnd(6)} ${seconds(wall).padStart(9)}  ${`${ratio.toFixed(2)}x`.padStart(6)}  ${String(builds[0]!.pages).padStart(6)}  ${mebibytes(rss || undefined).padStart(9)}  ${mebibytes(nodeRss || undefined).padStart(9)}  ${steps}`);
  }
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  lines.push(
    `  targets (set for 10,000 articles): cold ${ratios.cold!.toFixed(2)}x ≤ ${TARGETS.cold}x ${mark(ratios.cold! <= TARGETS.cold)}; ` +
      `warm ${ratios.warm!.toFixed(2)}x ≤ ${TARGETS.warm}x ${mark(ratios.warm! <= TARGETS.warm)}; ` +
      `peak RSS ${mebibytes(worstRss)} ≤ 1536 MiB ${mark(worstRss <= TARGETS.peakRssBytes)}`,
  );
  const medianOf = (kind: (typeof kinds)[number]) => median(rounds.map((r) => r[kind].wallMs));
  return { lines, medians: { stock: medianOf("stock"), cold: medianOf("cold"), warm: medianOf("warm") } };
}
