import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { FileStamps, RACY_MARGIN_MS, type StampedFile } from "../../src/content/file-stamps.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { DEFAULT_SITE } from "../../src/content/site-settings.ts";
import { bodyWordsOf } from "../../src/i18n/body-words.ts";
import { resolveInterfaceStrings } from "../../src/i18n/interface-strings.ts";
import { bodyText } from "../../src/markdown/stored-body.ts";
import { articleText, tempDir, writeContent } from "../helpers/fixture.ts";

const WORDS = "english words";
/** A build that started well after any file a test writes: every file counts as old enough to record. */
const LATER = () => Date.now() + 10 * RACY_MARGIN_MS;

function entryFor(file: string, parseKey = "parse", renderKey = "render"): StampedFile {
  return { stamp: FileStamps.stampOf(file)!, parseKey, renderKey, bodyLine: 5 };
}

/** A whole second an hour ago: a modification time that setting it again gives back exactly. */
const AN_HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;

function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
  return file;
}

/** Writes `text` (of the same length) over the file's bytes and sets its modification time back, as a careless tool could. */
async function rewriteKeepingSizeAndTime(file: string, text: string): Promise<void> {
  const was = fs.statSync(file);
  assert.equal(Buffer.byteLength(text), was.size);
  // Past any file system's timestamp granularity, so only the change time tells the write apart.
  await sleep(20);
  fs.writeFileSync(file, text);
  fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
  assert.equal(fs.statSync(file).mtimeMs, was.mtimeMs);
}

describe("FileStamps", () => {
  it("should give back what an unchanged file gave, from a record saved by an earlier build", () => {
    const cache = tempDir();
    const file = writeFile(tempDir(), "a.md", "text");
    const first = new FileStamps(WORDS, LATER(), cache).load();
    first.set(file, entryFor(file, "p1", "r1"));
    first.save();
    const later = new FileStamps(WORDS, LATER(), cache).load();
    assert.deepEqual(later.unchanged(file, FileStamps.stampOf(file)!), entryFor(file, "p1", "r1"));
  });

  it("should not take a file rewritten with the same size and modification time (its change time moved)", async () => {
    const cache = tempDir();
    const file = writeFile(tempDir(), "a.md", "old text");
    const first = new FileStamps(WORDS, LATER(), cache).load();
    first.set(file, entryFor(file));
    first.save();
    await rewriteKeepingSizeAndTime(file, "new text");
    assert.equal(new FileStamps(WORDS, LATER(), cache).load().unchanged(file, FileStamps.stampOf(file)!), undefined);
  });

  it("should not take a file replaced by another (a save by rename: another inode)", async () => {
    const cache = tempDir();
    const dir = tempDir();
    const file = writeFile(dir, "a.md", "old text");
    const first = new FileStamps(WORDS, LATER(), cache).load();
    first.set(file, entryFor(file));
    first.save();
    const replacement = writeFile(dir, "a.md.tmp", "new text");
    fs.utimesSync(replacement, AN_HOUR_AGO, AN_HOUR_AGO);
    fs.renameSync(replacement, file);
    assert.equal(new FileStamps(WORDS, LATER(), cache).load().unchanged(file, FileStamps.stampOf(file)!), undefined);
  });

  it("should know a moved file only at its old path, and a deleted one not at all", () => {
    const cache = tempDir();
    const dir = tempDir();
    const moved = writeFile(dir, "moved.md", "moved");
    const deleted = writeFile(dir, "deleted.md", "deleted");
    const first = new FileStamps(WORDS, LATER(), cache).load();
    first.set(moved, entryFor(moved));
    first.set(deleted, entryFor(deleted));
    first.save();
    const target = path.join(dir, "elsewhere.md");
    fs.renameSync(moved, target);
    fs.rmSync(deleted);
    const later = new FileStamps(WORDS, LATER(), cache).load();
    assert.equal(later.unchanged(target, FileStamps.stampOf(target)!), undefined, "the same file under a new path is another record");
    assert.equal(FileStamps.stampOf(deleted), undefined);
    assert.equal(FileStamps.stampOf(dir), undefined, "a folder has no stamp");
  });

  it("should not record a file written too recently to tell apart from a later write in the same tick", () => {
    const cache = tempDir();
    const file = writeFile(tempDir(), "a.md", "text");
    const now = new FileStamps(WORDS, Date.now(), cache).load();
    now.set(file, entryFor(file));
    now.save();
    assert.equal(new FileStamps(WORDS, LATER(), cache).load().unchanged(file, FileStamps.stampOf(file)!), undefined);
  });

  it("should start empty from a corrupt record, or from one made for other words", () => {
    const cache = tempDir();
    const file = writeFile(tempDir(), "a.md", "text");
    const first = new FileStamps(WORDS, LATER(), cache).load();
    first.set(file, entryFor(file));
    first.save();
    assert.equal(new FileStamps("French words", LATER(), cache).load().unchanged(file, FileStamps.stampOf(file)!), undefined);
    fs.writeFileSync(path.join(cache, "article-stamps.v8"), "not a record at all");
    assert.equal(new FileStamps(WORDS, LATER(), cache).load().unchanged(file, FileStamps.stampOf(file)!), undefined);
  });
});

