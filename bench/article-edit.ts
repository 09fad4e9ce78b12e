/**
 * The one-article edit the benchmark makes, as an editor's fix would: the
 * same article every time (the first in path order whose file name is already
 * a slug, so its page is at articles/YYYY/MM/<name>/), and one sentence of its
 * Markdown body rewritten, front matter untouched.
 */
import fs from "node:fs";
import path from "node:path";

/** The article the benchmark edits, under a content folder's `articles/`. */
export function articleToEdit(articlesDir: string): string {
  const entries = (fs.readdirSync(articlesDir, { recursive: true }) as string[]).filter((name) => /(^|\/)[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name)).sort();
  if (entries.length === 0) throw new Error(`no article with a plain slug under ${articlesDir}`);
  return path.join(articlesDir, entries[0]!);
}

/** The article's text with the first sentence of its body replaced by `sentence`. */
export function replaceFirstSentence(markdown: string, sentence: string): string {
  const bodyStart = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0].length ?? 0;
  const body = markdown.slice(bodyStart);
  const first = /^[^\n]*?[.!?](?=\s|$)/m.exec(body);
  if (!first) throw new Error("the article's body has no sentence to edit");
  return markdown.slice(0, bodyStart) + body.slice(0, first.index) + sentence + body.slice(first.index + first[0].length);
}

/** Rewrites one sentence of the chosen article and returns how to put it back. */
export function editOneArticle(contentDir: string, sentence: string): { file: string; restore: () => void } {
  const file = articleToEdit(path.join(contentDir, "articles"));
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, replaceFirstSentence(original.toString("utf8"), sentence));
  return { file, restore: () => fs.writeFileSync(file, original) };
}
