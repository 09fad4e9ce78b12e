import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildScriptNodeArgs, reportedSteps } from "../../bench/builds.ts";
import { writeCorpus } from "../../bench/corpus.ts";
import { Random, Zipf } from "../../bench/random.ts";
import { median } from "../../bench/summary.ts";
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
