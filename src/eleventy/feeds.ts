/**
 * Atom feeds: the filters the feed layout (`layouts/pages/feed.njk`) uses,
 * from `@11ty/eleventy-plugin-rss`, and a memo so that an article appearing
 * in many feeds (the site's, each of its people's, countries', its source's)
 * has its body rewritten to absolute URLs and escaped once per build, not
 * once per feed (escaping 30,000 bodies of ~4 KB took ~0.8 s at 10,000 articles).
 */
import { convertHtmlToAbsoluteUrls, rssPlugin } from "@11ty/eleventy-plugin-rss";
import nunjucks from "nunjucks";
import type { FeedView } from "../archive/model.ts";
import { feedUrl, jsonFeedUrl } from "../archive/urls.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { buildJsonFeed } from "./json-feed.ts";

/**
 * A URL attribute whose value is not absolute (no scheme) and not a fragment.
 * remark-html writes attributes double-quoted, so a body without a match needs
 * no rewriting; a false match (such text in a paragraph) only costs a parse.
 */
const RELATIVE_URL_ATTRIBUTE = /\s(?:href|src|srcset|poster|cite)="(?![a-z][a-z0-9+.-]*:|#)/i;

/** Characters XML 1.0 forbids (C0 controls other than tab, newline and return; U+FFFE/U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Makes an article body fit a feed: URLs absolute against the article's own absolute URL. */
export async function feedHtml(html: string, articleUrl: string): Promise<string> {
  if (!RELATIVE_URL_ATTRIBUTE.test(html)) return html;
  return convertHtmlToAbsoluteUrls(html, articleUrl);
}

/** Nunjucks' own autoescape, so a body escaped once here is byte for byte what `{{ body }}` would print. */
const escapeLikeNunjucks = (nunjucks as unknown as { lib: { escape(text: string): string } }).lib.escape;

/** A body as `<content type="html">` prints it: absolute URLs, XML-safe, escaped; marked safe so autoescape leaves it as is. */
export async function feedContent(html: string, articleUrl: string): Promise<nunjucks.runtime.SafeString> {
  return new nunjucks.runtime.SafeString(escapeLikeNunjucks(xmlSafe(await feedHtml(html, articleUrl))));
}

/** Removes characters that XML 1.0 forbids, which would make a feed unreadable to every feed reader. */
export function xmlSafe(value: unknown): string {
  return String(value ?? "").replace(NOT_XML, "");
}

/** Registers the RSS plugin's filters and Dateline's `feedUrl`, `jsonFeedUrl`, `xmlSafe`, memoised `feedContent` and `jsonFeed` filters. */
export function feedsPlugin(eleventyConfig: EleventyConfig): void {
  // Our layouts add the path prefix themselves (`| url`). The RSS plugin also
  // installs Eleventy's HTML <base> plugin, which would prefix every URL of
  // every page a second time: a base of "/" switches that transform off.
  eleventyConfig.addPlugin(rssPlugin as (config: EleventyConfig, options?: unknown) => void, { htmlBasePluginOptions: { baseHref: "/" } });

  let bodies = new Map<string, { html: string; body: Promise<nunjucks.runtime.SafeString> }>();
  eleventyConfig.on("eleventy.before", () => {
    bodies = new Map();
  });
  eleventyConfig.addNunjucksAsyncFilter(
    "feedContent",
    (html: string, articleUrl: string, done: (error: Error | null, result?: nunjucks.runtime.SafeString) => void) => {
      // An article's body and URL are fixed for the length of a build, but the live
      // preview edits bodies between builds (src/preview): reuse only for the same HTML.
      let memo = bodies.get(articleUrl);
      if (!memo || memo.html !== html) {
        memo = { html, body: feedContent(html, articleUrl) };
        bodies.set(articleUrl, memo);
      }
      memo.body.then((result) => done(null, result), (error: Error) => done(error));
    },
  );
  // The JSON feeds' bodies, memoised as the Atom ones are (same article, many feeds), unescaped.
  let jsonBodies = new Map<string, { html: string; body: Promise<string> }>();
  eleventyConfig.on("eleventy.before", () => {
    jsonBodies = new Map();
  });
  const jsonBody = (html: string, articleUrl: string): Promise<string> => {
    let memo = jsonBodies.get(articleUrl);
    if (!memo || memo.html !== html) {
      memo = { html, body: feedHtml(html, articleUrl) };
      jsonBodies.set(articleUrl, memo);
    }
    return memo.body;
  };
  eleventyConfig.addNunjucksAsyncFilter(
    "jsonFeed",
    (feed: FeedView, base: string, title: string, language: string, dir: string, done: (error: Error | null, result?: string) => void) => {
      buildJsonFeed(feed, { base, title, language, dir }, jsonBody).then(
        (object) => done(null, JSON.stringify(object, null, 2)),
        (error: Error) => done(error),
      );
    },
  );
  eleventyConfig.addFilter("jsonFeedUrl", (pageUrl: string) => jsonFeedUrl(pageUrl));
  eleventyConfig.addFilter("feedUrl", (pageUrl: string) => feedUrl(pageUrl));
  eleventyConfig.addFilter("xmlSafe", (value: unknown) => xmlSafe(value));
}
