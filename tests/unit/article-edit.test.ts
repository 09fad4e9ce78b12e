import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/content/article.ts";
import { toArticle } from "../../src/content/load-content.ts";
import { parseArticle } from "../../src/content/parse-article.ts";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { applyEdit, keepsItsPlace, linksIn, listChange } from "../../src/preview/article-edit.ts";
import { archiveOf, article, type ArticleFields } from "../helpers/archive-of.ts";

const SHOWN: ArticleFields = {
  title: "Forum opens",
  date: "2024-12-30",
  source: "AzerNews",
  people: ["Ann Lee", "Bo Chen"],
  places: ["Syria", "Damascus"],
  summary: "A summary.",
};

/** The file as saved, as the loader reads it: the shown article's fields with `changes` (a value of null drops the field). */
function saved(changes: Record<string, unknown>): Article {
  const fields: Record<string, unknown> = { ...SHOWN, ...changes };
  const lines = Object.entries(fields)
    .filter(([key, value]) => value !== null && key !== "body")
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const parsed = parseArticle("/content/articles/2024/12/forum.md", `---\n${lines.join("\n")}\n---\n${fields.body ?? "Body text."}\n`);
  assert.ok(parsed.article, JSON.stringify(parsed.problems));
  return toArticle("/content", parsed.article, renderMarkdown(parsed.article.body));
}

describe("listChange", () => {
  const shown = article(SHOWN);

  it("should accept edits to the title, summary, author, language, original URL and body", () => {
    for (const change of [{ title: "Forum closes" }, { summary: null }, { author: "Staff" }, { lang: "fr" }, { url: "https://example.org/x" }, { body: "New text." }]) {
      assert.equal(listChange(shown, saved(change)), undefined, JSON.stringify(change));
    }
  });

  it("should name the field that moves the article between lists", () => {
    assert.equal(listChange(shown, saved({ people: ["Ann Lee"] })), "people");
    assert.equal(listChange(shown, saved({ people: ["Bo Chen", "Ann Lee"] })), "people", "the order of names is the order of links");
    assert.equal(listChange(shown, saved({ people: ["ANN LEE", "Bo Chen"] })), "people", "a new spelling changes the person's aliases");
    assert.equal(listChange(shown, saved({ people: ["Ann Lee", "Bo Chen", "ann lee"] })), undefined, "a name written twice counts once, as the loader reads it");
    assert.equal(listChange(shown, saved({ places: ["Syria"] })), "places");
    assert.equal(listChange(shown, saved({ source: "Azernews" })), "source");
    assert.equal(listChange(shown, saved({ date: "2024-12-31" })), "date");
    assert.equal(listChange(shown, saved({ date: "2024-12-30T10:00:00Z" })), "date");
    assert.equal(listChange(shown, saved({ updated: "2025-01-02" })), "updated");
    assert.equal(listChange(shown, saved({ draft: true })), "draft");
    assert.equal(listChange(shown, saved({ slug: "baku-forum" })), "slug", "a new URL");
    assert.equal(listChange(shown, saved({ aliases: ["/old/forum/"] })), "aliases", "a redirect page and a line of _redirects");
    const aliased = article({ ...SHOWN, aliases: ["/old/forum/"] });
    assert.equal(listChange(aliased, saved({ aliases: ["/old/forum/"], title: "Forum closes" })), "title", "its alias pages print the title");
    assert.equal(listChange(aliased, saved({ aliases: ["/old/forum/"], lang: "fr" })), "lang", "and mark its language");
    assert.equal(listChange(aliased, saved({ aliases: ["/old/forum/"] })), undefined);
    const corrected = saved({ corrections: [{ date: "2025-01-02", text: "A fix." }] });
    assert.equal(listChange(shown, corrected), "corrections", "a correction changes the corrections page and the article's dates");
    assert.equal(listChange(corrected, saved({ corrections: [{ date: "2025-01-02", text: "A better fix." }] })), "corrections");
    assert.equal(listChange(corrected, saved({ corrections: [{ date: "2025-01-03", text: "A fix." }] })), "corrections");
    assert.equal(listChange(corrected, saved({ corrections: [{ date: "2025-01-02", text: "A fix." }], title: "New title" })), undefined);
  });
});

