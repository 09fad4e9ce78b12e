import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { entityWarnings } from "../../src/editor/entity-warnings.ts";
import { writeContent } from "../helpers/fixture.ts";
import { NO_EMBARGO } from "../helpers/articles.ts";

const ARTICLE_A = `---
title: A
date: 2024-01-01
source: S
people:
  - Maria Kovalenko
places:
  - Syria
  - Gorgia
---
Body.
`;
const ARTICLE_B = `---
title: B
date: 2024-01-02
source: S
places: [Syria]
people:
  - Someone Else
  - Maria Kovalenco
---
Body.
`;

async function warningsFor(articles: { path: string; text: string }[], data: Record<string, string> = {}, suggest?: (name: string) => string[]) {
  const dir = writeContent(articles, data);
  const content = await loadContent(dir, { render: false });
  assert.deepEqual(content.problems, []);
  return { dir, warnings: entityWarnings(content, buildArchive({ ...content, schedule: NO_EMBARGO }), suggest) };
}

describe("entityWarnings", () => {
  it("should report an unknown place at the line where the article writes it", async () => {
    const { dir, warnings } = await warningsFor([{ path: "2024/01/a.md", text: ARTICLE_A }]);
    assert.equal(warnings.length, 1);
    assert.deepEqual(
      { code: warnings[0]!.code, file: warnings[0]!.file, line: warnings[0]!.line, field: warnings[0]!.field },
      { code: "unknown-place", file: path.join(dir, "articles/2024/01/a.md"), line: 9, field: "places" },
    );
  });

  it("should report a probable duplicate person at the line of the less used spelling", async () => {
    const { dir, warnings } = await warningsFor([
      { path: "2024/01/a.md", text: ARTICLE_A },
      { path: "2024/01/a2.md", text: ARTICLE_A.replace("title: A", "title: A2") },
      { path: "2024/01/b.md", text: ARTICLE_B },
    ]);
    const duplicate = warnings.find((w) => w.code === "probable-duplicate-person");
    assert.ok(duplicate);
    assert.equal(duplicate.file, path.join(dir, "articles/2024/01/b.md"));
    assert.equal(duplicate.line, 8);
    assert.match(duplicate.message, /"Maria Kovalenco" and "Maria Kovalenko"/);
    assert.match(duplicate.hint ?? "", /- name: Maria Kovalenko\n\s+aliases: \[Maria Kovalenco\]/);
  });

  it("should keep the registry's name in the hint even when a stray spelling is more frequent", async () => {
    const stray = ARTICLE_B.replace("  - Maria Kovalenco\n", "");
    const { warnings } = await warningsFor(
      [
        { path: "2024/01/a.md", text: ARTICLE_A.replace("Maria Kovalenko", "Maria Kovalenco") },
        { path: "2024/01/a2.md", text: ARTICLE_A.replace("title: A", "title: A2").replace("Maria Kovalenko", "Maria Kovalenco") },
        { path: "2024/01/b.md", text: stray.replace("  - Someone Else\n", "  - Maria Kovalenko\n") },
      ],
      { "people.yaml": "- name: Maria Kovalenko\n" },
    );
    const duplicate = warnings.find((w) => w.code === "probable-duplicate-person");
    assert.ok(duplicate);
    assert.match(duplicate.hint ?? "", /- name: Maria Kovalenko\n\s+aliases: \[Maria Kovalenco\]/);
  });

  it("should put the suggestions it is given into the unknown place's hint", async () => {
    const { warnings } = await warningsFor([{ path: "2024/01/a.md", text: ARTICLE_A }], {}, (name) => (name === "Gorgia" ? ["Georgia"] : []));
    assert.match(warnings[0]!.hint ?? "", /^if it is a typo for "Georgia", fix the spelling; if it is a city or region/);
  });
});
