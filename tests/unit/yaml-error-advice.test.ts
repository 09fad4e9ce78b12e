import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/content/parse-article.ts";
import { adviseYamlError } from "../../src/yaml/yaml-error-advice.ts";

/** The yaml-syntax problems of an article whose front matter is `frontMatter`. */
function syntaxProblems(frontMatter: string) {
  return parseArticle("/a.md", `---\n${frontMatter}\n---\nBody.\n`).problems.map((p) => ({ code: p.code, line: p.line, message: p.message, hint: p.hint }));
}

describe("adviseYamlError, through parseArticle", () => {
  it("should point an unclosed quote at the line where it opens, not where the file ends", () => {
    const [problem, ...rest] = syntaxProblems('title: "Baku hosts a forum\ndate: 2025-06-03\nsource: AzerNews');
    assert.deepEqual(rest, []);
    assert.deepEqual(problem, {
      code: "yaml-syntax",
      line: 2,
      message: "front matter is not valid YAML: a quote opened on this line is never closed",
      hint: "end the value with the same quote mark it starts with, or remove the quotes",
    });
  });

  it("should explain a colon inside a headline once, with the line quoted as the fix", () => {
    const problems = syntaxProblems("date: 2025-06-03\ntitle: Baku: forum opens\nsource: AzerNews");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.match(problems[0]!.message, /contains a colon followed by a space/);
    assert.equal(problems[0]!.hint, 'put the whole value in double quotes, e.g. title: "Baku: forum opens"');
  });

  it("should name a field written twice, a tab and text after a closing quote", () => {
    assert.match(syntaxProblems("title: A\ntitle: B\ndate: 2025-06-03\nsource: S")[0]!.message, /this field is written twice/);
    assert.match(syntaxProblems("title: A\n\tdate: 2025-06-03\nsource: S")[0]!.message, /indented with a tab/);
    const quoted = syntaxProblems('title: "Forum" opens\ndate: 2025-06-03\nsource: S')[0]!;
    assert.equal(quoted.line, 2);
    assert.match(quoted.message, /text after the closing quote/);
  });

  it("should explain an apostrophe inside single quotes", () => {
    const problem = syntaxProblems("title: 'Baku's forum'\ndate: 2025-06-03\nsource: S")[0]!;
    assert.equal(problem.line, 2);
    assert.match(problem.message, /an apostrophe ends the quoted value early/);
  });

  it("should point an unclosed list at the line where it opens", () => {
    const problems = syntaxProblems("title: A\nplaces: [Azerbaijan, Georgia\ndate: 2025-06-03\nsource: S");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.match(problems[0]!.message, /a list opened with \[ on this line is never closed/);
  });

  it("should keep the parser's own words for mistakes it has no advice for", () => {
    const advice = adviseYamlError({ code: "SOMETHING_ELSE", line: 4, message: "Unexpected thing" }, "");
    assert.deepEqual(advice, { line: 4, message: "Unexpected thing", hint: "check the quotes, colons and indentation on this line; put a value with a colon in quotes" });
  });
});