describe("keepsItsPlace", () => {
  // Three articles on one day: sorted by title, "b" sits between "a" and "c".
  const fields: ArticleFields[] = [
    { title: "a", date: "2024-12-30" },
    { title: "b", date: "2024-12-30" },
    { title: "c", date: "2024-12-30" },
    { title: "z", date: "2024-12-31" },
  ];
  const articles = fields.map(article);
  const archive = archiveOf(fields);
  const articleOf = (view: { id: string }) => articles.find((a) => a.relPath === view.id);
  const index = archive.articles.findIndex((view) => view.title === "b");
  const renamed = (title: string): Article => ({ ...articles[1]!, title });

  it("should accept a new title that sorts between the same neighbours", () => {
    assert.equal(keepsItsPlace(archive, index, renamed("bb"), articleOf), true);
  });

  it("should refuse a new title that moves the article past another of the same instant", () => {
    assert.equal(keepsItsPlace(archive, index, renamed("d"), articleOf), false);
    assert.equal(keepsItsPlace(archive, index, renamed("0"), articleOf), false);
  });

  it("should accept any title when no other article has the same instant", () => {
    const top = archive.articles.findIndex((view) => view.title === "z");
    assert.equal(keepsItsPlace(archive, top, { ...articles[3]!, title: "0" }, articleOf), true);
  });
});

describe("applyEdit", () => {
  const fields: ArticleFields[] = [
    { title: "Older", date: "2024-12-01", people: ["Ann Lee"] },
    { title: "Forum", date: "2024-12-02", people: ["Ann Lee"], lang: "fr", summary: "Old summary." },
    { title: "Newer", date: "2024-12-03", people: ["Ann Lee"] },
  ];

  it("should update the view every list shares, and every link to it, in place", () => {
    const archive = archiveOf(fields);
    const view = archive.articles[1]!;
    const [person] = archive.people;
    assert.equal(person!.articles[1], view, "lists share the view");
    const { people, places, source, prev, next, related } = view;
    const edited: Article = { ...article(fields[1]!), title: "Forum, renamed", lang: undefined, summary: undefined, rendered: renderMarkdown("New first paragraph.") };

    applyEdit(archive, view, edited);

    assert.equal(person!.articles[1], view);
    assert.equal(view.title, "Forum, renamed");
    assert.equal(view.lang, undefined);
    assert.equal(view.description, "New first paragraph.", "without a summary, the excerpt describes the article");
    assert.equal(view.html, "<p>New first paragraph.</p>");
    assert.deepEqual([view.people, view.places, view.source, view.prev, view.next, view.related], [people, places, source, prev, next, related]);
    const copies = archive.articles.flatMap((other) => linksIn(other)).filter((link) => link.url === view.url);
    assert.ok(copies.length >= 2, "the older and newer articles link to it");
    for (const copy of copies) {
      assert.equal(copy.title, "Forum, renamed");
      assert.ok(!("lang" in copy), "a removed language leaves no lang behind");
    }
  });

  it("should turn the view and every link to it right to left when an edit makes the article Arabic, and back", () => {
    const archive = archiveOf(fields);
    const view = archive.articles[1]!;
    assert.equal(view.dir, "ltr");
    applyEdit(archive, view, { ...article(fields[1]!), title: "منتدى باكو", lang: "ar" });
    const copies = () => archive.articles.flatMap((other) => linksIn(other)).filter((link) => link.url === view.url);
    assert.equal(view.dir, "rtl");
    assert.deepEqual(copies().map((copy) => copy.dir), copies().map(() => "rtl"));
    applyEdit(archive, view, { ...article(fields[1]!), lang: undefined });
    assert.equal(view.dir, "ltr", "without lang, the article runs the site's way");
    assert.deepEqual(copies().map((copy) => copy.dir), copies().map(() => "ltr"));
  });

  it("should refuse an article that is not the one the view shows", () => {
    const archive = archiveOf(fields);
    assert.throws(() => applyEdit(archive, archive.articles[0]!, article(fields[1]!)), /cannot be edited in place/);
  });
});
