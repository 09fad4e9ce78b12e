/**
 * The site's own pages (`pages/` in the content folder) as the archive holds
 * them: drafts left out, each at the URL its file name makes, and refused when
 * that URL is one the site needs: any page, feed, file or redirect it makes,
 * an article's URL, a folder where it makes its own pages (`/people/`, `/img/`,
 * …) or the articles' folder. Each refusal is a `url-clash` error naming both
 * sides, as an alias's is.
 */
import type { ContentPage } from "../content/content-page.ts";
import type { SiteImages } from "../content/site-images.ts";
import { directionOf } from "../i18n/text-direction.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { compareText } from "../util/collections.ts";
import type { ContentPageView, SiteImageViews, SitemapEntry } from "./model.ts";
import type { UrlOwner } from "./site-urls.ts";
import { ARTICLES_FOLDER_URL, contentPageUrl, imageUrl, RESERVED_FOLDERS, reservedFolderOf } from "./urls.ts";

/** The published pages and the clashes found. */
export interface ContentPages {
  views: ContentPageView[];
  problems: Problem[];
}

/** Views of the published pages of `pages` whose URL no URL of `owners` (and no other page) has. */
export function contentPageViews(pages: readonly ContentPage[], owners: ReadonlyMap<string, UrlOwner>, siteLanguage: string): ContentPages {
  const views: ContentPageView[] = [];
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => compareText(a.relPath, b.relPath))) {
    if (page.draft) continue;
    const url = contentPageUrl(page.segments);
    const clash = clashOf(url, owners, claimed);
    if (clash) {
      problems.push(problem("url-clash", { file: page.file, line: 1, message: clash.message, hint: clash.hint }));
      continue;
    }
    claimed.set(url, page.relPath);
    views.push({ ...page, url, dir: directionOf(page.lang ?? siteLanguage) });
  }
  return { views: views.sort((a, b) => compareText(a.url, b.url)), problems };
}

/** The sitemap entries of the pages (no date: a page says when it changed nowhere but in git). */
export function contentPageSitemap(views: readonly ContentPageView[]): SitemapEntry[] {
  return views.map((view) => ({ url: view.url }));
}

/** The site images as pages print them. */
export function siteImageViews(images: SiteImages | undefined): SiteImageViews {
  const views: SiteImageViews = {};
  for (const key of ["logo", "image"] as const) {
    const image = images?.[key];
    if (image) views[key] = { url: imageUrl(image.name), width: image.width, height: image.height, type: image.type };
  }
  return views;
}

function clashOf(url: string, owners: ReadonlyMap<string, UrlOwner>, claimed: ReadonlyMap<string, string>): { message: string; hint: string } | undefined {
  const owner = owners.get(url);
  if (owner) return { message: `the page's URL ${url} is ${owner.description}`, hint: "rename the page's file: the site needs that URL" };
  const folder = reservedFolderOf(url) ?? (url.startsWith(ARTICLES_FOLDER_URL) ? ARTICLES_FOLDER_URL : undefined);
  if (folder) {
    return {
      message: `the page's URL ${url} is under ${folder}, where the site makes its own pages`,
      hint: `a page may not be under ${[...RESERVED_FOLDERS, ARTICLES_FOLDER_URL].join(", ")}; rename or move its file`,
    };
  }
  const other = claimed.get(url);
  if (other) return { message: `the page's URL ${url} is also the URL of ${other}`, hint: "keep one of the two files (pages/x.md and pages/x/index.md are one URL)" };
  return undefined;
}
