/** The README stays a front door, and the README and docs/ point only at what exists. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "../..");
const README_LIMIT = 8 * 1024;

/** README.md and every Markdown file in docs/, as paths relative to the project root. */
function documents(): string[] {
  const docs = fs.readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md")).sort();
  return ["README.md", ...docs.map((name) => `docs/${name}`)];
}

/** The text outside fenced code blocks and inline code: where a Markdown link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "").replace(/(`+)[\s\S]*?\1/g, "");
}

/** The anchors GitHub gives a document's headings: lowercase, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
  for (const [, heading] of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = heading!.toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, "").replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link target in a document: `[text](target)`, without a scheme. */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Every path into the repository's code that a document names (`src/…`, `tests/…`, `bench/…`, `layouts/…`, `public/…`). */
function codePaths(markdown: string): string[] {
  const paths = [...markdown.matchAll(/(?<![\w./-])((?:src|tests|bench|layouts|public)\/[\w./-]*)/g)].map((m) => m[1]!);
  return [...new Set(paths.map((p) => p.replace(/[./-]+$/, "")))];
}

describe("README.md and docs/", () => {
  it("should keep the README within 8 KB", () => {
    const size = fs.statSync(path.join(ROOT, "README.md")).size;
    assert.ok(size <= README_LIMIT, `README.md is ${size} bytes; move reference and figures into docs/ (at most ${README_LIMIT})`);
  });

  it("should find every relative link's file, and its heading when the link names one", () => {
    const broken: string[] = [];
    for (const doc of documents()) {
      for (const target of relativeLinks(fs.readFileSync(path.join(ROOT, doc), "utf8"))) {
        const [file, anchor] = target.split("#") as [string, string | undefined];
        const resolved = file === "" ? path.join(ROOT, doc) : path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(file));
        if (!fs.existsSync(resolved)) {
          broken.push(`${doc}: ${target} (no such file)`);
        } else if (anchor && resolved.endsWith(".md") && !headingAnchors(fs.readFileSync(resolved, "utf8")).has(anchor)) {
          broken.push(`${doc}: ${target} (no such heading)`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it("should name only source and test paths that exist", () => {
    const missing: string[] = [];
    for (const doc of documents()) {
      for (const named of codePaths(fs.readFileSync(path.join(ROOT, doc), "utf8"))) {
        if (!fs.existsSync(path.join(ROOT, named))) missing.push(`${doc}: ${named}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it("should find links, anchors and paths the way a reader would", () => {
    assert.deepEqual(relativeLinks("[a](docs/x.md) [b](https://e.org) `[c](no.md)` [d](#top)\n```\n[e](code.md)\n```\n"), ["docs/x.md", "#top"]);
    assert.deepEqual([...headingAnchors("## What `npm run check` says\n## Preview: `npm start`\n## Drafts\n## Drafts\n")], [
      "what-npm-run-check-says",
      "preview-npm-start",
      "drafts",
      "drafts-1",
    ]);
    assert.deepEqual(codePaths("see `src/cli/build.ts`, src/eleventy/, tests/fixtures/markdown/<name>/input.md and node_modules/x/src/y.ts."), [
      "src/cli/build.ts",
      "src/eleventy",
      "tests/fixtures/markdown",
    ]);
  });
});
