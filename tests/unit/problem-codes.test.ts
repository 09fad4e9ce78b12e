import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codesTable, PROBLEM_CODES, problemCodes, type ProblemCode, type ProblemKind } from "../../src/problems/codes.ts";
import { problem } from "../../src/problems/problems.ts";

describe("the catalogue of problem codes", () => {
  it("should name every kind in kebab case, with a severity and one line each of meaning and advice that fit a table cell", () => {
    assert.ok(problemCodes.length > 20, `only ${problemCodes.length} codes`);
    for (const code of problemCodes) {
      const kind: ProblemKind = PROBLEM_CODES[code];
      assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      const severities = typeof kind.severity === "string" ? [kind.severity] : Object.values(kind.severity);
      for (const severity of severities) assert.ok(severity === "error" || severity === "warning", `${code}: ${severity}`);
      for (const text of [kind.means, kind.todo, kind.hint ?? "x"]) {
        assert.ok(text.trim() !== "" && !/[\n|]/.test(text), `${code}: ${JSON.stringify(text)}`);
      }
    }
  });

  it("should not compile a misspelt code", () => {
    // @ts-expect-error: not a code in the catalogue
    const typo: ProblemCode = "missing-feild";
    assert.ok(!(typo in PROBLEM_CODES));
  });

  it("should make the editors' table with one row per code, in catalogue order or sorted", () => {
    const rows = (table: string) => table.split("\n").slice(2).map((row) => /^\| `([a-z0-9-]+)` \| /.exec(row)?.[1]);
    assert.deepEqual(rows(codesTable()), problemCodes);
    assert.deepEqual(rows(codesTable({ sorted: true })), [...problemCodes].sort());
    assert.ok(codesTable().includes("| `unknown-field` | warning in an article, error in `_data` | "));
  });
});

describe("problem", () => {
  it("should take the severity and default hint from the catalogue, in the order a Problem lists its fields", () => {
    const made = problem("placeholder-body", { file: "/a.md", line: 3, message: "is a placeholder" });
    assert.deepEqual(made, {
      code: "placeholder-body",
      severity: "warning",
      file: "/a.md",
      line: 3,
      message: "is a placeholder",
      hint: PROBLEM_CODES["placeholder-body"].hint,
    });
    assert.deepEqual(Object.keys(made), ["code", "severity", "file", "line", "message", "hint"]);
  });

  it("should keep the hint its maker gives, even an undefined one", () => {
    assert.equal(problem("unknown-country", { file: "/p.yaml", message: "m", hint: "h" }).hint, "h");
    const none = problem("unknown-country", { file: "/p.yaml", message: "m", hint: undefined });
    assert.ok("hint" in none && none.hint === undefined);
    assert.ok(!("hint" in problem("yaml-syntax", { file: "/a.md", message: "m" })));
  });

  it("should need the place for a kind whose severity depends on it", () => {
    assert.equal(problem("unknown-field", { file: "/a.md", message: "m" }, "article").severity, "warning");
    assert.equal(problem("unknown-field", { file: "/site.yaml", message: "m" }, "data").severity, "error");
    // @ts-expect-error: unknown-field is a warning in an article and an error in _data, so the place is required
    problem("unknown-field", { file: "/a.md", message: "m" });
  });
});
