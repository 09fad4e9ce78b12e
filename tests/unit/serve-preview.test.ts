import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Update } from "../../src/preview/preview-session.ts";
import { reloadEvent } from "../../src/preview/serve-preview.ts";

const update = (fields: Partial<Update>): Update => ({ kind: "none", pages: [], rendered: 0, removed: [], copied: [], milliseconds: 1, ...fields });
const page = (url: string, file: string) => ({ url, file, content: `<p>${url}</p>`, changed: true });

describe("reloadEvent", () => {
  it("should send the pages the fast path wrote, HTML ones with their content so the page on screen is patched", () => {
    const event = reloadEvent(update({ kind: "fast", pages: [page("/articles/2024/12/x/", "/site/articles/2024/12/x/index.html"), page("/feed.xml", "/site/feed.xml")] }));
    assert.deepEqual(event, {
      files: ["/site/articles/2024/12/x/index.html", "/site/feed.xml"],
      build: { templates: [{ url: "/articles/2024/12/x/", inputPath: "/site/articles/2024/12/x/index.html", content: "<p>/articles/2024/12/x/</p>" }] },
    });
  });

  it("should give the browser the URL with the path prefix, as it shows it", () => {
    const event = reloadEvent(update({ kind: "fast", pages: [page("/people/x/", "/site/people/x/index.html")] }), "/news/");
    assert.equal(event?.build?.templates?.[0]?.url, "/news/people/x/");
  });

  it("should reload after a full build, swap stylesheets for CSS alone, and stay quiet when nothing changed", () => {
    assert.deepEqual(reloadEvent(update({ kind: "full" })), { files: [] });
    assert.deepEqual(reloadEvent(update({ copied: ["/site/styles.css"] })), { files: ["/site/styles.css"], subtype: "css" });
    assert.deepEqual(reloadEvent(update({ copied: ["/site/search.js"] })), { files: ["/site/search.js"], build: { templates: [] } });
    assert.equal(reloadEvent(update({ kind: "fast" })), undefined, "an edit that changed no page's bytes");
    assert.equal(reloadEvent(update({ kind: "kept" })), undefined);
  });

  it("should reload the page rather than send many pages, and count removed pages as changed", () => {
    const many = Array.from({ length: 60 }, (_, i) => page(`/p/${i}/`, `/site/p/${i}/index.html`));
    assert.deepEqual(reloadEvent(update({ kind: "partial", pages: many }))?.build?.templates, []);
    assert.deepEqual(reloadEvent(update({ kind: "partial", removed: ["/site/articles/2024/12/x/index.html"] })), {
      files: ["/site/articles/2024/12/x/index.html"],
      build: { templates: [] },
    });
  });
});
