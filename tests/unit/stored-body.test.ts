import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageMarker } from "../../src/markdown/body-images.ts";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { bodyText, isStored, withPhotos } from "../../src/markdown/stored-body.ts";
import { applyEdit } from "../../src/preview/article-edit.ts";
import { DataComparer } from "../../src/preview/same-data.ts";
import { archiveOf, article } from "../helpers/archive-of.ts";
import { tempDir } from "../helpers/fixture.ts";

/** `body` rendered into the cache in `dir`, as the loader gets it. */
function stored(dir: string, body: string) {
  const cache = new RenderCache(dir).load();
  return cache.set(cache.keyOf(body), renderMarkdown(body));
}

describe("Stored bodies in the archive", () => {
  it("should give an article's view the body's HTML and text from disk, while its own fields hold only the key", () => {
    const dir = tempDir();
    const rendered = stored(dir, "The *minister* spoke.\n");
    const view = archiveOf([{ title: "Talks", rendered }]).articles[0]!;
    assert.equal(view.html, "<p>The <em>minister</em> spoke.</p>");
    assert.equal(view.text, "The minister spoke.");
    assert.equal(view.body!.key, rendered.body.key);
    assert.equal(Object.keys(view).includes("html"), false);
    assert.equal(JSON.stringify(view).includes("<em>"), false);
  });

  it("should count a changed body as a change to the view (the preview renders its pages again), and an unchanged one as none", () => {
    const dir = tempDir();
    const before = archiveOf([{ title: "Talks", rendered: stored(dir, "Talks began.\n") }]);
    const same = archiveOf([{ title: "Talks", rendered: stored(dir, "Talks began.\n") }]);
    const changed = archiveOf([{ title: "Talks", rendered: stored(dir, "Talks ended.\n") }]);
    assert.equal(new DataComparer().same(before.articles[0], same.articles[0]), true);
    assert.equal(new DataComparer().same(before.articles[0], changed.articles[0]), false);
  });

  it("should count the same Markdown rendered by other code as a change (a digest of the view must see new HTML)", () => {
    const dir = tempDir();
    const render = (identity: string) => {
      const cache = new RenderCache(dir, identity).load();
      return cache.set(cache.keyOf("Talks began.\n"), renderMarkdown("Talks began.\n"));
    };
    const before = archiveOf([{ title: "Talks", rendered: render("one render code") }]);
    const after = archiveOf([{ title: "Talks", rendered: render("another render code") }]);
    assert.equal(before.articles[0]!.body!.key, after.articles[0]!.body!.key);
    assert.equal(new DataComparer().same(before.articles[0], after.articles[0]), false);
  });

  it("should let the preview replace a stored body with a render held in memory, and back", () => {
    const dir = tempDir();
    const archive = archiveOf([{ title: "Talks", rendered: stored(dir, "Talks began.\n") }]);
    const view = archive.articles[0]!;
    applyEdit(archive, view, article({ title: "Talks", rendered: renderMarkdown("Talks ended.\n") }));
    assert.equal(view.html, "<p>Talks ended.</p>");
    assert.equal(view.body, undefined);
    applyEdit(archive, view, article({ title: "Talks", rendered: stored(dir, "Talks resumed.\n") }));
    assert.equal(view.html, "<p>Talks resumed.</p>");
    assert.equal(view.text, "Talks resumed.");
    assert.ok(view.body);
  });

  it("should fill photo markers into a stored body's HTML when it is read, keeping the body itself as rendered", () => {
    const dir = tempDir();
    const body = `One ${imageMarker(0)} two ${imageMarker(1)}`;
    const cache = new RenderCache(dir).load();
    const rendered = cache.set("k", { html: `<p>${body}</p>`, text: "One two", excerpt: "One two", words: 2, readingMinutes: 1 });
    const placed = withPhotos(rendered, ["<img alt=a>", ""]);
    assert.ok(isStored(placed));
    assert.equal(bodyText(placed).html, "<p>One <img alt=a> two </p>");
    assert.equal(bodyText(rendered).html, `<p>${body}</p>`);
    assert.equal(archiveOf([{ title: "Photo", rendered: placed }]).articles[0]!.html, "<p>One <img alt=a> two </p>");
    assert.equal(bodyText(withPhotos({ ...renderMarkdown("x"), html: `<p>${body}</p>` }, ["<img alt=a>"])).html, "<p>One <img alt=a> two </p>");
  });
});
