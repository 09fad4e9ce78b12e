import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { before, describe, it } from "node:test";
import { SITE_MARKER } from "../../src/cli/output-guard.ts";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function content(): string {
  return writeContent(
    Array.from({ length: 30 }, (_, i) => ({
      path: `2024/${String((i % 12) + 1).padStart(2, "0")}/story-${i}.md`,
      frontMatter: { title: `Story ${i}`, date: `2024-${String((i % 12) + 1).padStart(2, "0")}-10`, source: "Wire", people: [`Person ${i % 7} Invented`], places: ["Syria"] },
      body: `Story ${i} of the archive. `.repeat(40),
    })),
  );
}

/** Every file of a site with its bytes, to compare a site before and after. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), "base64")]));
}

/** Folders builds leave beside the output while they run or remove a site. */
function leftovers(parent: string): string[] {
  return fs.readdirSync(parent).filter((name) => /\.(building|previous|removing)-/.test(name));
}

async function waitForNoLeftovers(parent: string): Promise<string[]> {
  for (let i = 0; i < 100 && leftovers(parent).length > 0; i++) await sleep(100);
  return leftovers(parent);
}

function startBuild(input: string, output: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/build.ts"), `--input=${input}`, `--output=${output}`, "--quiet", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

/**
 * Starts a build and SIGKILLs it as soon as its temp folder appears (it is then writing the site).
 * A full build (`--full`): over a site of the same content, an incremental one finds nothing to do.
 */
async function killWhileBuilding(input: string, output: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = startBuild(input, output, env, ["--full"]);
  const done = exited(child);
  const parent = path.dirname(output);
  const deadline = Date.now() + 60_000;
  while (!fs.readdirSync(parent).some((name) => name.includes(".building-")) && Date.now() < deadline) {
    if (child.exitCode !== null) assert.fail(`the build ended before it could be killed:\n${(await done).stderr}`);
    await sleep(5);
  }
  child.kill("SIGKILL");
  const { code } = await done;
  assert.equal(code, null, "the build was not killed but exited");
}

describe("the output folder", () => {
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-") };
  let input: string;
  before(() => {
    input = content();
  });

  describe("a folder Dateline did not write", () => {
    it("should be refused with exit 2, the reason and --force, and left untouched", () => {
      const output = path.join(tempDir(), "mine");
      fs.mkdirSync(output);
      fs.writeFileSync(path.join(output, "thesis.txt"), "years of work");
      const result = buildSite(input, { output, env });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /refusing to replace .*mine: it holds files Dateline did not write \(thesis\.txt\)/);
      assert.match(result.stderr, /--force/);
      assert.deepEqual(fs.readdirSync(output), ["thesis.txt"]);
      assert.equal(fs.readFileSync(path.join(output, "thesis.txt"), "utf8"), "years of work");
      assert.deepEqual(fs.readdirSync(path.dirname(output)), ["mine"], "the refused build left a folder behind");
    });

    it("should be replaced with --force", () => {
      const output = path.join(tempDir(), "mine");
      fs.mkdirSync(output);
      fs.writeFileSync(path.join(output, "thesis.txt"), "years of work");
      const result = buildSite(input, { output, env, args: ["--force"] });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(!fs.existsSync(path.join(output, "thesis.txt")));
      assert.match(readPage(output, "/"), /Story 29/);
    });
  });

  it("should build into an empty folder and a missing one, mark the site, and build again over it", () => {
    const empty = path.join(tempDir(), "empty");
    fs.mkdirSync(empty);
    for (const output of [empty, path.join(tempDir(), "missing", "_site")]) {
      const first = buildSite(input, { output, env });
      assert.equal(first.status, 0, first.stderr);
      assert.equal(JSON.parse(fs.readFileSync(path.join(output, SITE_MARKER), "utf8")).generator, "dateline");
      const again = buildSite(input, { output, env });
      assert.equal(again.status, 0, again.stderr);
      assert.match(readPage(output, "/"), /Story 29/);
    }
  });

  it("should give folders mode 0755 and files 0644 under umask 022, the site folder included", () => {
    const umask = process.umask(0o022);
    let output: string;
    try {
      const result = buildSite(input, { env });
      assert.equal(result.status, 0, result.stderr);
      output = result.output;
    } finally {
      process.umask(umask);
    }
    assert.equal(fs.statSync(output).mode & 0o777, 0o755);
    const wrong: string[] = [];
    for (const entry of fs.readdirSync(output, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
      const mode = fs.statSync(path.join(entry.parentPath, entry.name)).mode & 0o777;
      if (mode !== (entry.isDirectory() ? 0o755 : 0o644)) wrong.push(`${entry.name} ${mode.toString(8)}`);
    }
    assert.deepEqual(wrong, []);
  });

  describe("a build killed while it runs", () => {
    it("should leave nothing the next build does not clear up, and the next build should write the site", async () => {
      const output = path.join(tempDir(), "_site");
      await killWhileBuilding(input, output, env);
      const next = buildSite(input, { output, env });
      assert.equal(next.status, 0, next.stderr);
      assert.match(readPage(output, "/"), /Story 29/);
      assert.deepEqual(
        fs.readdirSync(path.dirname(output)).filter((name) => name.includes(".building-")),
        [],
      );
      assert.deepEqual(await waitForNoLeftovers(path.dirname(output)), []);
    });

    it("should leave the last good site byte for byte", async () => {
      const first = buildSite(input, { env });
      assert.equal(first.status, 0, first.stderr);
      const before = snapshot(first.output);
      await waitForNoLeftovers(path.dirname(first.output));
      await killWhileBuilding(input, first.output, env);
      assert.deepEqual(snapshot(first.output), before);
      const next = buildSite(input, { output: first.output, env });
      assert.equal(next.status, 0, next.stderr);
      assert.deepEqual(snapshot(first.output), before, "the same content built again should give the same site");
      assert.deepEqual(await waitForNoLeftovers(path.dirname(first.output)), []);
    });
  });

  it("should let two builds into one output run at the same time, the live one's folder untouched by the other", async () => {
    const output = path.join(tempDir(), "_site");
    const a = startBuild(input, output, env);
    const aExited = exited(a);
    // The second starts once the first is writing, so that it finds the first's live temp folder at start-up.
    const parent = path.dirname(output);
    for (let i = 0; i < 6000 && a.exitCode === null && !fs.readdirSync(parent).some((name) => name.includes(".building-")); i++) await sleep(5);
    const b = startBuild(input, output, env);
    const results = await Promise.all([aExited, exited(b)]);
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    assert.match(readPage(output, "/"), /Story 29/);
    assert.ok(fs.existsSync(path.join(output, SITE_MARKER)));
    assert.deepEqual(await waitForNoLeftovers(path.dirname(output)), []);
  });

  describe("the content folder", () => {
    it("should be an error when it is missing, naming it and --allow-empty", () => {
      const missing = path.join(tempDir(), "nowhere");
      const result = buildSite(missing, { env });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /there is no content folder at .*nowhere/);
      assert.match(result.stderr, /--allow-empty/);
      assert.ok(!fs.existsSync(result.output), "a site was written");
    });

    it("should be an error when it has no articles/, naming it and --allow-empty", () => {
      const empty = tempDir();
      const result = buildSite(empty, { env });
      assert.equal(result.status, 2);
      assert.ok(result.stderr.includes(`the content folder ${empty} has no articles/ folder`), result.stderr);
      assert.match(result.stderr, /--allow-empty/);
      assert.ok(!fs.existsSync(result.output), "a site was written");
    });

    it("should build an empty archive with --allow-empty", () => {
      const result = buildSite(tempDir(), { env, args: ["--allow-empty"] });
      assert.equal(result.status, 0, result.stderr);
      assert.match(readPage(result.output, "/"), /No articles yet/);
    });
  });
});
