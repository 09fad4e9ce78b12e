/**
 * Every published article's URL: `/articles/YYYY/MM/<slug>/`, the slug made
 * from the file's stem (its name, or a bundle's folder name) or taken as
 * written from `slug:`.
 *
 * Two articles in one month whose URLs would be the same are an error naming
 * both, whether the slug comes from `slug:` or from a file name (`Baku-Harbour.md`
 * beside `baku-harbour.md`, `bundle.md` beside `bundle/index.md`): otherwise
 * adding one file could quietly take a published article's URL, and the old
 * address would lead to another story. Each still gets a URL (the later one
 * suffixed), so that a check can go on and report everything.
 */
import type { Article } from "../content/article.ts";
import { SlugAllocator, slugifyName } from "../entities/slug.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { compareText, getOrCreate } from "../util/collections.ts";
import { articleUrl, monthFolder } from "./urls.ts";

/** Slugs no article may take in a month's folder. */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ["page"];

/** The URL of each article by `relPath`, and the clashes found making them. */
export interface ArticleUrls {
  urls: Map<string, string>;
  problems: Problem[];
}

/** Gives each article its URL; an explicit `slug:` that clashes still gets a (suffixed) URL, so a check can go on, with an error. */
export function allocateArticleUrls(articles: readonly Article[]): ArticleUrls {
  const months = new Map<string, Article[]>();
  // Oldest file first by path, so that a new article never takes an older one's URL.
  for (const article of [...articles].sort((a, b) => compareText(a.relPath, b.relPath))) {
    getOrCreate(months, monthFolder(article.date.year, article.date.month), () => []).push(article);
  }
  const urls = new Map<string, string>();
  const problems: Problem[] = [];
  for (const month of months.values()) {
    const allocator = new SlugAllocator(RESERVED_ARTICLE_SLUGS);
    const explicit = new Map<string, Article>();
    // Explicit slugs first: a stem never takes one away from an article that asked for it.
    for (const article of month) {
      if (article.slug === undefined) continue;
      const holder = explicit.get(article.slug);
      if (holder) problems.push(slugClash(article, `${article.slug} is also the slug of ${holder.relPath}, dated in the same month`, "give one of the two articles another slug"));
      else if (RESERVED_ARTICLE_SLUGS.includes(article.slug)) problems.push(slugClash(article, `${article.slug} is reserved for the site's own pages`, `choose another slug, e.g. slug: ${article.slug}-1`));
      else explicit.set(article.slug, article);
      urls.set(article.relPath, urlOf(article, allocator.claim(article.relPath, article.slug)));
    }
    const fromStems = new Map<string, Article>();
    for (const article of month) {
      if (article.slug !== undefined) continue;
      const slug = slugifyName(article.stem);
      const sibling = fromStems.get(slug);
      if (sibling) {
        problems.push(
          problem("url-clash", {
            file: article.file,
            message: `its URL would be /…/${slug}/, which ${sibling.relPath} already gets from its file name, dated in the same month`,
            hint: "rename one of the two files, or give one a slug: of its own (and if the other was published under this URL, keep it there)",
          }),
        );
      } else fromStems.set(slug, article);
      const holder = explicit.get(slug);
      if (holder) {
        problems.push(
          slugClash(holder, `${holder.slug} is also the slug ${article.relPath} gets from its file name, dated in the same month`, "choose another slug, or rename the other file (and add its old URL under its aliases: if it was published)"),
        );
      }
      urls.set(article.relPath, urlOf(article, allocator.claimSlug(article.relPath, slug)));
    }
  }
  return { urls, problems };
}

function urlOf(article: Article, slug: string): string {
  return articleUrl(article.date.year, article.date.month, slug);
}

function slugClash(article: Article, message: string, hint: string): Problem {
  return problem("url-clash", { file: article.file, line: article.urlLines?.slug, field: "slug", message, hint });
}
