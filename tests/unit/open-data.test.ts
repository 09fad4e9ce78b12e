import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import type { Registry } from "../../src/entities/registry.ts";
import { csvChunks, dataFiles, jsonChunks } from "../../src/open-data/data-files.ts";
import { OpenDataRecords, siteBase } from "../../src/open-data/records.ts";
import { DATA_FILE_NAMES, fieldRows, fileSchema, ITEM_SCHEMAS } from "../../src/open-data/schemas.ts";
import { writeOpenData } from "../../src/open-data/write-open-data.ts";
import { archiveOf, type ArticleFields } from "../helpers/archive-of.ts";
import { tempDir } from "../helpers/fixture.ts";
import { parseCsv, schemaErrors } from "../helpers/open-data.ts";

const registry: Registry = {
  people: [{ name: "Ann Lee", aliases: ["A. Lee"], description: "A minister", file: "/content/_data/people.yaml", line: 1 }],
  places: [],
};

const ARTICLES: ArticleFields[] = [
  { title: "Forum in Baku", date: "2024-12-30", source: "AzerNews", people: ["Ann Lee", "عبد الله الأحمد"], places: ["Syria", "Damascus", "Japan"], summary: "Ministers met.", url: "https://example.org/forum" },
  { title: "Сергей Иванов в Москве", date: "2024-12-28", source: "Azernews", people: ["A. Lee", "Сергей Иванов"], places: ["Russia"], lang: "ru", corrections: [{ date: "2025-01-02", text: "Fixed a name." }] },
  { title: '=HYPERLINK("http://evil.example","click")', date: "2024-11-02", source: "AzerNews", author: "Staff, \"Desk\"" },
];

const SITE = { url: "https://news.example.org", title: "Test News" };

function records(pathPrefix?: string) {
  const archive = archiveOf(ARTICLES, { registry, site: SITE });
  return new OpenDataRecords(archive, siteBase(archive.site.url, pathPrefix));
}

/** The whole text of one file's chunks. */
const text = (chunks: Iterable<string>) => [...chunks].join("");

