/**
 * Structured data for search engines: a schema.org NewsArticle per article,
 * printed as JSON-LD inside `<script type="application/ld+json">`.
 *
 * An HTML parser ends a script at the first `</script`, whatever JSON string
 * it sits in, so the JSON is written with `<`, `>` and `&` as `\u` escapes
 * (and U+2028/U+2029, which older JavaScript parsers refuse in strings): the
 * same data, and nothing a headline or a name holds can close the element.
 */
import type { ArticleView, PersonView } from "../archive/model.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Where absolute URLs start: the site's address and the path prefix the site is built under. */
export interface UrlContext {
  site: Pick<SiteSettings, "url" | "title" | "language">;
  /** The path prefix as Eleventy's `url` filter prints the root: `/` or `/news/`. */
  root: string;
}

/** Serialises a value as JSON that can sit inside an HTML `<script>` element unchanged. */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The absolute URL of a site-relative path (`/people/x/`), under the path prefix, on the site's address. */
export function absoluteSiteUrl(path: string, { site, root }: UrlContext): string {
  const prefixed = `${root.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  return new URL(prefixed, `${site.url}/`).href;
}

/** The schema.org NewsArticle describing an article page. */
export function newsArticle(article: ArticleView, context: UrlContext): Record<string, unknown> {
  const url = absoluteSiteUrl(article.url, context);
  const publisher = { "@type": "NewsMediaOrganization", name: article.source.name };
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: article.title,
    description: article.description,
    datePublished: article.date.iso,
    dateModified: article.modified.iso,
    inLanguage: article.lang ?? context.site.language,
    wordCount: article.words,
    author: article.author ? { "@type": "Person", name: article.author } : publisher,
    publisher,
    sourceOrganization: publisher,
    isPartOf: { "@type": "WebSite", name: context.site.title, url: absoluteSiteUrl("/", context) },
  };
  if (article.people.length > 0) {
    data.mentions = article.people.map((person) => ({ "@type": "Person", name: person.name }));
  }
  if (article.places.length > 0) {
    data.contentLocation = article.places.map((place) =>
      place.country
        ? { "@type": "Place", name: place.name, containedInPlace: { "@type": "Country", name: place.country.name } }
        : { "@type": place.url ? "Country" : "Place", name: place.name },
    );
  }
  if (article.originalUrl) data.isBasedOn = article.originalUrl;
  if (article.image) {
    const { share, caption, credit } = article.image;
    data.image = {
      "@type": "ImageObject",
      url: absoluteSiteUrl(share.url, context),
      width: share.width,
      height: share.height,
      ...(caption && { caption }),
      ...(credit && { creditText: credit }),
    };
  }
  return data;
}

/**
 * The schema.org Person a person page is about (issue 15 part 4): the
 * registry's role, photo, and the Wikidata item and links as `sameAs`, which
 * tells search engines which real person the page means.
 */
export function personJsonLd(person: PersonView, context: UrlContext): Record<string, unknown> {
  const url = absoluteSiteUrl(person.url, context);
  const { role, photo, wikidata, links } = person.profile;
  const sameAs = [...(wikidata ? [wikidata.url] : []), ...links.map((link) => link.url)];
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": `${url}#person`,
    name: person.name,
    url,
    ...(person.aliases.length > 0 && { alternateName: person.aliases }),
    ...(role && { jobTitle: role }),
    ...(person.description && { description: person.description }),
    ...(photo && { image: absoluteSiteUrl(photo.src, context) }),
    ...(sameAs.length > 0 && { sameAs }),
  };
}

/** Registers `scriptSafeJson` and `newsArticleJsonLd` (article, site, root) as filters. */
export function jsonLdPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("scriptSafeJson", (value: unknown) => scriptSafeJson(value));
  eleventyConfig.addFilter("newsArticleJsonLd", (article: ArticleView, site: SiteSettings, root: string) =>
    scriptSafeJson(newsArticle(article, { site, root })),
  );
  eleventyConfig.addFilter("personJsonLd", (person: PersonView, site: SiteSettings, root: string) => scriptSafeJson(personJsonLd(person, { site, root })));
}
