/**
 * The two front matter fields that shape an article's URLs: `slug:` (the last
 * segment of its URL) and `aliases:` (old paths that redirect to it).
 *
 * Both are taken as written or refused, never cleaned up: a slug or an old path
 * that the build quietly rewrote would not be the URL the editor promised
 * readers. Each check returns what is wrong and what to write instead, so the
 * editor sees a value they can paste.
 */
import { MAX_SLUG_LENGTH, slugifyName } from "../entities/slug.ts";

/** What is wrong with a value and what to write instead. */
export interface FieldMistake {
  message: string;
  hint: string;
}

/** Lowercase ASCII words of letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A site path as an alias is written: lowercase letters, digits, hyphens and slashes, between a leading and a trailing slash. */
const ALIAS = /^\/[a-z0-9/-]+\/$/;

/** Longest alias accepted: long enough for any real old URL, short enough for every host's rule limit. */
export const MAX_ALIAS_LENGTH = 400;

/** What is wrong with a `slug:` value, or undefined when it is a valid slug. */
export function slugMistake(slug: string): FieldMistake | undefined {
  const suggestion = slugifyName(slug);
  const hint = `write it as lowercase ASCII letters, digits and single hyphens, e.g. slug: ${suggestion}`;
  if (slug.length === 0) return { message: "must not be empty", hint: "write the last part of the article's URL, e.g. slug: assad-visits-baku, or remove the line" };
  if (slug.length > MAX_SLUG_LENGTH) return { message: `is ${slug.length} characters long; a slug may have at most ${MAX_SLUG_LENGTH}`, hint: `shorten it, e.g. slug: ${suggestion}` };
  if (SLUG.test(slug)) return undefined;
  if (slug.includes("/")) return { message: "must be one URL segment, without slashes", hint: `${hint}; to keep an old path working, list it under aliases:` };
  return { message: `is not a valid slug: ${describeSlugFault(slug)}`, hint };
}

/** What is wrong with one `aliases:` entry, or undefined when it is a site path Dateline can redirect from. */
export function aliasMistake(alias: string): FieldMistake | undefined {
  const hint = "write the old path as it followed the site's address, lowercase, between slashes, e.g. - /articles/2024/12/old-title/";
  if (/^[a-z][a-z0-9+.-]*:/i.test(alias) || alias.startsWith("//")) {
    return { message: "must be a path on this site, not a full address", hint: `${hint} (without https:// and the domain)` };
  }
  if (alias.length > MAX_ALIAS_LENGTH) return { message: `is ${alias.length} characters long; an alias may have at most ${MAX_ALIAS_LENGTH}`, hint };
  if (/[?#]/.test(alias)) return { message: "must not hold a query (?…) or a fragment (#…): static hosts redirect paths only", hint };
  if (alias.includes("%")) return { message: "must not hold %-escapes: write the path in plain lowercase ASCII", hint };
  if (alias.split("/").some((segment) => segment === ".." || segment === ".")) return { message: "must not hold . or .. segments", hint };
  if (alias.includes("//")) return { message: "must not hold an empty segment (//)", hint };
  if (!alias.startsWith("/")) return { message: "must start with /", hint };
  if (!alias.endsWith("/")) return { message: "must end with / (a page's URL is a folder)", hint };
  if (/[A-Z]/.test(alias)) return { message: "must be lowercase: paths are case-sensitive on static hosts", hint: `${hint}; here: - ${alias.toLowerCase()}` };
  if (!ALIAS.test(alias)) return { message: "may hold only lowercase ASCII letters, digits, hyphens and slashes", hint };
  return undefined;
}

function describeSlugFault(slug: string): string {
  if (/[A-Z]/.test(slug)) return "it has capital letters";
  if (/[^\x00-\x7f]/.test(slug)) return "it has letters outside ASCII";
  if (/\s/.test(slug)) return "it has spaces";
  if (/^-|-$/.test(slug)) return "it starts or ends with a hyphen";
  if (slug.includes("--")) return "it has two hyphens in a row";
  return "it has characters other than letters, digits and hyphens";
}
