/**
 * Ids for an article's sections (its `##` and `###` headings), so a reader
 * can cite one: a slug of the heading's text, in any script, unique within
 * the article, and the same for the same headings in the same order.
 *
 * The sanitiser puts `user-content-` before every id of the body (GitHub's
 * schema, against DOM clobbering), so the page's ids are
 * `user-content-<slug>`. GFM's footnotes use `user-content-fn-…`,
 * `user-content-fnref-…` and `user-content-footnote-label`: a heading whose
 * slug would be one of those gets `section-` before it.
 */

/** Longest slug, in characters (code points); a longer heading is cut at a word. */
export const MAX_SLUG_LENGTH = 60;

/** What a heading with no letters or digits (only punctuation or emoji) is called. */
const FALLBACK = "section";

/** Slugs GFM's footnotes could make: kept for them. */
const FOOTNOTE_SLUG = /^(?:fn|fnref)-|^footnote-label$/;

/**
 * The slug of a heading's text: lower case, letters, marks and digits of any
 * script kept, spaces and hyphens made one hyphen, other characters dropped;
 * "section" when nothing is left.
 */
export function sectionSlug(text: string): string {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]+/gu, "")
    .replace(/[\s_-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  let slug = words;
  const characters = Array.from(slug);
  if (characters.length > MAX_SLUG_LENGTH) {
    const cut = characters.slice(0, MAX_SLUG_LENGTH).join("");
    const boundary = cut.lastIndexOf("-");
    slug = (boundary > MAX_SLUG_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
  }
  if (!slug) return FALLBACK;
  return FOOTNOTE_SLUG.test(slug) ? `section-${slug}` : slug;
}

/** Hands out the section ids of one article, in document order: a repeated slug gets `-1`, `-2`, … */
export class SectionIds {
  private readonly used = new Set<string>();

  /** The id of the next heading with this text. */
  next(text: string): string {
    const slug = sectionSlug(text);
    let id = slug;
    for (let n = 1; this.used.has(id); n++) id = `${slug}-${n}`;
    this.used.add(id);
    return id;
  }
}
