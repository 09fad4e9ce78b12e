/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same feeds as the
 * Atom ones (a FeedView each), built as a plain object and printed by
 * `JSON.stringify`, which escapes every string correctly; the layout
 * (`layouts/pages/json-feed.njk`) only prints the result.
 */
import type { FeedView } from "../archive/model.ts";

/** What a JSON feed needs of the site besides its FeedView. */
export interface JsonFeedSite {
  title: string;
  language: string;
  /** The site's direction ("ltr" or "rtl"): a right-to-left site's bodies say which way they run, as in the Atom feeds. */
  dir: string;
  /** The absolute URL of the site root with its path prefix, ending in `/` (`https://example.org/archive/`). */
  base: string;
}

interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors: { name: string }[];
  tags?: string[];
  language?: string;
}

/** An attribute value made safe to print in double quotes. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A site-relative URL (`/people/x/`) made absolute against the base, as `| url | absoluteUrl(site.url)` makes it. */
export function absoluteFrom(base: string, siteUrl: string): string {
  return `${base}${siteUrl.replace(/^\//, "")}`;
}

/** The feed as a JSON Feed 1.1 object; `html` makes a body fit a feed (`feedHtml` of feeds.ts, memoised there: its caller). */
export async function buildJsonFeed(
  feed: FeedView,
  site: JsonFeedSite,
  html: (body: string, articleUrl: string) => Promise<string>,
): Promise<Record<string, unknown>> {
  const items: JsonFeedItem[] = [];
  for (const article of feed.articles) {
    const url = absoluteFrom(site.base, article.url);
    let body = await html(article.html, url);
    // JSON Feed has no direction field: wrap a right-to-left body as the Atom feed does.
    if (article.dir === "rtl" || site.dir === "rtl") {
      body = `<div dir="${article.dir}"${article.lang ? ` lang="${escapeAttribute(article.lang)}"` : ""}>${body}</div>`;
    }
    const tags = [...article.people.map((person) => person.name), ...article.places.map((place) => place.name)];
    items.push({
      id: url,
      url,
      ...(article.originalUrl ? { external_url: article.originalUrl } : {}),
      title: article.title,
      content_html: body,
      ...(article.description ? { summary: article.description } : {}),
      date_published: article.date.iso,
      date_modified: article.modified.iso,
      authors: [{ name: article.author ?? article.source.name }],
      ...(tags.length > 0 ? { tags } : {}),
      ...(article.lang && article.lang !== site.language ? { language: article.lang } : {}),
    });
  }
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title ? `${feed.title} · ${site.title}` : site.title,
    description: feed.subtitle,
    home_page_url: absoluteFrom(site.base, feed.pageUrl),
    feed_url: absoluteFrom(site.base, feed.jsonUrl),
    language: site.language,
    authors: [{ name: site.title }],
    items,
  };
}
