/**
 * Eleventy's `url` filter, memoised. Layouts call it about twenty times a page
 * (navigation, breadcrumbs, chips, lists); Eleventy's own filter first tries
 * `new URL(value)`, which throws for every site-relative path, and that alone
 * took ~2.4 s of a 10,000-article build. The result depends only on the value
 * and the path prefix, which is fixed for the life of a configuration, so each
 * distinct value is computed once, by Eleventy's own filter: the output is
 * byte-identical.
 */
import type { EleventyConfig } from "./eleventy-types.ts";

type UrlFilter = (this: unknown, url: unknown, pathPrefixOverride?: unknown) => string;

/** Replaces `url` with a memoised wrapper around Eleventy's own `url` filter. */
export function memoisedUrlFilterPlugin(eleventyConfig: EleventyConfig): void {
  const eleventyUrl = eleventyConfig.getFilter("url") as UrlFilter | undefined;
  if (!eleventyUrl) return;
  const cache = new Map<string, string>();
  eleventyConfig.addFilter("url", function (this: unknown, url: unknown, pathPrefixOverride?: unknown): string {
    if (typeof url !== "string" || pathPrefixOverride !== undefined) return eleventyUrl.call(this, url, pathPrefixOverride);
    let result = cache.get(url);
    if (result === undefined) {
      result = eleventyUrl.call(this, url);
      cache.set(url, result);
    }
    return result;
  } as (...args: never[]) => unknown);
}
