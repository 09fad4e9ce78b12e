/**
 * Every URL the archive makes, with what makes it: the set an article's old
 * paths (aliases) are checked against. Taken from the archive's own lists (the
 * sitemap, the feeds, the redirects) rather than from a list kept by hand, so a
 * page kind added later is covered as soon as the sitemap lists it; the files
 * that are not pages are named here.
 */
import type { FeedView, Redirect, SitemapEntry } from "./model.ts";
import { CORRECTIONS_FEED_URL, HEADERS_FILE_URL, NEWS_SITEMAP_URL, NOT_FOUND_URL, REDIRECTS_FILE_URL, ROBOTS_URL, SITEMAP_URL } from "./urls.ts";

/** What a URL belongs to: an article (by its file), or something the site makes. */
export interface UrlOwner {
  /** The article's path relative to the content folder, when the URL is an article's. */
  relPath?: string;
  /** How an editor would name it: "the article articles/2024/12/x.md", "a page the site makes". */
  description: string;
}

/** The lists the site's URLs are read from. */
export interface SiteUrlSources {
  /** Every published article's URL by its `relPath`. */
  articleUrls: ReadonlyMap<string, string>;
  sitemap: readonly SitemapEntry[];
  feeds: readonly FeedView[];
  /** The entity redirects (variant spellings of people and countries). */
  redirects: readonly Redirect[];
}

/** Files at the site root that are not pages and are not in the sitemap. */
const SITE_FILES = [SITEMAP_URL, NEWS_SITEMAP_URL, ROBOTS_URL, NOT_FOUND_URL, CORRECTIONS_FEED_URL, REDIRECTS_FILE_URL, HEADERS_FILE_URL];

/** Every URL the archive makes, each with its owner; an article's URL names its file. */
export function siteUrls({ articleUrls, sitemap, feeds, redirects }: SiteUrlSources): Map<string, UrlOwner> {
  const owners = new Map<string, UrlOwner>();
  for (const [relPath, url] of articleUrls) owners.set(url, { relPath, description: `the URL of ${relPath}` });
  const add = (url: string, description: string) => {
    if (!owners.has(url)) owners.set(url, { description });
  };
  for (const entry of sitemap) add(entry.url, `the URL of a page the site makes (${entry.url})`);
  for (const feed of feeds) {
    add(feed.url, `the URL of a feed the site makes (${feed.url})`);
    add(feed.jsonUrl, `the URL of a feed the site makes (${feed.jsonUrl})`);
  }
  for (const redirect of redirects) add(redirect.from, `the URL of a redirect the site makes for ${redirect.name} (${redirect.from})`);
  for (const url of SITE_FILES) add(url, `the URL of a file the site makes (${url})`);
  return owners;
}
