/**
 * Security suite: each attack a contributed file can make, added alone beside
 * good content and built over the last good site. Every attack is refused
 * (the build fails naming the file, the last good site is byte-identical) or
 * inert (the build succeeds and the attack left no trace), and none of them
 * creates a file anywhere outside the output (a sentinel per attack).
 * Attacks on other surfaces have suites of their own: content-is-data.test.ts
 * (templates and data files), tests/browser/search-hostile.test.ts (the search
 * page), the output and preview tests.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

const GOOD = { path: "2024/12/good.md", frontMatter: { title: "Good article", date: "2024-12-30", source: "Example Wire" } };
const sentinels = tempDir("dateline-sentinels-");
const sentinel = (name: string) => path.join(sentinels, name);
const touch = (name: string) => `require('fs').writeFileSync(${JSON.stringify(sentinel(name))}, 'ran')`;
const jsFrontMatter = (fence: string, name: string) => `${fence}\n{ title: (${touch(name)}, "JS title"), date: "2024-12-30", source: "X" }\n---\nBody.\n`;

/** One attack: the file it adds under `articles/` (text or bytes), and what must become of it. */
interface Attack {
  name: string;
  file: string;
  text: string | Buffer;
  outcome: "refused" | "inert";
  /** For a refused attack: what the error must say besides the file's name. */
  says?: RegExp;
  /** For an inert attack: what no built file may contain. */
  absent?: (string | RegExp)[];
}

const nested = (depth: number) => `${"> ".repeat(depth)}deep\n`;
const deepList = (depth: number) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");

const ATTACKS: Attack[] = [
  { name: "front matter fenced ---js", file: "2024/12/js.md", text: jsFrontMatter("---js", "js"), outcome: "refused", says: /YAML/ },
  { name: "front matter fenced ---javascript", file: "2024/12/javascript.md", text: jsFrontMatter("---javascript", "javascript"), outcome: "refused", says: /YAML/ },
  { name: "front matter fenced --- js", file: "2024/12/space-js.md", text: jsFrontMatter("--- js", "space-js"), outcome: "refused", says: /YAML/ },
  { name: "front matter fenced ---JS", file: "2024/12/upper-js.md", text: jsFrontMatter("---JS", "upper-js"), outcome: "refused", says: /YAML/ },
  { name: "front matter fenced ---coffee", file: "2024/12/coffee.md", text: jsFrontMatter("---coffee", "coffee"), outcome: "refused", says: /YAML/ },
  {
    name: "a YAML !!js/function tag",
    file: "2024/12/js-tag.md",
    text: `---\ntitle: !!js/function >\n  function () { ${touch("js-tag")} }\ndate: 2024-12-30\nsource: X\n---\nBody.\n`,
    outcome: "refused",
    says: /!!js\/function/,
  },
  { name: "a !!timestamp date", file: "2024/12/timestamp.md", text: `---\ntitle: T\ndate: !!timestamp 2024-12-30\nsource: X\n---\nBody.\n`, outcome: "refused", says: /!!timestamp/ },
  {
    name: "a permalink field pointing outside",
    file: "2024/12/permalink.md",
    text: `---\ntitle: Permalink\ndate: 2024-12-30\nsource: X\npermalink: "../../../../../../..${sentinel("permalink.html")}"\n---\nBody.\n`,
    outcome: "inert",
  },
  { name: "2,000 nested block quotes", file: "2024/12/quotes.md", text: `---\ntitle: Q\ndate: 2024-12-30\nsource: X\n---\n${nested(2000)}`, outcome: "refused" },
  { name: "a 10,000-deep list", file: "2024/12/list.md", text: `---\ntitle: L\ndate: 2024-12-30\nsource: X\n---\n${deepList(10_000)}\n`, outcome: "refused" },
  { name: "invalid UTF-8", file: "2024/12/latin1.md", text: Buffer.concat([Buffer.from("---\ntitle: T\ndate: 2024-12-30\nsource: X\n---\nCaf"), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from("\n")]), outcome: "refused", says: /UTF-8/ },
  {
    name: "control characters and noncharacters",
    file: "2024/12/control.md",
    text: `---\ntitle: "Bell\\u0007 escape\\u001b nul\\u0000 end"\ndate: 2024-12-30\nsource: X\n---\nText with \u0001 and \u001b[31m and \uFFFE and \uFDD0 in it.\n`,
    outcome: "inert",
    absent: [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uFFFE\uFFFF\uFDD0-\uFDEF]/],
  },
];

