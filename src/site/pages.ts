/**
 * The page generators: one virtual template per kind of page, each paginating
 * over a list the archive has already built. Registered by the plugin, so any
 * content folder builds the same site and `content/` holds only what editors write.
 */
import type { EleventyConfig } from "./eleventy-types.ts";

/** One kind of page: the layout that renders it and how it is paginated. */
export interface PageKind {
  name: string;
  layout: string;
  /** The archive list to paginate over (one page per item), if any. */
  list?: string;
  alias?: string;
  /** Nunjucks expression for the output path, relative to the site root. */
  permalink: string;
}

/** Every kind of page; the preview renders single pages of these kinds itself, with the same layouts, data and permalinks. */
export const PAGE_KINDS: readonly PageKind[] = [
  { name: "home", layout: "pages/home.njk", list: "homePages", alias: "listPage", permalink: "{{ listPage.url }}index.html" },
  { name: "article", layout: "pages/article.njk", list: "articles", alias: "article", permalink: "{{ article.url }}index.html" },
  { name: "people", layout: "pages/people.njk", permalink: "/people/index.html" },
  { name: "person", layout: "pages/person.njk", list: "personPages", alias: "entityPage", permalink: "{{ entityPage.page.url }}index.html" },
  { name: "countries", layout: "pages/countries.njk", permalink: "/countries/index.html" },
  { name: "country", layout: "pages/country.njk", list: "countryPages", alias: "entityPage", permalink: "{{ entityPage.page.url }}index.html" },
  { name: "sources", layout: "pages/sources.njk", permalink: "/sources/index.html" },
  { name: "source", layout: "pages/source.njk", list: "sourcePages", alias: "entityPage", permalink: "{{ entityPage.page.url }}index.html" },
  { name: "archive", layout: "pages/archive.njk", permalink: "/archive/index.html" },
  { name: "year", layout: "pages/year.njk", list: "yearPages", alias: "entityPage", permalink: "{{ entityPage.page.url }}index.html" },
  { name: "month", layout: "pages/month.njk", list: "monthPages", alias: "entityPage", permalink: "{{ entityPage.page.url }}index.html" },
  { name: "feed", layout: "pages/feed.njk", list: "feeds", alias: "feed", permalink: "{{ feed.url }}" },
  { name: "sitemap", layout: "pages/sitemap.njk", permalink: "/sitemap.xml" },
  { name: "robots", layout: "pages/robots.njk", permalink: "/robots.txt" },
  { name: "search", layout: "pages/search.njk", permalink: "/search/index.html" },
  { name: "redirect", layout: "pages/redirect.njk", list: "redirects", alias: "redirect", permalink: "{{ redirect.from }}index.html" },
  { name: "not-found", layout: "pages/404.njk", permalink: "/404.html" },
];

/** Registers every page kind as a virtual Nunjucks template. */
export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  for (const kind of PAGE_KINDS) {
    const data: Record<string, unknown> = {
      permalink: kind.permalink,
      pageKind: kind.name,
      // Pages are listed by the archive, never through Eleventy collections:
      // keeping them out saves Eleventy sorting ten thousand entries per build.
      eleventyExcludeFromCollections: true,
    };
    if (kind.list) {
      data.pagination = { data: `dateline.${kind.list}`, size: 1, alias: kind.alias };
    }
    eleventyConfig.addTemplate(`dateline-${kind.name}.njk`, pageTemplate(kind), data);
  }
}

/** The virtual template of a page kind: its layout, included. */
export function pageTemplate(kind: PageKind): string {
  return `{% include "${kind.layout}" %}`;
}
