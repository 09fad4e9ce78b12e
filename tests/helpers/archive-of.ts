/** Archives built in memory for unit tests of what the archive derives (date pages, feeds, sitemap, search records). */
import { bodyText } from "../../src/markdown/stored-body.ts";
import { resolveInterfaceStrings } from "../../src/i18n/interface-strings.ts";
import { buildArchive } from "../../src/archive/build-archive.ts";
import type { Archive } from "../../src/archive/model.ts";
import type { Article } from "../../src/content/article.ts";
import { parseArticleDate } from "../../src/content/dates.ts";
import type { Schedule } from "../../src/content/embargo.ts";
import { DEFAULT_SITE, type SiteSettings } from "../../src/content/site-settings.ts";
import { EMPTY_REGISTRY, type Registry } from "../../src/entities/registry.ts";
import { NO_EMBARGO } from "./articles.ts";

/** The fields a test sets on an article; dates are written as in front matter. */
export type ArticleFields = Partial<Omit<Article, "date" | "updated" | "corrections">> & {
  date?: string;
  updated?: string;
  /** Corrections with their dates written as in front matter. */
  corrections?: { date: string; text: string }[];
};

/** An Article as the loader would hand it over, with sensible defaults and a stem unique per title. */
export function article(fields: ArticleFields): Article {
  const date = parsed(fields.date ?? "2024-12-30");
  const stem = fields.stem ?? (fields.title ?? "title").toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const relPath = fields.relPath ?? `articles/${date.year}/${String(date.month).padStart(2, "0")}/${stem}.md`;
  const text = fields.rendered ? bodyText(fields.rendered).text : `Body of ${fields.title ?? "title"}.`;
  return {
    file: `/content/${relPath}`,
    relPath,
    stem,
    title: fields.title ?? "Title",
    date,
    updated: fields.updated ? parsed(fields.updated) : undefined,
    source: fields.source ?? "AzerNews",
    people: fields.people ?? [],
    places: fields.places ?? [],
    url: fields.url,
    summary: fields.summary,
    author: fields.author,
    lang: fields.lang,
    draft: fields.draft ?? false,
    corrections: (fields.corrections ?? []).map(({ date, text }) => ({ date: parsed(date), text })),
    ...(fields.slug !== undefined && { slug: fields.slug }),
    aliases: fields.aliases ?? [],
    ...(fields.urlLines && { urlLines: fields.urlLines }),
    rendered: fields.rendered ?? { html: `<p>${text}</p>`, text, excerpt: text, words: 3, readingMinutes: 1 },
  };
}

/** Builds an archive from articles, with an optional registry and site settings. */
export function archiveOf(articles: ArticleFields[], options: { registry?: Registry; site?: Partial<SiteSettings>; schedule?: Schedule } = {}): Archive {
  return buildArchive({
    articles: articles.map(article),
    registry: options.registry ?? EMPTY_REGISTRY,
    site: { ...DEFAULT_SITE, ...options.site },
    strings: resolveInterfaceStrings(options.site?.language ?? DEFAULT_SITE.language),
    schedule: options.schedule ?? NO_EMBARGO,
  });
}

function parsed(value: string) {
  const date = parseArticleDate(value);
  if ("error" in date) throw new Error(date.error);
  return date;
}
