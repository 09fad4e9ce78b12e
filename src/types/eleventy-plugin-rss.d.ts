// @11ty/eleventy-plugin-rss ships no type declarations; this names what Dateline uses.
declare module "@11ty/eleventy-plugin-rss" {
  /** Options of the RSS plugin; `htmlBasePluginOptions` go to Eleventy's HTML `<base>` plugin, which it adds. */
  export interface RssPluginOptions {
    htmlBasePluginOptions?: { baseHref?: string; extensions?: string };
    posthtmlRenderOptions?: Record<string, unknown>;
  }
  /** Adds the feed filters (`absoluteUrl`, `dateToRfc3339`, `htmlToAbsoluteUrls`, …). */
  export function rssPlugin(eleventyConfig: unknown, options?: RssPluginOptions): void;
  /** `new URL(url, base)`, or `url` unchanged when that fails. */
  export function absoluteUrl(url: string, base: string): string;
  /** Rewrites every URL attribute in an HTML fragment to an absolute URL against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, processOptions?: Record<string, unknown>): Promise<string>;
  export default rssPlugin;
}
