import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { articleToEdit, editOneArticle, replaceFirstSentence } from "../../bench/article-edit.ts";
import { buildScriptNodeArgs, reportedSteps, type BuildFigures } from "../../bench/builds.ts";
import { writeCorpus } from "../../bench/corpus.ts";
import { Random, Zipf } from "../../bench/random.ts";
import { CommandFailed, measureNode } from "../../bench/measure.ts";
import { failureLine, median, scalingLines, summarize, targetLines, type Round } from "../../bench/summary.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { listFiles } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";

describe("bench corpus", () => {
  it("should write the same bytes for the same seed, and other bytes for another", () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    writeCorpus(a, { articles: 40, seed: 7 });
    writeCorpus(b, { articles: 40, seed: 7 });
    writeCorpus(c, { articles: 40, seed: 8 });
    const files = listFiles(a);
    assert.deepEqual(listFiles(b), files);
    for (const file of files) assert.ok(fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))), file);
    const allText = (dir: string) => listFiles(dir).map((file) => fs.readFileSync(path.join(dir, file), "utf8")).join("\n");
    assert.notEqual(allText(c), allText(a));
  });

  it("should write valid articles of about 4 KB that Dateline reads without errors", async () => {
    const dir = tempDir();
    const corpus = writeCorpus(dir, { articles: 60, seed: 1 });
    const content = await loadContent(corpus.contentDir, { render: false, cache: false });
    assert.deepEqual(content.problems.filter((p) => p.severity === "error"), []);
    assert.equal(content.articles.length, 60);
    const average = corpus.bytes / corpus.articleCount;
    assert.ok(average > 3000 && average < 6000, `average article is ${average} bytes`);
    assert.deepEqual(listFiles(path.join(corpus.stockDir, "articles")), listFiles(path.join(corpus.contentDir, "articles")));
  });
});

describe("Zipf", () => {
  it("should draw the first ranks far more often than the last", () => {
    const zipf = new Zipf(1500, 1);
    const random = new Random(3);
    const counts = new Array<number>(1500).fill(0);
    for (let i = 0; i < 30_000; i++) counts[zipf.sample(random)]!++;
    assert.ok(counts[0]! > 20 * counts[999]!, `rank 1: ${counts[0]}, rank 1000: ${counts[999]}`);
    assert.ok(counts.every((n) => n >= 0) && counts.reduce((a, b) => a + b) === 30_000);
  });

  it("should draw distinct indexes", () => {
    const picked = new Zipf(50).sampleDistinct(new Random(1), 4);
    assert.equal(new Set(picked).size, 4);
  });
});

