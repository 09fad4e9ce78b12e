/**
 * Articles' old paths (`aliases:`), each made a redirect to the article's URL:
 * a small page at the old path and a line of `_redirects`.
 *
 * An alias may not take a URL anything else has: another article, another
 * alias, any page, feed or file the site makes, or a path under a folder where
 * the site makes its own pages (`RESERVED_FOLDERS`: a person, a year or a
 * later page may appear there as the archive grows). Each clash is an error
 * naming both sides; the alias is then left out, so a check can go on.
 * The entity redirects (variant spellings) are all under `/people/` and
 * `/countries/`, so an alias can never take one of theirs.
 */
import type { Article } from "../content/article.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { compareText } from "../util/collections.ts";
import type { ArticleView, Redirect } from "./model.ts";
import type { UrlOwner } from "./site-urls.ts";
import { RESERVED_FOLDERS, reservedFolderOf } from "./urls.ts";

/** The redirects made from articles' aliases, and the clashes found. */
export interface AliasRedirects {
  redirects: Redirect[];
  problems: Problem[];
}

/** One published article with the view that holds its URL and title. */
export interface PublishedArticle {
  article: Article;
  view: ArticleView;
}

/** Makes a redirect of every alias of every published article, unless it clashes with a URL of `owners` or another alias. */
export function aliasRedirects(published: readonly PublishedArticle[], owners: ReadonlyMap<string, UrlOwner>): AliasRedirects {
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  for (const { article, view } of [...published].sort((a, b) => compareText(a.article.relPath, b.article.relPath))) {
    article.aliases.forEach((alias, index) => {
      const clash = clashOf(alias, view.url, owners, claimed);
      if (clash) {
        problems.push(problem("url-clash", { file: article.file, line: article.urlLines?.aliases[index], field: `aliases.${index}`, ...clash }));
        return;
      }
      claimed.set(alias, article.relPath);
      redirects.push({ from: alias, to: view.url, name: view.title, ...(view.lang !== undefined && { lang: view.lang }), dir: view.dir });
    });
  }
  return { redirects, problems };
}

function clashOf(alias: string, own: string, owners: ReadonlyMap<string, UrlOwner>, claimed: ReadonlyMap<string, string>): { message: string; hint: string } | undefined {
  if (alias === own) return { message: `${alias} is the article's own URL`, hint: "remove it: readers already find the article there" };
  const owner = owners.get(alias);
  if (owner?.relPath) {
    return { message: `${alias} is ${owner.description}`, hint: `remove the alias, or give ${owner.relPath} another slug: one URL can show only one article` };
  }
  if (owner) return { message: `${alias} is ${owner.description}`, hint: "remove the alias: the site needs that URL for its own page" };
  const folder = reservedFolderOf(alias);
  if (folder) {
    return {
      message: `${alias} is under ${folder}, where the site makes its own pages`,
      hint: `an alias may not be under ${RESERVED_FOLDERS.join(", ")}; remove it`,
    };
  }
  const other = claimed.get(alias);
  if (other) return { message: `${alias} is also an alias of ${other}`, hint: "keep it in one article only: an old path can lead to one article" };
  return undefined;
}
