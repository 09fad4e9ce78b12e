/**
 * Security: a file in the content folder is data, never code. Eleventy reads
 * nothing of the content folder (its input is an empty folder of its own), so
 * a template, a data file or a page someone adds there is neither executed nor
 * rendered, and no page is written outside `--output`.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, runCli, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

/** Files an attacker adds beside a good article, each of which would touch its own sentinel if it ran. */
function attackFiles(sentinels: string): Record<string, string> {
  const touch = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(path.join(sentinels, name))}, "ran")`;
  const touchEsm = (name: string) => `import fs from "node:fs"; fs.writeFileSync(${JSON.stringify(path.join(sentinels, name))}, "ran");`;
  return {
    "page.11ty.js": `${touch("11ty-js")};\nmodule.exports = class { render() { return "11ty.js page"; } };\n`,
    "page.11ty.cjs": `${touch("11ty-cjs")};\nmodule.exports = () => "cjs page";\n`,
    "page.11ty.mjs": `${touchEsm("11ty-mjs")}\nexport default () => "mjs page";\n`,
    "_data/evil.js": `${touch("data-js")};\nmodule.exports = {};\n`,
    "_data/evil.cjs": `${touch("data-cjs")};\nmodule.exports = {};\n`,
    "_data/evil.mjs": `${touchEsm("data-mjs")}\nexport default {};\n`,
    "_data/dateline.json": `{"articles": [], "site": {"title": "Replaced by _data/dateline.json"}}\n`,
    "articles/articles.11tydata.js": `${touch("directory-data")};\nmodule.exports = { permalink: "/hijacked/" };\n`,
    "articles/articles.11tydata.json": `{"permalink": "/hijacked-json/"}\n`,
    "content.11tydata.js": `${touch("directory-data-root")};\nmodule.exports = {};\n`,
    "njk-page.njk": `---\npermalink: /njk-page/index.html\n---\n{{ range.constructor("return process")().mainModule.require("node:fs").writeFileSync(${JSON.stringify(path.join(sentinels, "njk"))}, "ran") }}NJK RENDERED\n`,
    "outside.html": `---\npermalink: ../../../../../../../../${path.join(sentinels, "outside.html").replace(/^\//, "")}\n---\nHTML RENDERED\n`,
    "liquid-page.liquid": `---\npermalink: /liquid/index.html\n---\nLIQUID RENDERED {{ "x" | upcase }}\n`,
    "about.md": `---\npermalink: /about-md/index.html\n---\nMD RENDERED\n`,
  };
}

describe("a content folder holding code and templates", () => {
  let input: string;
  let sentinels: string;
  let site: BuildResult;
  let check: { status: number; stdout: string; stderr: string };

  before(() => {
    sentinels = tempDir("dateline-sentinels-");
    input = writeContent([{ path: "2024/12/good.md", frontMatter: { title: "Good article", date: "2024-12-30", source: "Example Wire" } }]);
    for (const [file, text] of Object.entries(attackFiles(sentinels))) {
      fs.mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
      fs.writeFileSync(path.join(input, file), text);
    }
    site = buildSite(input);
    check = runCli("src/cli/check.ts", [`--input=${input}`, "--json"]);
  });

  it("should run none of it, in build or check", () => {
    assert.deepEqual(fs.readdirSync(sentinels), []);
  });

  it("should build the articles' site and nothing else", () => {
    assert.equal(site.status, 0, site.stderr);
    const files = listFiles(site.output);
    assert.ok(files.includes("articles/2024/12/good/index.html"));
    for (const page of ["njk-page/index.html", "liquid/index.html", "about-md/index.html", "hijacked/index.html", "hijacked-json/index.html"]) {
      assert.ok(!files.includes(page), `${page} was written`);
    }
    const everything = files.filter((file) => /\.(html|xml|json|txt)$/.test(file)).map((file) => fs.readFileSync(path.join(site.output, file), "utf8")).join("\n");
    for (const marker of ["NJK RENDERED", "HTML RENDERED", "LIQUID RENDERED", "MD RENDERED", "11ty.js page", "Replaced by _data/dateline.json"]) {
      assert.ok(!everything.includes(marker), `the site holds ${marker}`);
    }
  });

  it("should write nothing outside --output", () => {
    assert.ok(!fs.existsSync(path.join(sentinels, "outside.html")));
    assert.deepEqual(fs.readdirSync(path.dirname(site.output)).filter((name) => !name.startsWith(".")), ["_site"]);
  });

  it("should have check name every file it ignores", () => {
    const report = JSON.parse(check.stdout) as { warnings: { code: string; file: string }[] };
    const ignored = new Set(report.warnings.filter((w) => w.code === "ignored-file").map((w) => w.file.split(path.sep).join("/")));
    for (const file of Object.keys(attackFiles(sentinels))) {
      if (file === "about.md") continue; // Markdown pages outside articles/ are the newsroom issue's
      assert.ok([...ignored].some((name) => name.endsWith(file)), `check did not name ${file}: ${[...ignored].join(", ")}`);
    }
  });
});