describe("bench summary", () => {
  it("should read the steps a build reports, and only those", () => {
    const stdout = "[dateline] content: 1234 ms\n[dateline] 10 articles, 3 people\n[dateline] search index: 10000 articles in 7.30 s\n[11ty] Wrote 5 files\n[dateline] eleventy: 5 ms\n[dateline] peak rss of node: 1295 MiB\n";
    assert.deepEqual(reportedSteps(stdout), { content: 1234, "search index": 7300, eleventy: 5 });
    const reused = "[dateline] search index: 10000 articles (unchanged, reused) in 1.05 s\n";
    assert.deepEqual(reportedSteps(reused), { "search index": 1050 });
  });

  it("should run the build exactly as package.json's build script does", () => {
    const args = buildScriptNodeArgs();
    assert.equal(path.basename(args.at(-1)!), "build.ts");
    assert.ok(path.isAbsolute(args.at(-1)!), "the script path is made absolute, to run from any folder");
    assert.ok(args.includes("--import") && args.includes("tsx"));
  });

  it("should take the median of odd and even counts", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});

describe("bench article edit", () => {
  it("should replace the first sentence of the body and nothing else", () => {
    const text = '---\ntitle: "A. B. Smith said so."\ndate: 2020-01-01\n---\nFirst sentence here. Second one stays.\n\n- a list.\n';
    assert.equal(replaceFirstSentence(text, "Changed."), '---\ntitle: "A. B. Smith said so."\ndate: 2020-01-01\n---\nChanged. Second one stays.\n\n- a list.\n');
    assert.throws(() => replaceFirstSentence("---\ntitle: x\n---\n", "Changed."), /no sentence/);
  });

  it("should edit the same article of a corpus every time, and put its bytes back", () => {
    const corpus = writeCorpus(tempDir(), { articles: 30, seed: 5 });
    const file = articleToEdit(path.join(corpus.contentDir, "articles"));
    assert.equal(articleToEdit(path.join(corpus.contentDir, "articles")), file);
    const original = fs.readFileSync(file, "utf8");
    const edit = editOneArticle(corpus.contentDir, "An edited sentence.");
    assert.equal(edit.file, file);
    const edited = fs.readFileSync(file, "utf8");
    assert.notEqual(edited, original);
    assert.equal(edited.split("\n---\n")[0], original.split("\n---\n")[0], "the front matter is untouched");
    assert.ok(edited.includes("An edited sentence."));
    edit.restore();
    assert.equal(fs.readFileSync(file, "utf8"), original);
  });
});

const MiB = 1024 ** 2;

function build(wallS: number, extra: Partial<BuildFigures> = {}): BuildFigures {
  return { wallMs: wallS * 1000, cpuMs: wallS * 1500, pages: 10, steps: {}, ...extra };
}

function round(stockS: number, coldS: number, warmS: number, editedS: number, memory: Partial<BuildFigures> = {}): Round {
  return { stock: build(stockS), cold: build(coldS, memory), warm: build(warmS, memory), edited: build(editedS, memory) };
}

describe("bench targets", () => {
  it("should take each build's median ratio to its own round's stock build", () => {
    const summary = summarize(10_000, [round(10, 40, 4, 5), round(20, 100, 12, 13), round(10, 45, 6, 7)]);
    assert.equal(summary.wallMs.cold, 45_000);
    assert.equal(summary.ratio.cold, 4.5);
    assert.equal(summary.ratio.warm, 0.6);
    assert.equal(summary.ratio.edited, 0.65);
    assert.equal(summary.cpuMs.cold, 67_500);
  });

  it("should judge the 10,000-article targets, and the cold CPU only against a given baseline", () => {
    const summary = summarize(10_000, [round(10, 50, 4, 6)]);
    const [, ratios, cold] = targetLines(summary);
    assert.match(ratios!, /warm \(no change\) 0\.40x ≤ 0\.5x stock met; edited \(one article\) 0\.60x ≤ 0\.6x stock met/);
    assert.match(cold!, /cold cpu 75\.00 s, baseline not checked .*; cold wall 5\.00x ≤ 5\.3x stock met/);
    assert.match(targetLines(summary, { coldCpuBaselineMs: 70_000 })[2]!, /cold cpu 75\.00 s ≤ 70\.00 s MISSED/);
    assert.match(targetLines(summary, { coldCpuBaselineMs: 80_000 })[2]!, /cold cpu 75\.00 s ≤ 80\.00 s met/);
    const slow = targetLines(summarize(10_000, [round(10, 60, 6, 7)]));
    assert.match(slow[1]!, /0\.60x ≤ 0\.5x stock MISSED; .*0\.70x ≤ 0\.6x stock MISSED/);
    assert.match(slow[2]!, /6\.00x ≤ 5\.3x stock MISSED/);
    assert.match(targetLines(summarize(2_000, [round(10, 50, 4, 6)]))[0]!, /targets at 10,000 articles, shown at 2000 for reference/);
  });

  it("should judge the 100,000-article targets: each process's memory apart, and growth from 10,000 when both ran", () => {
    const within = { nodePeakRssBytes: 3000 * MiB, pagefindPeakRssBytes: 2000 * MiB, peakRssBytes: 3000 * MiB };
    const summary = summarize(100_000, [round(100, 500, 40, 55, within)]);
    const lines = targetLines(summary, { coldAt10kMs: 50_000 });
    assert.match(lines[1]!, /node peak 3000 MiB ≤ 3072 MiB met; pagefind peak 2000 MiB ≤ 3072 MiB met/);
    assert.match(lines[2]!, /warm \(no change\) 0\.40x ≤ 0\.5x stock met/);
    assert.match(lines[3]!, /cold 10\.00x the 10,000-article cold ≤ 11x met/);
    assert.match(targetLines(summary)[3]!, /not checked/);
    const over = summarize(100_000, [round(100, 600, 60, 70, { nodePeakRssBytes: 4000 * MiB, pagefindPeakRssBytes: 3100 * MiB })]);
    const missed = targetLines(over, { coldAt10kMs: 50_000 });
    assert.match(missed[1]!, /node peak 4000 MiB ≤ 3072 MiB MISSED; pagefind peak 3100 MiB ≤ 3072 MiB MISSED/);
    assert.match(missed[2]!, /MISSED/);
    assert.match(missed[3]!, /12\.00x the 10,000-article cold ≤ 11x MISSED/);
  });

  it("should say how each build's time grows from the smallest size", () => {
    const lines = scalingLines([summarize(100_000, [round(100, 500, 40, 55)]), summarize(10_000, [round(10, 50, 5, 6)])]);
    assert.deepEqual(lines, ["  10000 → 100000 articles (10.0x the size): stock 10.00x, cold 10.00x, warm 8.00x, edited 9.17x"]);
  });
});

describe("bench measure", () => {
  it("should measure a command's time, CPU and memory, and report a build that runs out of memory with why and how far it got", async () => {
    const ok = await measureNode(["-e", "const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 300)"], { cwd: tempDir() });
    assert.ok(ok.wallMs >= 300);
    assert.ok(ok.processes.node === undefined || ok.processes.node >= 64 * MiB, `node: ${ok.processes.node}`);
    const failed = await measureNode(["--max-old-space-size=16", "-e", "const a = []; for (;;) a.push(new Array(1e5).fill(1))"], { cwd: tempDir() }).then(
      () => assert.fail("the command should fail"),
      (error: unknown) => error,
    );
    assert.ok(failed instanceof CommandFailed);
    assert.notEqual(failed.code, 0);
    assert.match(failed.reason, /heap out of memory|Allocation failed/);
    assert.match(failureLine(0, "cold", failed), /^ {2}run 1 cold {3}FAILED after \d+\.\d\d s \(exit \d+\), node (\d+ MiB|–), pagefind –: .*(heap out of memory|Allocation failed)/);
  });
});
