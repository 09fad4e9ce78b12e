import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { importClosure } from "../../src/cache/cache-identity.ts";
import { ParseCache } from "../../src/content/parse-cache.ts";
import { parseArticle } from "../../src/content/parse-article.ts";
import { articleText, tempDir } from "../helpers/fixture.ts";

const FILE = "/content/articles/2024/12/visit.md";
const VALID = articleText({
  path: "2024/12/visit.md",
  frontMatter: { title: "Delegation visits Damascus", date: "2024-12-30", source: "AzerNews", people: ["Yalchin Rafiyev"], places: ["Syria"], tagz: "typo" },
  body: "An Azerbaijani delegation…\n\n## More\n\nText.",
});
const INVALID = articleText({ path: "2024/12/bad.md", frontMatter: { title: "No date", source: "AzerNews", date: "2024-02-30" } });

describe("ParseCache", () => {
  it("should return what parseArticle returns, for valid and invalid files alike", () => {
    const cache = new ParseCache(tempDir()).load();
    for (const text of [VALID, INVALID, "no front matter at all"]) {
      assert.deepEqual(cache.parse(FILE, text), parseArticle(FILE, text));
    }
  });

  it("should give a later build the same result from the file without parsing it again", () => {
    const dir = tempDir();
    const first = new ParseCache(dir).load();
    const expected = first.parse(FILE, VALID);
    first.save();
    const later = new ParseCache(dir).load();
    assert.ok(later.get(ParseCache.keyOf(FILE, VALID)), "the file's parse was not kept");
    const cached = later.parse(FILE, VALID);
    assert.deepEqual(cached, expected);
    assert.equal(cached.article?.body, parseArticle(FILE, VALID).article?.body);
    assert.ok(cached.problems.some((p) => p.field === "tagz"), "warnings are kept too");
  });

  it("should parse a changed file again, and tell the same text at another path apart", () => {
    const edited = VALID.replace("Damascus", "Aleppo");
    assert.notEqual(ParseCache.keyOf(FILE, edited), ParseCache.keyOf(FILE, VALID));
    assert.notEqual(ParseCache.keyOf(`${FILE}x`, VALID), ParseCache.keyOf(FILE, VALID));
    const dir = tempDir();
    const first = new ParseCache(dir).load();
    first.parse(FILE, VALID);
    first.save();
    const later = new ParseCache(dir).load();
    assert.equal(later.get(ParseCache.keyOf(FILE, edited)), undefined);
    assert.equal(later.parse(FILE, edited).article?.frontMatter.title, "Delegation visits Aleppo");
  });
});

describe("ParseCache identity", () => {
  it("should cover all the code a parse runs, wherever it lives: every module parseArticle imports, however deep", () => {
    const src = path.resolve(import.meta.dirname, "../../src");
    const closure = importClosure([path.join(src, "content/parse-article.ts")]);
    for (const module of ["content/content-text.ts", "content/dates.ts", "yaml/yaml-source.ts", "yaml/yaml-error-advice.ts", "content/front-matter-schema.ts"]) {
      assert.ok(closure.includes(path.join(src, module)), `${module} is not in ${closure.join(", ")}`);
    }
  });

});

describe("importClosure", () => {
  it("should follow static, re-exported and dynamic relative imports, and skip modules named in comments", () => {
    const dir = tempDir("dateline-closure-");
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write("a.ts", '/**\n * Like `import("./nowhere.ts")`, from "./nowhere.ts".\n */\nimport {\n  b,\n} from "./b.ts";\nexport { c } from "./c.ts";\nexport const later = () => import("./d.ts");\n');
    write("b.ts", 'import type { C } from "./c.ts";\nexport const b = 1;\n');
    write("c.ts", "export const c = 1; export type C = 1;\n");
    write("d.ts", "export const d = 1;\n");
    assert.deepEqual(importClosure([path.join(dir, "a.ts")]).map((file) => path.basename(file)), ["a.ts", "b.ts", "c.ts", "d.ts"]);
  });
});
