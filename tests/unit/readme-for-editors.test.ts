import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { FRONT_MATTER_FIELDS } from "../../src/content/front-matter-schema.ts";
import { parseArticle } from "../../src/content/parse-article.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The editors' guide, which the README links to: the codes table, the front matter reference and `npm run new`. */
const EDITORS = fs.readFileSync(path.join(ROOT, "docs/editors.md"), "utf8");

/** Every problem code the source can emit: `code: "x-y"` literals and the codes chosen by a ternary beside `code:`. */
function problemCodes(): string[] {
  const codes = new Set<string>();
  const files = (fs.readdirSync(path.join(ROOT, "src"), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(ROOT, "src", file), "utf8").split("\n")) {
      if (!/\bcode:/.test(line)) continue;
      for (const match of line.matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)) codes.add(match[1]!);
    }
  }
  return [...codes].sort();
}

describe("docs/editors.md", () => {
  it("should explain every problem code that check can report", () => {
    const codes = problemCodes();
    assert.ok(codes.includes("yaml-syntax") && codes.includes("probable-duplicate-person"), `found only ${codes.join(", ")}`);
    const documented = new Set([...EDITORS.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    assert.deepEqual(codes.filter((code) => !documented.has(code)), [], "codes missing from the table in docs/editors.md");
  });

  it("should show a complete article that the build accepts, with every field", () => {
    const example = /## Front matter reference[\s\S]*?```markdown\n([\s\S]*?)```/.exec(EDITORS)?.[1];
    assert.ok(example, "no example article");
    const parsed = parseArticle("/example.md", example);
    assert.deepEqual(parsed.problems, []);
    const fields = Object.keys(/^---\n([\s\S]*?)\n---/.exec(example)![1]!.split("\n").reduce<Record<string, true>>((all, line) => {
      const key = /^([a-z]+):/.exec(line)?.[1];
      if (key) all[key] = true;
      return all;
    }, {}));
    assert.deepEqual(fields.sort(), [...FRONT_MATTER_FIELDS].sort());
  });

  it("should document every flag npm run new takes", () => {
    for (const flag of ["--title", "--source", "--people", "--places", "--date", "--url", "--summary", "--input"]) {
      assert.ok(EDITORS.includes(`\`${flag}=`), `${flag} is not documented`);
    }
  });
});