/** A digest of every file under a folder, names and bytes, to compare a site before and after. */
function digestOf(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir)) hash.update(file).update("\0").update(fs.readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}

describe("attacks from one contributed file", () => {
  let output: string;
  let goodDigest: string;

  before(() => {
    output = path.join(tempDir("dateline-attacked-"), "_site");
    const first = buildSite(writeContent([GOOD]), { output });
    assert.equal(first.status, 0, first.stderr);
    goodDigest = digestOf(output);
  });

  for (const attack of ATTACKS) {
    it(`should ${attack.outcome === "refused" ? "refuse" : "render inert"} ${attack.name}`, () => {
      const input = writeContent([GOOD]);
      const file = path.join(input, "articles", attack.file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, attack.text);
      const started = Date.now();
      const result = buildSite(input, { output });
      assert.ok(Date.now() - started < 120_000, "the build took over two minutes");
      if (attack.outcome === "refused") {
        assert.equal(result.status, 1, `expected the build to fail:\n${result.stdout}\n${result.stderr}`);
        assert.ok(result.stderr.includes(path.basename(attack.file)), `the error does not name ${attack.file}:\n${result.stderr}`);
        if (attack.says) assert.match(result.stderr, attack.says);
        assert.equal(digestOf(output), goodDigest, "the last good site changed");
      } else {
        assert.equal(result.status, 0, result.stderr);
        const built = listFiles(output)
          .filter((name) => /\.(html|xml|json|txt)$/.test(name))
          .map((name) => fs.readFileSync(path.join(output, name), "utf8"))
          .join("\n");
        for (const pattern of attack.absent ?? []) assert.doesNotMatch(built, typeof pattern === "string" ? new RegExp(pattern) : pattern);
        // Put the good site back for the next attack.
        const again = buildSite(writeContent([GOOD]), { output });
        assert.equal(again.status, 0, again.stderr);
        goodDigest = digestOf(output);
      }
      assert.deepEqual(fs.readdirSync(sentinels), [], "an attack ran code or wrote outside the site");
      // A replaced site is removed in the background (`.<name>.removing-*`); nothing else may be left beside it.
      const beside = fs.readdirSync(path.dirname(output)).filter((name) => !name.startsWith("._site.removing-"));
      assert.deepEqual(beside, ["_site"], "the build left something beside the site");
    });
  }

  it("should skip a symbolic link to a file outside the content folder, by name, and never read it", () => {
    const input = writeContent([GOOD]);
    const secret = path.join(tempDir("dateline-secret-"), "secret.md");
    fs.writeFileSync(secret, "---\ntitle: SECRET-TITLE\ndate: 2024-12-30\nsource: X\n---\nSECRET-BODY\n");
    fs.symlinkSync(secret, path.join(input, "articles/2024/12/link.md"));
    fs.symlinkSync(path.dirname(secret), path.join(input, "articles/2024/linked-folder"));
    const result = buildSite(input, { output });
    assert.equal(result.status, 0, result.stderr);
    assert.match(`${result.stdout}${result.stderr}`, /link\.md/);
    const built = listFiles(output).filter((name) => name.endsWith(".html")).map((name) => fs.readFileSync(path.join(output, name), "utf8")).join("\n");
    assert.doesNotMatch(built, /SECRET-(TITLE|BODY)/);
    goodDigest = digestOf(output);
  });
});
