/** Building `Article` values for unit tests of the archive, without files or remark. */
import type { Article } from "../../src/content/article.ts";
import type { Schedule } from "../../src/content/embargo.ts";
import { parseArticleDate } from "../../src/content/dates.ts";

/** A schedule that publishes every article whatever its date: "now" is the last instant a Date can hold, and `--future` is on. For tests not about embargoes. */
export const NO_EMBARGO: Schedule = { now: 8.64e15, future: true };

/** An article with sensible defaults; `date` is `YYYY-MM-DD`. */
export function makeArticle(fields: Partial<Omit<Article, "date">> & { date?: string; relPath?: string }): Article {
  const date = parseArticleDate(fields.date ?? "2024-12-30");
  if ("error" in date) throw new Error(date.error);
  const relPath = fields.relPath ?? `articles/${date.year}/${String(date.month).padStart(2, "0")}/${fields.stem ?? "a"}.md`;
  return {
    file: `/content/${relPath}`,
    relPath,
    stem: fields.stem ?? relPath.split("/").pop()!.replace(/\.md$/, ""),
    title: fields.title ?? "Title",
    date,
    source: fields.source ?? "AzerNews",
    people: fields.people ?? [],
    places: fields.places ?? [],
    draft: fields.draft ?? false,
    corrections: fields.corrections ?? [],
    ...(fields.slug !== undefined && { slug: fields.slug }),
    aliases: fields.aliases ?? [],
    url: fields.url,
    summary: fields.summary,
    rendered: fields.rendered ?? { html: "<p>Body</p>", text: "Body", excerpt: "Body", words: 1, readingMinutes: 1 },
  };
}
