/** The layer rule (.dependency-cruiser.cjs) holds for src/, and it would catch an import that broke it. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { tempDir } from "../helpers/fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

function cruise(cwd: string, config: string) {
  const result = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", config, "--output-type", "err"], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("layers", () => {
  it("should find no import that breaks the layer rule in src/", () => {
    const result = cruise(ROOT, path.join(ROOT, ".dependency-cruiser.cjs"));
    assert.equal(result.status, 0, result.output);
  });

  it("should fail on a pure layer importing the Eleventy adapter, and on starting Eleventy from elsewhere", () => {
    const dir = tempDir("dateline-layers-");
    const files: Record<string, string> = {
      "src/eleventy/new-eleventy.ts": "export const start = 1;\n",
      "src/eleventy/feeds.ts": 'import { start } from "./new-eleventy.ts";\nexport const feeds = start;\n',
      "src/content/load.ts": 'import { feeds } from "../eleventy/feeds.ts";\nexport const load = feeds;\n',
      "src/open-data/records.ts": 'import { feeds } from "../eleventy/feeds.ts";\nexport const records = feeds;\n',
      "src/cli/build.ts": 'import { start } from "../eleventy/new-eleventy.ts";\nimport { load } from "../content/load.ts";\nexport const build = start + load;\n',
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    const result = cruise(dir, path.join(ROOT, ".dependency-cruiser.cjs"));
    assert.notEqual(result.status, 0, result.output);
    assert.match(result.output, /pure-layers-stay-pure[\s\S]*src\/content\/load\.ts/);
    assert.match(result.output, /pure-layers-stay-pure[\s\S]*src\/open-data\/records\.ts/);
    assert.match(result.output, /only-cli-and-preview-start-eleventy[\s\S]*src\/eleventy\/feeds\.ts/);
    assert.doesNotMatch(result.output, /src\/cli\/build\.ts/);
  });
});
