import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { buildAtomically } from "../../src/cli/atomic-output.ts";
import { removeInBackground } from "../../src/cli/remove-in-background.ts";
import { tempDir } from "../helpers/fixture.ts";

async function waitUntilGone(target: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!fs.existsSync(target)) return true;
    await sleep(50);
  }
  return false;
}

describe("removeInBackground", () => {
  it("should return at once and remove the whole folder soon after", async () => {
    const dir = path.join(tempDir(), "old-site");
    for (let i = 0; i < 50; i++) {
      fs.mkdirSync(path.join(dir, `page-${i}`), { recursive: true });
      fs.writeFileSync(path.join(dir, `page-${i}`, "index.html"), "<p>old</p>");
    }
    removeInBackground(dir);
    assert.ok(await waitUntilGone(dir), "the folder is still there");
  });
});

describe("buildAtomically, removing the old site in the background", () => {
  it("should swap the new site in and remove the old one, and sweep old sites an interrupted removal left", async () => {
    const parent = tempDir();
    const output = path.join(parent, "_site");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "old.html"), "old");
    const stale = path.join(parent, "._site.building-abc123.old");
    fs.mkdirSync(stale);
    await buildAtomically(output, async (temp) => fs.writeFileSync(path.join(temp, "new.html"), "new"));
    assert.deepEqual(fs.readdirSync(output), ["new.html"]);
    for (let i = 0; i < 100 && fs.readdirSync(parent).length > 1; i++) await sleep(50);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });

  it("should leave the last good site untouched when the build fails", async () => {
    const parent = tempDir();
    const output = path.join(parent, "_site");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "old.html"), "old");
    await assert.rejects(buildAtomically(output, async () => Promise.reject(new Error("broken"))), /broken/);
    assert.deepEqual(fs.readdirSync(output), ["old.html"]);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });
});
