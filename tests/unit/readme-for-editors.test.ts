import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FRONT_MATTER_FIELDS } from "../../src/content/front-matter-schema.ts";
import { parseArticle } from "../../src/content/parse-article.ts";
import { codesTable, problemCodes } from "../../src/problems/codes.ts";
import { codesTableIn, editorsDoc } from "../helpers/editors-doc.ts";

const { file: DOC, text: EDITORS } = editorsDoc();

describe("the editors' docs", () => {
  it("should list exactly the catalogue's problem codes, in its order or sorted, each with its kind and one-line doc", () => {
    const table = codesTableIn(EDITORS, problemCodes);
    assert.ok(table, `${DOC} has no table of problem codes`);
    if (table === codesTable({ sorted: true })) return;
    assert.equal(table, codesTable(), `${DOC}'s table of codes differs from the catalogue (src/problems/codes.ts): paste codesTable()'s output in its place`);
  });

  it("should show a complete article that the build accepts, with every field", () => {
    const example = /## Front matter reference[\s\S]*?```markdown\n([\s\S]*?)```/.exec(EDITORS)?.[1];
    assert.ok(example, "no example article");
    const parsed = parseArticle("/example.md", example);
    assert.deepEqual(parsed.problems, []);
    const fields = Object.keys(/^---\n([\s\S]*?)\n---/.exec(example)![1]!.split("\n").reduce<Record<string, true>>((all, line) => {
      const key = /^([a-z_]+):/.exec(line)?.[1];
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
