/**
 * Incremental builds (issue 17 part 1): a build over the last site renders
 * only the pages whose inputs changed and takes the rest from the last site,
 * and what it makes is byte for byte what a full build (`--full`, into a new
 * folder) makes from the same content. Checked over a sequence of edits, each
 * kind an editor or a publisher makes, comparing whole trees; the pages are
 * rendered in slices of a few pages, so every build is several Eleventy runs.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, type BuildResult } from "../helpers/build-site.ts";
import { writeCorpus } from "../helpers/corpus.ts";
import { tempDir } from "../helpers/fixture.ts";

const NOW = "--now=2025-06-01T12:00:00Z";
const ENV = { DATELINE_TIMINGS: "1", DATELINE_PAGES_PER_SLICE: "120" };

/** What a build said about its pages. */
function pagesLine(built: BuildResult): { rendered: number; taken: number; runs: number } {
  assert.equal(built.status, 0, built.stderr);
  const match = /\[dateline\] pages: (\d+) rendered in (\d+) Eleventy runs?, (\d+) unchanged taken/.exec(built.stdout);
  assert.ok(match, `no pages line in:\n${built.stdout}`);
  return { rendered: Number(match[1]), runs: Number(match[2]), taken: Number(match[3]) };
}

/** Asserts that two sites hold the same files with the same bytes. */
function assertSameTree(expected: string, actual: string, step: string): number {
  const files = listFiles(expected);
  assert.deepEqual(listFiles(actual), files, `${step}: the incremental site has other files than the full build`);
  const differing = files.filter((file) => !fs.readFileSync(path.join(actual, file)).equals(fs.readFileSync(path.join(expected, file))));
  assert.deepEqual(differing, [], `${step}: files differ from the full build`);
  return files.length;
}