describe("loadContent with file stamps", () => {
  const cache = tempDir();
  const previous = process.env.DATELINE_CACHE_DIR;
  const words = JSON.stringify(bodyWordsOf(resolveInterfaceStrings(DEFAULT_SITE.language)));
  const article = (name: string, body: string) => ({
    path: `2024/12/${name}.md`,
    frontMatter: { title: `Article ${name}`, date: "2024-12-30", source: "AzerNews", people: [], places: [] },
    body,
  });
  let dir: string;
  before(async () => {
    process.env.DATELINE_CACHE_DIR = cache;
    dir = writeContent([article("one", "First body, *old*."), article("two", "Second body.")]);
    for (const name of ["one", "two"]) fs.utimesSync(path.join(dir, "articles/2024/12", `${name}.md`), AN_HOUR_AGO, AN_HOUR_AGO);
    // Files written just now are not recorded (too recent to tell from a later write): let them age.
    await sleep(RACY_MARGIN_MS + 100);
    await loadContent(dir);
  });
  after(() => {
    if (previous === undefined) delete process.env.DATELINE_CACHE_DIR;
    else process.env.DATELINE_CACHE_DIR = previous;
  });
  const html = async (options = {}) => {
    const { articles, problems } = await loadContent(dir, options);
    assert.deepEqual(problems.filter((p) => p.severity === "error"), []);
    return Object.fromEntries(articles.map((a) => [a.relPath, bodyText(a.rendered).html]));
  };

  it("should record every article read, and give the same articles from the record", async () => {
    const stamps = new FileStamps(words, Date.now(), cache).load();
    for (const name of ["one", "two"]) {
      const file = path.join(dir, "articles/2024/12", `${name}.md`);
      assert.ok(stamps.unchanged(file, FileStamps.stampOf(file)!), `${name}.md is recorded`);
    }
    assert.deepEqual(await html(), await html({ stamps: false }));
  });

  it("should read an article rewritten with the same size and modification time", async () => {
    const file = path.join(dir, "articles/2024/12/one.md");
    await rewriteKeepingSizeAndTime(file, articleText(article("one", "First body, *new*.")));
    assert.equal((await html())["articles/2024/12/one.md"], "<p>First body, <em>new</em>.</p>");
  });

  it("should trust no stamp with `stamps: false` (--full), even a record that lies", async () => {
    // A record that gives two.md's keys for one.md's unchanged stamp: trusted by default, never with stamps off.
    const one = path.join(dir, "articles/2024/12/one.md");
    const two = path.join(dir, "articles/2024/12/two.md");
    const stamps = new FileStamps(words, LATER(), cache).load();
    const ofTwo = stamps.unchanged(two, FileStamps.stampOf(two)!)!;
    stamps.unchanged(one, FileStamps.stampOf(one)!);
    stamps.set(one, { ...ofTwo, stamp: FileStamps.stampOf(one)! });
    stamps.save();
    assert.equal((await html())["articles/2024/12/one.md"], "<p>Second body.</p>", "the lying record was used: the test proves the stamp path");
    assert.equal((await html({ stamps: false }))["articles/2024/12/one.md"], "<p>First body, <em>new</em>.</p>");
  });
});
