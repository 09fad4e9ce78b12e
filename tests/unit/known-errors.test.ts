import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Problem } from "../../src/problems/problems.ts";
import { KnownErrors } from "../../src/preview/known-errors.ts";

const problem = (file: string, severity: Problem["severity"] = "error"): Problem => ({ code: "invalid-field", severity, file, message: "is wrong" });

describe("KnownErrors", () => {
  it("should keep a full load's errors by file and ignore its warnings", () => {
    const errors = new KnownErrors();
    errors.reset([problem("/a.md"), problem("/a.md"), problem("/b.md", "warning")]);
    assert.equal(errors.all().length, 2);
    assert.deepEqual(errors.all().map((p) => p.file), ["/a.md", "/a.md"]);
  });

  it("should replace one file's errors with a fresh check of that file", () => {
    const errors = new KnownErrors();
    errors.reset([problem("/a.md"), problem("/people.yaml")]);
    errors.update("/a.md", [problem("/a.md", "warning")]);
    assert.deepEqual(errors.all().map((p) => p.file), ["/people.yaml"]);
    errors.update("/people.yaml", []);
    assert.equal(errors.any, false);
    errors.update("/c.md", [problem("/c.md")]);
    assert.equal(errors.any, true);
    assert.deepEqual(errors.all().map((p) => p.file), ["/c.md"]);
  });
});
