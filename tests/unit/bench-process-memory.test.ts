import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { CAN_SAMPLE, peaksByKind, sampleProcessTree } from "../../bench/process-memory.ts";
import { tempDir } from "../helpers/fixture.ts";

const MiB = 1024 ** 2;

/**
 * A Node process that holds `parentMiB`, and runs one child after the other
 * under a `pagefind_fake` name (a link to Node), each holding its MiB for a
 * while, as a build runs Pagefind's binary beside its own heap.
 */
function treeScript(parentMiB: number, childMiB: number[], fakePagefind: string): string {
  return `
    const { spawnSync } = require("node:child_process");
    const held = Buffer.alloc(${parentMiB * MiB}, 1);
    for (const mib of ${JSON.stringify(childMiB)}) {
      const child = "const b = Buffer.alloc(" + mib + " * 1024 * 1024, 1); setTimeout(() => b.length, 600);";
      spawnSync(${JSON.stringify(fakePagefind)}, ["-e", child], { stdio: "inherit" });
    }
    setTimeout(() => held.length, 600);
  `;
}

describe("bench process memory", { skip: !CAN_SAMPLE && "no /proc to sample on this system" }, () => {
  it("should report the Node process and the largest Pagefind process apart, each near what it allocated", async () => {
    const fakePagefind = path.join(tempDir(), "pagefind_fake");
    fs.symlinkSync(process.execPath, fakePagefind);
    const child = spawn(process.execPath, ["-e", treeScript(150, [100, 300], fakePagefind)], { stdio: "inherit" });
    const sampler = sampleProcessTree(child.pid!, 100);
    const code = await new Promise((resolve) => child.once("close", resolve));
    const peaks = sampler.stop();
    assert.equal(code, 0);
    // Node itself adds its own ~40–80 MiB to what the script holds.
    assert.ok(peaks.node! >= 150 * MiB && peaks.node! < 260 * MiB, `node: ${peaks.node! / MiB} MiB`);
    assert.ok(peaks.pagefind! >= 300 * MiB && peaks.pagefind! < 410 * MiB, `pagefind: ${peaks.pagefind! / MiB} MiB`);
    assert.equal(peaks.other, undefined);
  });

  it("should take the Node process nearest the started command as the build's, and others as other", () => {
    const peaks = peaksByKind([
      { name: "time", depth: 0, bytes: 2 * MiB },
      { name: "node", depth: 1, bytes: 900 * MiB },
      { name: "pagefind_extend", depth: 2, bytes: 700 * MiB },
      { name: "pagefind", depth: 2, bytes: 1200 * MiB },
      { name: "node", depth: 2, bytes: 50 * MiB },
    ]);
    assert.deepEqual(peaks, { node: 900 * MiB, pagefind: 1200 * MiB, other: 50 * MiB });
  });
});
