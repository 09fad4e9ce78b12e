import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { buildAtomically } from "../../src/cli/atomic-output.ts";
import { SITE_MARKER, SITE_MARKER_TEXT } from "../../src/cli/output-guard.ts";
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
    // A site Dateline wrote: a folder without the marker is not replaced (output-guard.ts).
    fs.writeFileSync(path.join(output, SITE_MARKER), SITE_MARKER_TEXT);
    const stale = path.join(parent, "._site.building-abc123.old");
    fs.mkdirSync(stale);
    await buildAtomically(output, async (temp) => fs.writeFileSync(path.join(temp, "new.html"), "new"));
    assert.deepEqual(fs.readdirSync(output).sort(), [SITE_MARKER, "new.html"]);
    for (let i = 0; i < 100 && fs.readdirSync(parent).length > 1; i++) await sleep(50);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });

  it("should leave the last good site untouched when the build fails", async () => {
    const parent = tempDir();
    const output = path.join(parent, "_site");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "old.html"), "old");
    // A site Dateline wrote: a folder without the marker is not replaced (output-guard.ts).
    fs.writeFileSync(path.join(output, SITE_MARKER), SITE_MARKER_TEXT);
    await assert.rejects(buildAtomically(output, async () => Promise.reject(new Error("broken"))), /broken/);
    assert.deepEqual(fs.readdirSync(output).sort(), [SITE_MARKER, "old.html"]);
    assert.deepEqual(fs.readdirSync(parent), ["_site"]);
  });
});
