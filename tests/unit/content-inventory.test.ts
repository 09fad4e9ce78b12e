import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { classify, inventoryProblems, takeInventory } from "../../src/content/content-inventory.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { articleText, tempDir } from "../helpers/fixture.ts";

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

const ARTICLE = articleText({ path: "", frontMatter: { title: "T", date: "2024-12-30", source: "S" } });

describe("classify", () => {
  it("should allow articles, images beside them and the three registries, and nothing else", () => {
    const cases: Record<string, string> = {
      "articles/2024/12/a.md": "article",
      "articles/a.md": "article",
      "articles/2024/12/photo.JPG": "image",
      "articles/2024/12/photo.jpeg": "image",
      "articles/p.png": "image",
      "articles/p.webp": "image",
      "articles/p.avif": "image",
      "articles/p.gif": "image",
      "_data/people.yaml": "registry",
      "_data/places.yaml": "registry",
      "_data/site.yaml": "registry",
      "_data/people.yml": "ignored",
      "_data/people.json": "ignored",
      "_data/site.js": "ignored",
      "_data/other.yaml": "ignored",
      "index.11ty.js": "ignored",
      "articles/2024/12/a.11tydata.js": "ignored",
      "articles/2024/12/a.11tydata.json": "ignored",
      "articles/page.njk": "ignored",
      "page.html": "ignored",
      "page.liquid": "ignored",
      "articles/notes.txt": "ignored",
      "a.md": "ignored",
      "photo.png": "ignored",
    };
    for (const [relPath, kind] of Object.entries(cases)) assert.equal(classify(relPath), kind, relPath);
  });
});

describe("takeInventory", () => {
  it("should list each kind sorted, skip dot files and folders silently, and warn about every other file", () => {
    const dir = tempDir();
    write(dir, {
      "articles/2024/12/b.md": ARTICLE,
      "articles/2024/12/a.md": ARTICLE,
      "articles/2024/12/photo.jpg": "",
      "articles/.hidden/c.md": ARTICLE,
      "articles/.DS_Store": "",
      ".gitkeep": "",
      ".git/config": "",
      "_data/people.yaml": "",
      "_data/people.js": "module.exports = {}",
      "index.11ty.js": "",
      "articles/2024/12/b.11tydata.json": "{}",
      "notes.txt": "",
    });
    const inventory = takeInventory(dir);
    assert.deepEqual(inventory.articles, [path.join(dir, "articles/2024/12/a.md"), path.join(dir, "articles/2024/12/b.md")]);
    assert.deepEqual(inventory.images, [path.join(dir, "articles/2024/12/photo.jpg")]);
    assert.deepEqual(inventory.registries, [path.join(dir, "_data/people.yaml")]);
    assert.deepEqual(inventory.ignored.map((entry) => entry.relPath), ["_data/people.js", "articles/2024/12/b.11tydata.json", "index.11ty.js", "notes.txt"]);
    const problems = inventoryProblems(inventory);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, path.relative(dir, p.file)]), [
      ["ignored-file", "warning", "_data/people.js"],
      ["ignored-file", "warning", "articles/2024/12/b.11tydata.json"],
      ["ignored-file", "warning", "index.11ty.js"],
      ["ignored-file", "warning", "notes.txt"],
    ]);
    assert.match(problems[0]!.message, /the build ignores it \(content is data: .* never run\)/);
  });

  it("should name links to a file and to a folder outside, never follow them, and read nothing through them", async () => {
    const outside = tempDir();
    write(outside, { "secret.md": ARTICLE.replace("title: \"T\"", "title: \"Outside\""), "deep/inner.md": ARTICLE, "people.yaml": "- name: Outside Person\n" });
    const dir = tempDir();
    write(dir, { "articles/2024/12/a.md": ARTICLE });
    fs.symlinkSync("/etc/passwd", path.join(dir, "articles/2024/12/passwd.md"));
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(dir, "articles/2024/12/secret.md"));
    fs.symlinkSync(outside, path.join(dir, "articles/elsewhere"));
    fs.symlinkSync(outside, path.join(dir, "_data"));
    const inventory = takeInventory(dir);
    assert.deepEqual(inventory.articles, [path.join(dir, "articles/2024/12/a.md")]);
    assert.deepEqual(inventory.symlinks.map((entry) => entry.relPath), ["_data", "articles/2024/12/passwd.md", "articles/2024/12/secret.md", "articles/elsewhere"]);
    const problems = inventoryProblems(inventory);
    assert.deepEqual(new Set(problems.map((p) => p.code)), new Set(["symlink-skipped"]));
    assert.match(problems[1]!.message, /is a symbolic link; Dateline never follows links/);

    const content = await loadContent(dir, { render: false, cache: false });
    assert.deepEqual(content.articles.map((article) => article.title), ["T"]);
    assert.deepEqual(content.registry.people, [], "_data/people.yaml was read through the linked folder");
    assert.equal(content.problems.filter((p) => p.code === "symlink-skipped").length, 4);
    assert.deepEqual(content.problems.filter((p) => p.severity === "error"), []);
  });

  it("should find nothing in a folder that does not exist", () => {
    assert.deepEqual(takeInventory(path.join(tempDir(), "missing")), { articles: [], pages: [], registries: [], images: [], ignored: [], symlinks: [] });
  });
});

describe("takeInventory: pages and site images", () => {
  it("should list pages/**/*.md as pages and images in _data/ as images, and ignore anything else under pages/", () => {
    const dir = tempDir();
    for (const name of ["pages/about.md", "pages/press/contact.md", "pages/photo.jpg", "pages/page.njk", "_data/logo.png"]) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), "x");
    }
    const inventory = takeInventory(dir);
    assert.deepEqual(inventory.pages, [path.join(dir, "pages/about.md"), path.join(dir, "pages/press/contact.md")]);
    assert.deepEqual(inventory.images, [path.join(dir, "_data/logo.png")]);
    assert.deepEqual(inventory.ignored.map((entry) => entry.relPath), ["pages/page.njk", "pages/photo.jpg"]);
  });
});
