/** Pages of the site's own: their names, their front matter and their URLs' clashes. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentPageViews } from "../../src/archive/content-pages.ts";
import { pageSegments, type ContentPage } from "../../src/content/content-page.ts";
import { parsePage } from "../../src/content/parse-page.ts";

const RENDERED = { html: "<p>x</p>", text: "x", excerpt: "x", words: 1, readingMinutes: 1 };

function page(relPath: string, fields: Partial<ContentPage> = {}): ContentPage {
  const named = pageSegments(relPath);
  if ("mistake" in named) throw new Error(named.mistake);
  return { file: `/c/${relPath}`, relPath, segments: named.segments, title: "T", draft: false, rendered: RENDERED, ...fields };
}

describe("page names", () => {
  it("should make an address from the path under pages/", () => {
    assert.deepEqual(pageSegments("pages/about.md"), { segments: ["about"] });
    assert.deepEqual(pageSegments("pages/press/contact.md"), { segments: ["press", "contact"] });
    assert.deepEqual(pageSegments("pages/press/index.md"), { segments: ["press"] });
  });

  for (const relPath of ["pages/About.md", "pages/about us.md", "pages/über.md", "pages/a--b.md", "pages/-a.md", "pages/index.md", "pages/Press/x.md"]) {
    it(`should refuse ${relPath}`, () => {
      assert.ok("mistake" in pageSegments(relPath));
    });
  }
});

describe("page front matter", () => {
  it("should take title, description, draft and lang", () => {
    const { page: parsed, problems } = parsePage("/c/pages/a.md", "---\ntitle: About\ndescription: Who we are\ndraft: true\nlang: fr\n---\nText\n");
    assert.deepEqual(problems, []);
    assert.deepEqual(parsed?.frontMatter, { title: "About", description: "Who we are", draft: true, lang: "fr" });
    assert.equal(parsed?.body, "Text\n");
  });

  it("should make an unknown field an error with its line", () => {
    const { page: parsed, problems } = parsePage("/c/pages/a.md", "---\ntitle: About\nlayout: evil.njk\n---\n");
    assert.equal(parsed, undefined);
    assert.equal(problems[0]?.code, "unknown-field");
    assert.equal(problems[0]?.severity, "error");
    assert.equal(problems[0]?.line, 3);
    assert.equal(problems[0]?.field, "layout");
  });

  it("should require a title and refuse a bad draft or lang, with lines", () => {
    assert.equal(parsePage("/c/pages/a.md", "---\ndescription: x\n---\n").problems[0]?.code, "missing-field");
    const bad = parsePage("/c/pages/a.md", "---\ntitle: A\ndraft: yes please\nlang: 12\n---\n").problems;
    assert.deepEqual(bad.map((p) => [p.field, p.line]), [["draft", 3], ["lang", 4]]);
  });

  it("should never run JavaScript front matter", () => {
    const { page: parsed, problems } = parsePage("/c/pages/a.md", "---js\n{ title: (() => { throw new Error('ran') })() }\n---\n");
    assert.equal(parsed, undefined);
    assert.equal(problems[0]?.code, "front-matter-not-yaml");
  });

  it("should say when there is no front matter", () => {
    assert.equal(parsePage("/c/pages/a.md", "Just text\n").problems[0]?.code, "missing-front-matter");
  });
});

describe("page URLs", () => {
  const owners = new Map([
    ["/search/", { description: "the URL of a page the site makes (/search/)" }],
    ["/articles/2024/12/x/", { relPath: "articles/2024/12/x.md", description: "the URL of articles/2024/12/x.md" }],
  ]);

  it("should publish pages at their URLs, sorted, and leave drafts out", () => {
    const { views, problems } = contentPageViews([page("pages/press/contact.md"), page("pages/about.md"), page("pages/secret.md", { draft: true })], owners, "en");
    assert.deepEqual(problems, []);
    assert.deepEqual(views.map((view) => view.url), ["/about/", "/press/contact/"]);
    assert.equal(views[0]!.dir, "ltr");
  });

  for (const relPath of ["pages/search.md", "pages/people/x.md", "pages/img/x.md", "pages/articles/2024/12/x.md", "pages/articles/other.md", "pages/page/2.md", "pages/pagefind.md"]) {
    it(`should refuse ${relPath} as a url-clash`, () => {
      const { views, problems } = contentPageViews([page(relPath)], owners, "en");
      assert.deepEqual(views, []);
      assert.equal(problems[0]?.code, "url-clash");
      assert.equal(problems[0]?.file, `/c/${relPath}`);
    });
  }

  it("should refuse two files with one URL", () => {
    const { views, problems } = contentPageViews([page("pages/press.md"), page("pages/press/index.md")], owners, "en");
    assert.equal(views.length, 1);
    assert.match(problems[0]!.message, /also the URL of pages\/press(\.md|\/index\.md)/);
  });
});
