import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite, listFiles } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), "base64")]));
}

describe("deterministic builds", () => {
  it("should build the same content to identical bytes, twice and in any time zone", () => {
    const input = writeContent([
      { path: "2024/12/a.md", frontMatter: { title: "A", date: "2024-12-31", source: "Wire", people: ["Zed", "Ann"], places: ["Syria", "Baku", "Nowhere"] } },
      { path: "2024/12/b.md", frontMatter: { title: "B", date: "2024-12-31T23:59:00-10:00", source: "wire", people: ["ann"], places: ["Turkey"] } },
      { path: "2025/01/c.md", frontMatter: { title: "C", date: "2025-01-01T00:01:00+14:00", source: "Other", updated: "2025-01-02" } },
    ]);
    const outputs = ["UTC", "America/Los_Angeles", "Asia/Tokyo", "UTC"].map((TZ) => {
      // A fresh cache each time, so that no build reuses another's renders.
      const result = buildSite(input, { env: { TZ, DATELINE_CACHE_DIR: tempDir() } });
      assert.equal(result.status, 0, result.stderr);
      return snapshot(result.output);
    });
    const [first, ...rest] = outputs;
    assert.ok(first!.size > 10);
    for (const other of rest) assert.deepEqual(other, first);
  });
});