describe("an incremental build", () => {
  let content: string;
  let layouts: string;
  let output: string;
  let cache: string;
  let articleFiles: string[];

  /** Builds incrementally into `output`, then fully into a new folder, and compares the two. */
  function buildAndCompare(step: string): { rendered: number; taken: number; runs: number } {
    const incremental = buildSite(content, { output, env: { ...ENV, DATELINE_CACHE_DIR: cache }, args: [NOW, `--layouts=${layouts}`] });
    const pages = pagesLine(incremental);
    const full = buildSite(content, { env: { ...ENV, DATELINE_CACHE_DIR: cache }, args: [NOW, `--layouts=${layouts}`, "--full"] });
    const fullPages = pagesLine(full);
    assert.equal(fullPages.taken, 0, "--full takes nothing from a last build");
    assert.equal(pages.rendered + pages.taken, fullPages.rendered, `${step}: every page is rendered or taken`);
    assertSameTree(full.output, output, step);
    return pages;
  }

  function edit(file: string, change: (text: string) => string): void {
    const text = fs.readFileSync(file, "utf8");
    const changed = change(text);
    assert.notEqual(changed, text, `the edit changes ${file}`);
    fs.writeFileSync(file, changed);
  }

  before(() => {
    const corpus = writeCorpus(150);
    content = corpus.contentDir;
    articleFiles = corpus.files.filter((file) => !/^draft: true$/m.test(fs.readFileSync(file, "utf8")));
    layouts = tempDir("dateline-layouts-");
    fs.mkdirSync(path.join(layouts, "partials"), { recursive: true });
    fs.copyFileSync(path.resolve(import.meta.dirname, "../../layouts/partials/article-item.njk"), path.join(layouts, "partials/article-item.njk"));
    output = path.join(tempDir("dateline-incremental-"), "_site");
    cache = tempDir("dateline-cache-");
  });

  it("should render every page the first time, in several Eleventy runs", () => {
    const pages = buildAndCompare("first build");
    assert.equal(pages.taken, 0);
    assert.ok(pages.runs > 1, `${pages.runs} runs`);
  });

  it("should leave the site as it is when nothing changed", () => {
    const before = fs.statSync(path.join(output, "index.html"));
    const built = buildSite(content, { output, env: { ...ENV, DATELINE_CACHE_DIR: cache }, args: [NOW, `--layouts=${layouts}`] });
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /nothing changed since the last build/);
    assert.equal(fs.statSync(path.join(output, "index.html")).ino, before.ino);
  });

  it("should render only the pages that show an article whose body changed, without touching the last site's files", () => {
    const file = articleFiles[10]!;
    // A second name for a page the edit renders again: its bytes must stay the last build's.
    const url = path.relative(path.join(content, "articles"), file).replace(/\.md$/, "");
    const page = fs.readdirSync(path.join(output, "articles"), { recursive: true }).map(String).find((entry) => entry.endsWith(`${path.basename(url)}/index.html`));
    assert.ok(page, `the page of ${url}`);
    const pageFile = path.join(output, "articles", page);
    const witness = path.join(tempDir("dateline-witness-"), "page.html");
    fs.linkSync(pageFile, witness);
    const old = fs.readFileSync(witness);
    // Pages without a list that print no article's body: taken from the last site (the same file), not rendered again.
    const indexes = ["sources/index.html", "archive/index.html", "search/index.html", "sitemap.xml"].map((page) => [page, fs.statSync(path.join(output, page)).ino] as const);
    edit(file, (text) => text.replace(/\n---\n/, "\n---\nA new first paragraph for the incremental build.\n\n"));
    const pages = buildAndCompare("body edit");
    for (const [page, ino] of indexes) assert.equal(fs.statSync(path.join(output, page)).ino, ino, `${page} rendered again for one body`);
    assert.ok(pages.rendered < 60, `${pages.rendered} pages rendered for one body`);
    assert.ok(pages.taken > 250, `${pages.taken} pages taken`);
    assert.deepEqual(fs.readFileSync(witness), old, "a file of the last site was written into");
    assert.notDeepEqual(fs.readFileSync(pageFile), old);
  });

  it("should match a full build after a title edit", () => {
    edit(articleFiles[20]!, (text) => text.replace(/^title: "/m, 'title: "Retitled: '));
    assert.ok(buildAndCompare("title edit").rendered < 120);
  });

  it("should match a full build after an article's people change", () => {
    edit(articleFiles[30]!, (text) => text.replace(/^places:/m, "people:\n  - Someone Entirely New\nplaces:").replace(/^people:\n((?:  - .*\n)+)people:\n/m, "people:\n$1"));
    buildAndCompare("people edit");
  });

  it("should match a full build after a new article", () => {
    const file = path.join(content, "articles", "2023", "02", "a-brand-new-report.md");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '---\ntitle: "A brand new report"\ndate: 2023-02-14\nsource: "Velmora Daily"\nplaces: ["Kenya"]\n---\nFresh text.\n');
    buildAndCompare("new article");
  });

  it("should match a full build after an article is deleted", () => {
    fs.rmSync(articleFiles[40]!);
    buildAndCompare("deleted article");
  });

  it("should match a full build after a registry change", () => {
    const registry = path.join(content, "_data", "people.yaml");
    edit(registry, (text) => text.replace("description: An invented person", "description: Changed in the registry by the incremental build test"));
    buildAndCompare("registry change");
  });

  it("should render every page that uses a layout after it changes", () => {
    edit(path.join(layouts, "partials/article-item.njk"), (text) => `${text}\n{# edited by the incremental build test #}<!-- edited -->`);
    const pages = buildAndCompare("layout change");
    assert.equal(pages.taken, 0, "a layout change renders every page");
  });

  it("should match a full build after site.yaml changes", () => {
    edit(path.join(content, "_data", "site.yaml"), (text) => text.replace("title: Generated Archive", "title: Renamed Archive"));
    const pages = buildAndCompare("site.yaml change");
    assert.equal(pages.taken, 0, "a site setting is printed on every page");
  });

  it("should render again a page changed in the site by hand, and put back one removed", () => {
    const changed = path.join(output, "people", "index.html");
    fs.appendFileSync(changed, "<!-- changed by hand -->");
    fs.rmSync(path.join(output, "index.html"));
    buildAndCompare("pages changed by hand");
  });

  it("should take nothing with --full", () => {
    const built = buildSite(content, { output, env: { ...ENV, DATELINE_CACHE_DIR: cache }, args: [NOW, `--layouts=${layouts}`, "--full"] });
    assert.equal(pagesLine(built).taken, 0);
  });
});
