import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, runCli } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

/** 07:00 UTC on 1 January 2030: the scheduled article goes live an hour later (09:00 in Paris). */
const NOW = "--now=2030-01-01T07:00:00Z";

const ARTICLES = [
  {
    path: "2029/12/forum.md",
    frontMatter: { title: "Forum opens in Baku", date: "2029-12-30", source: "AzerNews", people: ["Ilham Aliyev"], places: ["Azerbaijan"] },
  },
  {
    path: "2030/01/summit.md",
    frontMatter: {
      title: "Embargoed summit statement",
      date: "2030-01-01T09:00:00+01:00",
      source: "Embargo Wire",
      people: ["Ilham Aliyev", "Only Inthe Embargo"],
      places: ["Japan"],
    },
  },
  {
    path: "2030/01/new-year.md",
    frontMatter: { title: "New year in Tokyo", date: "2030-01-02", source: "AzerNews" },
  },
];

describe("embargoes in a build", () => {
  let content: string;
  let held: string;
  let future: string;

  before(() => {
    content = writeContent(ARTICLES, { "site.yaml": "title: News\ntimezone: Asia/Tokyo\n" });
    const heldBuild = buildSite(content, { args: [NOW] });
    assert.equal(heldBuild.status, 0, heldBuild.stderr);
    held = heldBuild.output;
    const futureBuild = buildSite(content, { args: [NOW, "--future"] });
    assert.equal(futureBuild.status, 0, futureBuild.stderr);
    future = futureBuild.output;
  });

  it("should leave a scheduled article, and what exists only for it, out of every file of the site", () => {
    const files = listFiles(held);
    assert.ok(files.includes("articles/2029/12/forum/index.html"));
    for (const gone of ["articles/2030/01/summit/index.html", "people/only-inthe-embargo/index.html", "countries/japan/index.html", "sources/embargo-wire/index.html", "archive/2030/index.html"]) {
      assert.ok(!files.includes(gone), `${gone} was built`);
    }
    for (const file of files.filter((name) => /\.(html|xml|json|txt)$/.test(name) && !name.startsWith("pagefind/"))) {
      const text = fs.readFileSync(path.join(held, file), "utf8");
      assert.ok(!text.includes("Embargoed summit"), `${file} mentions the scheduled article`);
      assert.ok(!text.includes("Only Inthe Embargo"), `${file} mentions the person only it names`);
      assert.ok(!text.includes("/2030/01/"), `${file} links to a 2030 article`);
    }
  });

  it("should publish it, and its person, with --future", () => {
    const files = listFiles(future);
    for (const page of ["articles/2030/01/summit/index.html", "articles/2030/01/new-year/index.html", "people/only-inthe-embargo/index.html", "countries/japan/index.html"]) {
      assert.ok(files.includes(page), `${page} is missing`);
    }
    assert.match(fs.readFileSync(path.join(future, "feed.xml"), "utf8"), /Embargoed summit statement/);
    assert.match(fs.readFileSync(path.join(future, "sitemap.xml"), "utf8"), /\/articles\/2030\/01\/summit\//);
  });

  it("should publish an article once --now reaches its instant, date-only ones at midnight in the site's zone", () => {
    // 15:00 UTC on 1 January is 00:00 on 2 January in Tokyo.
    const later = buildSite(content, { args: ["--now=2030-01-01T15:00:00Z"] });
    assert.equal(later.status, 0, later.stderr);
    const files = listFiles(later.output);
    assert.ok(files.includes("articles/2030/01/summit/index.html"));
    assert.ok(files.includes("articles/2030/01/new-year/index.html"));
    const before = buildSite(content, { args: ["--now=2030-01-02T00:59:59+10:00"] });
    assert.equal(before.status, 0, before.stderr);
    assert.ok(!listFiles(before.output).includes("articles/2030/01/new-year/index.html"), "23:59:59 in Tokyo");
  });

  it("should refuse a --now that is not a date-time with an offset, with exit code 2", () => {
    for (const value of ["tomorrow", "2030-01-01", "2030-01-01T09:00", "2030-02-30T09:00:00Z", "2030-01-01T25:00:00Z"]) {
      const result = buildSite(content, { args: [`--now=${value}`], output: path.join(tempDir(), "_site") });
      assert.equal(result.status, 2, `${value}: ${result.stderr}`);
      assert.match(result.stderr, /--now must be an ISO 8601 date-time with an offset/);
    }
  });

  it("should refuse an unknown site.yaml timezone with its line", () => {
    const bad = writeContent(ARTICLES.slice(0, 1), { "site.yaml": "title: News\ntimezone: Mars/Olympus_Mons\n" });
    const result = buildSite(bad, { args: [NOW] });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /_data\/site\.yaml:2: timezone: must be an IANA time zone/);
  });
});

describe("embargoes in npm run check", () => {
  const CHECK = "src/cli/check.ts";

  it("should say how many articles are scheduled and when the next goes live", () => {
    const content = writeContent(ARTICLES, { "site.yaml": "timezone: Asia/Tokyo\n" });
    const result = runCli(CHECK, [`--input=${content}`, NOW]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^3 articles checked: 0 errors, \d+ warnings?\.\n2 articles are scheduled; the next goes live at 2030-01-01T08:00:00Z\.$/m);
    const json = JSON.parse(runCli(CHECK, [`--input=${content}`, NOW, "--json"]).stdout);
    assert.deepEqual(json.scheduled, { count: 2, next: "2030-01-01T08:00:00Z", future: false });
    const withFuture = runCli(CHECK, [`--input=${content}`, NOW, "--future"]);
    assert.match(withFuture.stdout, /2 articles are scheduled \(they are published anyway: --future\); the next goes live at 2030-01-01T08:00:00Z\./);
  });

  it("should say nothing about scheduling when nothing is scheduled, and give null in JSON", () => {
    const content = writeContent(ARTICLES.slice(0, 1));
    const result = runCli(CHECK, [`--input=${content}`, NOW]);
    assert.doesNotMatch(result.stdout, /scheduled/);
    assert.deepEqual(JSON.parse(runCli(CHECK, [`--input=${content}`, NOW, "--json"]).stdout).scheduled, { count: 0, next: null, future: false });
  });

  it("should refuse an invalid --now with exit code 2", () => {
    const result = runCli(CHECK, [`--input=${writeContent(ARTICLES.slice(0, 1))}`, "--now=soon"]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--now must be an ISO 8601 date-time with an offset/);
  });
});
