import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildAtomically, processIsAlive, recoverOutput, type AtomicOutputOptions, type SwapFs } from "../../src/cli/atomic-output.ts";
import { SITE_MARKER, SITE_MARKER_TEXT } from "../../src/cli/output-guard.ts";
import { tempDir } from "../helpers/fixture.ts";

/** The pid the crashed build's folders are named with; no real process is asked about it. */
const CRASHED = 4_000_001;
const NEXT = 4_000_002;

/** A site as a map from relative path to text. */
type Site = Record<string, string>;

const OLD: Site = { [SITE_MARKER]: SITE_MARKER_TEXT, "index.html": "old home", "people/a/index.html": "old person" };
const NEW: Site = { "index.html": "new home", "people/b/index.html": "new person", "feed.xml": "<feed/>" };
const NEWER: Site = { "index.html": "newer home" };

function writeSite(dir: string, site: Site): void {
  for (const [file, text] of Object.entries(site)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

function readSite(dir: string): Site {
  const site: Site = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile()) site[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
  }
  return site;
}

/** What a finished build leaves: the site and Dateline's marker. */
const built = (site: Site): Site => ({ ...site, [SITE_MARKER]: SITE_MARKER_TEXT });

class Crash extends Error {}

/** How many times an injected crash fired: some come after the point where the build can still fail. */
let crashes = 0;

/** Runs a build that is killed somewhere: after the kill nothing of it runs, so whether it rejects does not matter. */
async function killedBuild(output: string, build: (temp: string) => Promise<void>, options: AtomicOutputOptions): Promise<void> {
  const before = crashes;
  await buildAtomically(output, build, options).catch((error: unknown) => {
    if (!(error instanceof Crash)) throw error;
  });
  assert.equal(crashes, before + 1, "the build was never killed");
}

/**
 * `node:fs` that dies at the first call `at` matches, and keeps failing after:
 * as with a killed process, nothing the build would do next (cleaning up,
 * putting the old site back) happens.
 */
function crashingFs(at: (op: string, args: string[]) => boolean): SwapFs {
  let dead = false;
  const guard =
    <A extends unknown[], R>(op: string, call: (...args: A) => R) =>
    (...args: A): R => {
      if (dead || at(op, args.filter((arg): arg is string => typeof arg === "string").map((arg) => path.basename(arg)))) {
        if (!dead) crashes++;
        dead = true;
        throw new Crash(`killed at ${op}`);
      }
      return call(...args);
    };
  return {
    mkdirSync: guard("mkdir", (dir: string, options: { recursive?: boolean; mode?: number }) => fs.mkdirSync(dir, options)),
    renameSync: guard("rename", (from: string, to: string) => fs.renameSync(from, to)),
    rmSync: guard("rm", (target: string, options: { recursive: boolean; force: boolean }) => fs.rmSync(target, options)),
    readdirSync: guard("readdir", (dir: string) => fs.readdirSync(dir)),
    lstatSync: guard("lstat", (target: string) => fs.lstatSync(target)),
    existsSync: guard("exists", (target: string) => fs.existsSync(target)),
    writeFileSync: guard("write", (file: string, text: string) => fs.writeFileSync(file, text)),
  };
}

/** Options for the build that comes after: the crashed build is dead, removal happens at once. */
const nextBuild: AtomicOutputOptions = {
  pid: NEXT,
  isAlive: (pid) => pid !== CRASHED,
  removeInBackground: (dir) => fs.rmSync(dir, { recursive: true, force: true }),
};

function setUp(withOldSite: boolean): { parent: string; output: string } {
  const parent = tempDir();
  const output = path.join(parent, "_site");
  if (withOldSite) writeSite(output, OLD);
  return { parent, output };
}

const crashPoints: { name: string; options: () => AtomicOutputOptions; leaves: "old" | "new" }[] = [
  { name: "while the new site is written", options: () => ({ fs: crashingFs((op, args) => op === "write" && args[0] === SITE_MARKER) }), leaves: "old" },
  { name: "before the first rename (output → previous)", options: () => ({ fs: crashingFs((op, args) => op === "rename" && args[0] === "_site") }), leaves: "old" },
  { name: "between the two renames (building → output)", options: () => ({ fs: crashingFs((op, args) => op === "rename" && args[1] === "_site") }), leaves: "old" },
  { name: "after the second rename (previous → removing)", options: () => ({ fs: crashingFs((op, args) => op === "rename" && /\.previous-/.test(args[0] ?? "")) }), leaves: "new" },
  {
    name: "during the removal of the old site",
    options: () => ({
      removeInBackground: (dir) => {
        fs.rmSync(path.join(dir, "people"), { recursive: true });
        crashes++;
        throw new Crash("killed while removing");
      },
    }),
    leaves: "new",
  },
];

describe("buildAtomically, killed at each step of the swap", () => {
  for (const point of crashPoints) {
    it(`should leave the ${point.leaves} site, or put it back at the next start, when killed ${point.name}`, async () => {
      const { parent, output } = setUp(true);
      await killedBuild(output, async (temp) => writeSite(temp, NEW), { pid: CRASHED, isAlive: () => true, ...point.options() });
      // Right after the kill: a whole site at the output, or the old one whole under the name recovery looks for.
      if (fs.existsSync(output)) assert.deepEqual(readSite(output), point.leaves === "old" ? OLD : built(NEW));
      else {
        const aside = fs.readdirSync(parent).filter((name) => name.startsWith(`._site.previous-${CRASHED}-`));
        assert.equal(aside.length, 1, "neither site is anywhere");
        assert.deepEqual(readSite(path.join(parent, aside[0]!)), OLD);
      }
      recoverOutput(output, nextBuild);
      assert.deepEqual(readSite(output), point.leaves === "old" ? OLD : built(NEW));
      assert.deepEqual(fs.readdirSync(parent), ["_site"], "the recovery left folders behind");
    });

    it(`should build the next site over what a build killed ${point.name} left`, async () => {
      const { parent, output } = setUp(true);
      await killedBuild(output, async (temp) => writeSite(temp, NEW), { pid: CRASHED, isAlive: () => true, ...point.options() });
      await buildAtomically(output, async (temp) => writeSite(temp, NEWER), nextBuild);
      assert.deepEqual(readSite(output), built(NEWER));
      assert.deepEqual(fs.readdirSync(parent), ["_site"]);
    });

    it(`should leave the site that was there, or none, and nothing else when the first build is killed ${point.name}`, async () => {
      const { parent, output } = setUp(false);
      await buildAtomically(output, async (temp) => writeSite(temp, NEW), { pid: CRASHED, isAlive: () => true, ...point.options() }).catch((error: unknown) => {
        // Without a site to set aside some points never come: the build then simply succeeds.
        if (!(error instanceof Crash)) throw error;
      });
      recoverOutput(output, nextBuild);
      if (fs.existsSync(output)) assert.deepEqual(readSite(output), built(NEW));
      assert.deepEqual(
        fs.readdirSync(parent).filter((name) => name !== "_site"),
        [],
      );
    });
  }

  it("should put back the site the previous version of Dateline set aside (.<name>.building-XXXXXX.old)", () => {
    const { parent, output } = setUp(false);
    writeSite(path.join(parent, "._site.building-Ab12Z9.old"), OLD);
    recoverOutput(output, nextBuild);
    assert.deepEqual(readSite(output), OLD);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });

  it("should leave the previous version's temp folders alone: without a pid nothing tells a dead one from a live one", () => {
    const { parent, output } = setUp(true);
    fs.mkdirSync(path.join(parent, "._site.building-Ab12Z9"));
    recoverOutput(output, nextBuild);
    assert.deepEqual(fs.readdirSync(parent).sort(), ["._site.building-Ab12Z9", "_site"]);
  });
});

describe("buildAtomically, failing without being killed", () => {
  it("should put the last good site back at once and leave no folder behind when the second rename fails", async () => {
    const { parent, output } = setUp(true);
    const failing: SwapFs = {
      ...fs,
      renameSync: (from, to) => {
        if (/\.building-/.test(path.basename(from))) throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
        fs.renameSync(from, to);
      },
    };
    await assert.rejects(buildAtomically(output, async (temp) => writeSite(temp, NEW), { fs: failing }), /EIO/);
    assert.deepEqual(readSite(output), OLD);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });

  it("should leave the last good site and no temp folder when the build fails", async () => {
    const { parent, output } = setUp(true);
    await assert.rejects(buildAtomically(output, async () => Promise.reject(new Error("broken"))), /broken/);
    assert.deepEqual(readSite(output), OLD);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });

  it("should set aside a site another build swapped in between its two renames, and put its own in place", async () => {
    const { parent, output } = setUp(true);
    let raced = false;
    const racing: SwapFs = {
      ...fs,
      renameSync: (from, to) => {
        if (!raced && path.basename(to) === "_site") {
          raced = true;
          writeSite(output, built({ "index.html": "the other build's" }));
        }
        fs.renameSync(from, to);
      },
    };
    await buildAtomically(output, async (temp) => writeSite(temp, NEW), { fs: racing, removeInBackground: nextBuild.removeInBackground });
    assert.ok(raced);
    assert.deepEqual(readSite(output), built(NEW));
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });
});

describe("folders of builds that are still running", () => {
  it("should leave a live build's folders alone and remove a dead one's", async () => {
    const { parent, output } = setUp(true);
    const live = [`._site.building-${process.pid}-0a1b2c`, `._site.previous-${process.pid}-0a1b2d`, `._site.removing-${process.pid}-0a1b2e`];
    const dead = [`._site.building-${CRASHED}-0a1b2c`, `._site.previous-${CRASHED}-0a1b2d`, `._site.removing-${CRASHED}-0a1b2e`];
    for (const name of [...live, ...dead]) writeSite(path.join(parent, name), { "index.html": name });
    await buildAtomically(output, async (temp) => writeSite(temp, NEW), { isAlive: (pid) => pid !== CRASHED && processIsAlive(pid), removeInBackground: nextBuild.removeInBackground });
    assert.deepEqual(readSite(output), built(NEW));
    assert.deepEqual(fs.readdirSync(parent).sort(), [...live, "_site"].sort());
  });

  it("should not put back a live build's set-aside site: that build is about to rename its own in", () => {
    const { parent, output } = setUp(false);
    const aside = `._site.previous-${process.pid}-0a1b2c`;
    writeSite(path.join(parent, aside), OLD);
    recoverOutput(output);
    assert.deepEqual(fs.readdirSync(parent), [aside]);
  });

  it("should tell a running process from one that has exited", () => {
    assert.equal(processIsAlive(process.pid), true);
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    assert.equal(processIsAlive(Number(exited.stdout)), false);
    assert.equal(processIsAlive(0), true, "pid 0 names a process group, never a dead build");
  });
});

describe("the new site's permissions", () => {
  it("should make the site folder with the umask's mode (0755 under 022), not mkdtemp's 0700", async () => {
    const { output } = setUp(false);
    const umask = process.umask(0o022);
    try {
      await buildAtomically(output, async (temp) => writeSite(temp, NEW));
    } finally {
      process.umask(umask);
    }
    assert.equal(fs.statSync(output).mode & 0o777, 0o755);
    assert.equal(fs.statSync(path.join(output, SITE_MARKER)).mode & 0o777, 0o644);
  });
});
