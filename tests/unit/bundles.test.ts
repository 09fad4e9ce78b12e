import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { inventoryProblems, takeInventory } from "../../src/content/content-inventory.ts";
import { articleStem } from "../../src/content/load-content.ts";
import { tempDir } from "../helpers/fixture.ts";

describe("article bundles", () => {
  it("should take index.md as a bundle's article and ignore, with a warning, every other .md inside the bundle", () => {
    const dir = tempDir();
    for (const file of [
      "articles/2025/03/baku-port.md",
      "articles/2025/03/harbour-at-dawn/index.md",
      "articles/2025/03/harbour-at-dawn/notes.md",
      "articles/2025/03/harbour-at-dawn/drafts/index.md",
      "articles/2025/03/harbour-at-dawn/drafts/other.md",
      "articles/2025/03/harbour-at-dawn/boats.jpg",
      "articles/2025/03/сессия/index.md",
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), "");
    }
    const inventory = takeInventory(dir);
    const rel = (file: string) => path.relative(dir, file).split(path.sep).join("/");
    assert.deepEqual(inventory.articles.map(rel), ["articles/2025/03/baku-port.md", "articles/2025/03/harbour-at-dawn/index.md", "articles/2025/03/сессия/index.md"]);
    assert.deepEqual(inventory.images.map(rel), ["articles/2025/03/harbour-at-dawn/boats.jpg"]);
    const warnings = inventoryProblems(inventory);
    assert.deepEqual(
      warnings.map((p) => [p.code, rel(p.file)]),
      [
        ["ignored-file", "articles/2025/03/harbour-at-dawn/drafts/index.md"],
        ["ignored-file", "articles/2025/03/harbour-at-dawn/drafts/other.md"],
        ["ignored-file", "articles/2025/03/harbour-at-dawn/notes.md"],
      ],
    );
    assert.ok(warnings.every((p) => p.message.includes("only index.md there is an article")));
  });

  it("should give a bundle's article its folder's name as the basis of its slug", () => {
    assert.equal(articleStem("/c/articles/2025/03/harbour-at-dawn/index.md"), "harbour-at-dawn");
    assert.equal(articleStem("/c/articles/2025/03/baku-port.md"), "baku-port");
  });
});
