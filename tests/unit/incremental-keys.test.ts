/** The pieces of an incremental build: data digests, file stamps, the page plan, taking files, the build manifest. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { inspect } from "node:util";
import { describe, it } from "node:test";
import { DataDigest } from "../../src/util/data-digest.ts";
import { planPages } from "../../src/build/plan-pages.ts";
import { sameFile, sameSite, siteFiles } from "../../src/build/site-files.ts";
import { keepOnly, takeFiles, takeUnchanged } from "../../src/build/take-files.ts";
import { takeInThread } from "../../src/build/take-in-thread.ts";
import type { BuildManifest } from "../../src/build/build-manifest.ts";
import { readManifest, writeManifest } from "../../src/build/build-manifest.ts";
import { tempDir } from "../helpers/fixture.ts";

describe("DataDigest", () => {
  it("should give equal data the same digest whatever objects hold it", () => {
    const digest = new DataDigest();
    const long = "x".repeat(5000);
    assert.equal(digest.of({ a: 1, b: [long, { c: "d" }] }), new DataDigest().of({ a: 1, b: [long, { c: "d" }] }));
    assert.equal(digest.of({ a: 1, b: undefined }), digest.of({ a: 1 }), "a key holding undefined prints as a missing key");
  });

  it("should tell apart data that differs anywhere, however deep or long", () => {
    const digest = new DataDigest();
    const base = { title: "T", html: "<p>".padEnd(4000, "a"), people: [{ name: "A", url: "/people/a/" }] };
    const seen = new Set([digest.of(base)]);
    for (const other of [
      { ...base, title: "U" },
      { ...base, html: `${base.html}b` },
      { ...base, people: [{ name: "A", url: "/people/b/" }] },
      { ...base, people: [] },
      { ...base, extra: 0 },
      { html: base.html, title: "T", people: base.people },
      [base],
      { ...base, title: 1 },
    ]) {
      const value = digest.of(other);
      assert.ok(!seen.has(value), JSON.stringify(other).slice(0, 80));
      seen.add(value);
    }
    assert.notEqual(digest.of("1"), digest.of(1));
    assert.notEqual(digest.of([1, 2]), digest.of([12]));
    assert.notEqual(digest.of(["a,b"]), digest.of(["a", "b"]));
  });

  it("should give equal data in other objects, and in another digest, the same digest, shared or not", () => {
    const person = { name: "Ann Lee", url: "/people/ann-lee/" };
    const make = (shared: boolean) => ({
      site: { title: "T", pageSize: 20, accent: undefined },
      when: new Date("2024-10-01T00:00:00Z"),
      byYear: new Map([[2024, new Set(["a", "b"])]]),
      articles: Array.from({ length: 30 }, (_, index) => ({ title: `Article ${index}`, html: `<p>${"é ".repeat(index * 20)}</p>`, people: [shared ? person : { ...person }], draft: false, score: index / 3 })),
    });
    const digest = new DataDigest();
    const first = digest.of(make(true));
    assert.equal(digest.of(make(false)), first, "copies of the same data, in the same digest");
    assert.equal(new DataDigest().of(make(false)), first, "in another digest (another build)");
    assert.equal(digest.of(Object.assign(Object.create(null), { a: 1 })), digest.of({ a: 1 }), "an object without a prototype is plain data too");
  });

  it("should change when any string, number, key, order, value or kind of value changes", () => {
    const digest = new DataDigest();
    const values: unknown[] = [
      { a: "x" },
      { a: "y" },
      { a: "x ".repeat(600) },
      { a: "x ".repeat(600) + "!" },
      { a: 1 },
      { a: 1.5 },
      { a: -1 },
      { a: "1" },
      { a: true },
      { a: null },
      { a: NaN },
      { a: Infinity },
      { a: 1n },
      { b: "x" },
      { a: "x", b: "y" },
      { b: "y", a: "x" },
      { "a:1": "x" },
      [],
      [undefined],
      [null],
      [[]],
      [1, 2],
      [2, 1],
      ["a", "b"],
      ["a,b"],
      new Date("2024-10-01T00:00:00Z"),
      new Date("2024-10-01T00:00:01Z"),
      "2024-10-01T00:00:00.000Z",
      new Map([["a", 1]]),
      new Map([["a", 2]]),
      new Map([["b", 1]]),
      [["a", 1]],
      new Set(["a"]),
      new Set(["b"]),
      ["a"],
      {},
      "",
      "u",
      undefined,
      0,
    ];
    const seen = new Map<string, unknown>();
    for (const value of values) {
      const text = digest.of(value);
      assert.ok(!seen.has(text), `${inspect(value)} digests as ${inspect(seen.get(text))} does`);
      seen.set(text, value);
    }
    // And in a large object, whose text is hashed: a change deep inside still shows.
    const large = (last: unknown) => ({ items: Array.from({ length: 200 }, (_, index) => ({ index, last: index === 199 ? last : 0 })) });
    assert.notEqual(digest.of(large(1)), digest.of(large(2)));
    assert.notEqual(digest.of(large(undefined)), digest.of(large(null)));
  });

  it("should remember a large object's digest, so that a shared object is hashed once", () => {
    const digest = new DataDigest();
    const shared = { html: "y".repeat(3000) };
    const first = digest.of({ list: [shared] });
    shared.html = "changed";
    // Remembered: the archive is built once and never changes while a build keys it.
    assert.equal(digest.of({ list: [shared] }), first);
  });

  it("should refuse what is not data", () => {
    assert.throws(() => new DataDigest().of({ f: () => 1 }), /cannot fingerprint a function/);
    assert.throws(() => new DataDigest().of(new (class Thing {})()), /cannot fingerprint a Thing/);
    assert.throws(() => new DataDigest().of({ list: [{ deep: new (class Thing {})() }] }), /cannot fingerprint a Thing/, "however deep");
    assert.throws(() => new DataDigest().of([Symbol("s")]), /cannot fingerprint a symbol/);
    assert.throws(() => new DataDigest().of(new Map([["f", () => 1]])), /cannot fingerprint a function/);
  });
});

describe("file stamps", () => {
  it("should notice a file changed, replaced, removed or added", async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "a"));
    fs.writeFileSync(path.join(root, "a", "index.html"), "one");
    fs.writeFileSync(path.join(root, ".dateline-site"), "{}");
    const ignore = new Set([".dateline-site"]);
    const recorded = siteFiles(root, ignore);
    assert.deepEqual([...recorded.keys()], ["a/index.html"]);
    assert.ok(sameSite(root, recorded, ignore));
    assert.ok(sameFile(path.join(root, "a", "index.html"), recorded.get("a/index.html")));
    fs.writeFileSync(path.join(root, "extra.html"), "");
    assert.ok(!(sameSite(root, recorded, ignore)), "an added file");
    fs.rmSync(path.join(root, "extra.html"));
    assert.ok(sameSite(root, recorded, ignore));
    fs.writeFileSync(path.join(root, "a", "index.html.tmp"), "two");
    fs.renameSync(path.join(root, "a", "index.html.tmp"), path.join(root, "a", "index.html"));
    assert.ok(!sameFile(path.join(root, "a", "index.html"), recorded.get("a/index.html")), "a file replaced with the same size");
    assert.ok(!(sameSite(root, recorded, ignore)));
    assert.ok(!sameFile(path.join(root, "missing.html"), recorded.get("a/index.html")));
    assert.ok(!(sameSite(path.join(root, "missing"), recorded, ignore)));
  });
});

describe("siteFiles", () => {
  it("should list every file of a site of many folders, and take a linked file's stamp as the manifest recorded it", async () => {
    const root = tempDir();
    const expected: string[] = [];
    for (let year = 2000; year < 2004; year++) {
      for (let n = 0; n < 40; n++) {
        const dir = path.join(root, "articles", String(year), `story-${n}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, "index.html"), `${year} ${n}`);
        expected.push(`articles/${year}/story-${n}/index.html`);
      }
    }
    fs.symlinkSync(path.join(root, "articles"), path.join(root, "link"));
    const known = new Map([["articles/2000/story-0/index.html", [1, 2, 3] as const]]);
    const files = siteFiles(root, new Set(), known);
    assert.deepEqual([...files.keys()].sort(), expected.sort(), "links are left out");
    assert.deepEqual(files.get("articles/2000/story-0/index.html"), [1, 2, 3]);
    const stat = fs.lstatSync(path.join(root, "articles", "2003", "story-39", "index.html"));
    assert.deepEqual(files.get("articles/2003/story-39/index.html"), [stat.size, stat.mtimeMs, stat.ino]);
  });
});

describe("planPages", () => {
  it("should take a page only when its key is the last build's and its file was taken as that build wrote it", () => {
    const previous: BuildManifest = {
      format: 1,
      inputs: "",
      now: 0,
      validUntil: Infinity,
      parts: new Map(),
      files: new Map(),
      pages: new Map([
        ["/a/index.html", "ka"],
        ["/b/index.html", "kb"],
        ["/c/index.html", "kc"],
      ]),
    };
    const pages = new Map([
      ["/a/index.html", { job: { kind: "a" }, key: "ka" }],
      ["/b/index.html", { job: { kind: "b" }, key: "kb2" }],
      ["/c/index.html", { job: { kind: "c" }, key: "kc" }],
      ["/d/index.html", { job: { kind: "d" }, key: "kd" }],
    ]);
    // c was changed by hand since: the take left it out.
    const plan = planPages(pages, previous, new Set(["a/index.html", "b/index.html"]));
    assert.deepEqual(plan.reuse, ["a/index.html"]);
    assert.deepEqual(plan.render.map((job) => job.kind), ["b", "c", "d"]);
    assert.equal(plan.keys.get("/b/index.html"), "kb2");
    assert.deepEqual(planPages(pages, undefined, new Set(["a/index.html"])).reuse, [], "no last build, nothing taken");
  });
});

describe("taking files from the last site", () => {
  it("should hard-link files into the new site, making folders, and leave a file already there", () => {
    const from = tempDir();
    const to = tempDir();
    fs.mkdirSync(path.join(from, "x", "y"), { recursive: true });
    fs.writeFileSync(path.join(from, "x", "y", "index.html"), "old");
    fs.writeFileSync(path.join(from, "top.html"), "top");
    fs.writeFileSync(path.join(to, "top.html"), "new");
    const taken = takeFiles(from, to, ["x/y/index.html", "top.html"]);
    assert.deepEqual(taken, { linked: ["x/y/index.html"], copied: [] });
    assert.equal(fs.statSync(path.join(to, "x", "y", "index.html")).ino, fs.statSync(path.join(from, "x", "y", "index.html")).ino);
    assert.equal(fs.readFileSync(path.join(to, "top.html"), "utf8"), "new");
  });

  it("should take only the files still as recorded, and remove those not kept so nothing writes into a shared file", () => {
    const from = tempDir();
    for (const name of ["a", "b", "c"]) {
      fs.mkdirSync(path.join(from, name));
      fs.writeFileSync(path.join(from, name, "index.html"), name);
    }
    const recorded = siteFiles(from);
    fs.appendFileSync(path.join(from, "c", "index.html"), " changed by hand");
    const to = tempDir();
    const taken = takeUnchanged(from, to, recorded);
    assert.deepEqual(taken.linked.sort(), ["a/index.html", "b/index.html"]);
    assert.equal(fs.existsSync(path.join(to, "c", "index.html")), false);
    const kept = keepOnly(to, taken, new Set(["a/index.html"]));
    assert.deepEqual(kept, { linked: ["a/index.html"], copied: [] });
    assert.equal(fs.existsSync(path.join(to, "b", "index.html")), false, "a page to render again is no longer the last site's file");
    fs.writeFileSync(path.join(to, "b", "index.html"), "rendered again");
    assert.equal(fs.readFileSync(path.join(from, "b", "index.html"), "utf8"), "b", "the last site keeps its own");
  });

  it("should take nothing outside the sites, whatever path a tampered record names", () => {
    const root = tempDir();
    const from = path.join(root, "from");
    const to = path.join(root, "to");
    fs.mkdirSync(from);
    fs.mkdirSync(to);
    fs.writeFileSync(path.join(root, "secret.txt"), "outside");
    fs.writeFileSync(path.join(from, "ok.html"), "ok");
    const taken = takeFiles(from, to, ["ok.html", "../secret.txt", "/etc/hostname", "a//b", "./ok.html"]);
    assert.deepEqual(taken, { linked: ["ok.html"], copied: [] });
    assert.deepEqual(fs.readdirSync(to), ["ok.html"]);
  });

  it("should take in a thread, and stop when asked", async () => {
    const from = tempDir();
    fs.mkdirSync(path.join(from, "a"));
    fs.writeFileSync(path.join(from, "a", "index.html"), "a");
    const to = tempDir();
    const early = takeInThread(from, to, siteFiles(from));
    assert.deepEqual(await early.taken, { linked: ["a/index.html"], copied: [] });
    await early.stop();
  });
});

describe("the build manifest", () => {
  it("should be read back as written, and be none when missing or foreign", () => {
    const cache = tempDir();
    const output = path.join(tempDir(), "_site");
    assert.equal(readManifest(cache, output), undefined);
    writeManifest(cache, output, { inputs: "i", now: 5, validUntil: Infinity, pages: new Map([["/x/", "k"]]), parts: new Map(), files: new Map([["x", [1, 2, 3]]]) });
    const read = readManifest(cache, output);
    assert.equal(read?.inputs, "i");
    assert.equal(read?.validUntil, Infinity);
    assert.equal(read?.pages.get("/x/"), "k");
    assert.equal(readManifest(cache, `${output}-other`), undefined);
    const file = fs.readdirSync(path.join(cache, "builds"))[0]!;
    fs.writeFileSync(path.join(cache, "builds", file), "not a manifest");
    assert.equal(readManifest(cache, output), undefined);
  });
});