describe("open data", () => {
  it("should make each article a record with its stable id, absolute URLs under the path prefix, and canonical people and countries", () => {
    const [forum, moscow] = [...records("/news/").items("articles")];
    assert.equal(forum!.id, "2024/12/forum-in-baku");
    assert.equal(forum!.url, "https://news.example.org/news/articles/2024/12/forum-in-baku/");
    assert.equal(forum!.date, "2024-12-30");
    assert.deepEqual(forum!.source, { id: "azernews", name: "AzerNews", url: "https://news.example.org/news/sources/azernews/" });
    assert.equal(forum!.people[0]!.id, "ann-lee");
    assert.match(forum!.people[1]!.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(forum!.people[1]!.name, "عبد الله الأحمد");
    // Syria and Damascus are one country; Japan another: ISO codes, each once, as written order.
    assert.deepEqual(forum!.countries.map((c) => c.id), ["SY", "JP"]);
    assert.equal(forum!.countries[0]!.url, "https://news.example.org/news/countries/syria/");
    assert.equal(forum!.originalUrl, "https://example.org/forum");
    assert.equal(forum!.corrections, 0);
    assert.equal(forum!.lastCorrected, null);
    // The alias "A. Lee" resolves to Ann Lee's id.
    assert.equal(moscow!.people[0]!.id, "ann-lee");
    assert.equal(moscow!.language, "ru");
    assert.equal(moscow!.corrections, 1);
    assert.equal(moscow!.lastCorrected, "2025-01-02");
  });

  it("should give people, countries and sources their ids, aliases and counts", () => {
    const r = records();
    const people = [...r.items("people")];
    const ann = people.find((p) => p.id === "ann-lee")!;
    assert.deepEqual(ann, { id: "ann-lee", name: "Ann Lee", aliases: ["A. Lee"], description: "A minister", url: "https://news.example.org/people/ann-lee/", articles: 2 });
    const countries = [...r.items("countries")];
    assert.deepEqual(countries.find((c) => c.id === "SY"), { id: "SY", alpha3: "SYR", numeric: "760", name: "Syria", url: "https://news.example.org/countries/syria/", articles: 1 });
    const sources = [...r.items("sources")];
    assert.equal(sources.length, 1);
    assert.deepEqual(sources[0], { id: "azernews", name: "AzerNews", aliases: ["Azernews"], url: "https://news.example.org/sources/azernews/", articles: 3 });
  });

  it("should write JSON that its own schema accepts, and CSV with one row per record", () => {
    const r = records();
    for (const name of DATA_FILE_NAMES) {
      const data = JSON.parse(text(jsonChunks(r, name)));
      const schema = fileSchema(name, r.url(`/data/${name}.schema.json`));
      assert.deepEqual(schemaErrors(schema, data), [], name);
      assert.equal(data.count, data.items.length);
      assert.equal(data.$schema, `https://news.example.org/data/${name}.schema.json`);
      const csv = text(csvChunks(r, name));
      assert.ok(csv.startsWith("\uFEFF"), `${name}.csv starts with a BOM`);
      assert.equal(parseCsv(csv.slice(1)).length, data.items.length + 1);
    }
  });

  it("should round-trip Arabic and Cyrillic names and a hostile title through JSON and CSV", () => {
    const r = records();
    const json = JSON.parse(text(jsonChunks(r, "articles")));
    const rows = parseCsv(text(csvChunks(r, "articles")).slice(1));
    const header = rows[0]!;
    const title = header.indexOf("title");
    assert.deepEqual(json.items.map((item: { title: string }) => item.title), ARTICLES.map((a) => a.title));
    assert.equal(rows[2]![title], "Сергей Иванов в Москве");
    // The formula is written with a leading apostrophe in CSV, exactly in JSON.
    assert.equal(rows[3]![title], `'${ARTICLES[2]!.title}`);
    assert.equal(rows[3]![header.indexOf("author")], 'Staff, "Desk"');
    const people = parseCsv(text(csvChunks(r, "people")).slice(1));
    assert.ok(people.some((row) => row[1] === "عبد الله الأحمد"));
    assert.ok(people.some((row) => row[1] === "Сергей Иванов"));
  });

  it("should write valid, empty files for an archive with no articles", () => {
    const archive = archiveOf([], { site: SITE });
    const r = new OpenDataRecords(archive, siteBase(archive.site.url, undefined));
    for (const name of DATA_FILE_NAMES) {
      const data = JSON.parse(text(jsonChunks(r, name)));
      assert.deepEqual(data.items, []);
      assert.equal(data.updated, null);
      assert.deepEqual(schemaErrors(fileSchema(name, "https://news.example.org/data/x.schema.json"), data), []);
      assert.equal(parseCsv(text(csvChunks(r, name)).slice(1)).length, 1);
    }
  });

  it("should stream every file record by record: no chunk it writes is larger than one record", async () => {
    const many: ArticleFields[] = Array.from({ length: 300 }, (_, i) => ({ title: `Story ${i}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`, people: [`Person ${i % 40}`], places: ["Syria"] }));
    const archive = archiveOf(many, { site: SITE });
    const r = new OpenDataRecords(archive, siteBase(archive.site.url, undefined));
    // The largest single record (or header row) of any data file: the bound for one chunk. A schema is one small fixed text.
    let largest = 0;
    for (const file of dataFiles(r).filter((f) => !f.url.endsWith(".schema.json"))) for (const chunk of file.chunks()) largest = Math.max(largest, Buffer.byteLength(chunk));
    const output = tempDir("dateline-open-data-");
    const written = new Map<string, { chunks: number; biggest: number }>();
    const report = await writeOpenData(output, archive, undefined, (file) => {
      const seen = { chunks: 0, biggest: 0 };
      written.set(file, seen);
      const sink = fs.createWriteStream(file);
      return new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _encoding, done) {
          seen.chunks++;
          seen.biggest = Math.max(seen.biggest, chunk.length);
          sink.write(chunk, done);
        },
        final(done) {
          sink.end(done);
        },
      });
    });
    assert.equal(report.files, 12);
    const articles = [...written].find(([file]) => path.basename(file).startsWith(".articles.json"))![1];
    // A header, 300 records and a closing: written one at a time, never as one string.
    assert.equal(articles.chunks, 302);
    for (const [file, seen] of written) if (!file.includes(".schema.json")) assert.ok(seen.biggest <= largest, `${file}: ${seen.biggest} > ${largest}`);
    assert.ok(largest < 2_000, `one record is small (${largest} bytes)`);
    assert.deepEqual(fs.readdirSync(path.join(output, "data")).sort(), DATA_FILE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`, `${n}.schema.json`]).sort());
    const data = JSON.parse(fs.readFileSync(path.join(output, "data", "articles.json"), "utf8"));
    assert.equal(data.items.length, 300);
  });

  it("should reject when a file cannot be written, leaving no half-written file behind", async () => {
    const archive = archiveOf(ARTICLES, { registry, site: SITE });
    const output = tempDir("dateline-open-data-full-");
    const failing = (file: string) =>
      new Writable({
        write(_chunk, _encoding, done) {
          // The file exists (as a real stream would have made it) and the disk is full.
          fs.writeFileSync(file, "partial");
          done(Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
        },
      });
    await assert.rejects(writeOpenData(output, archive, undefined, failing), /no space left/);
    assert.deepEqual(fs.readdirSync(path.join(output, "data")), []);
  });

  it("should list every field of a schema, nested ones dotted, for the /data/ page", () => {
    const rows = fieldRows(ITEM_SCHEMAS.articles).map((row) => row.name);
    assert.ok(rows.includes("source.id"));
    assert.ok(rows.includes("people[].url"));
    assert.ok(rows.includes("countries[].id"));
    for (const name of DATA_FILE_NAMES) {
      for (const row of fieldRows(ITEM_SCHEMAS[name])) assert.ok(row.description.length > 0, `${name}: ${row.name} has a description`);
    }
  });
});
