/** `.eleventy.ts` for running Eleventy by hand: it loads content/ itself and builds the same pages, reading nothing of the content folder as templates. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { listFiles, readPage } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("Eleventy run by hand with .eleventy.ts", () => {
  it("should build content/'s pages, the seed article among them", () => {
    const output = path.join(tempDir("dateline-by-hand-"), "_site");
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.ts", `--output=${output}`, "--quiet"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    const files = listFiles(output);
    assert.ok(files.includes("articles/2024/12/azerbaijani-delegation-visits-damascus/index.html"), files.join(", "));
    assert.ok(files.includes("people/yalchin-rafiyev/index.html"));
    assert.match(readPage(output, "/countries/syria/"), /Syria/);
  });
});
