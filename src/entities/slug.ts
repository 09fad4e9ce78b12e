/**
 * Slugs: lowercase ASCII words joined by hyphens, never empty, never shared.
 *
 * `@sindresorhus/slugify` transliterates Latin with diacritics, Cyrillic, Greek,
 * Arabic and more; its German defaults (ü → ue) are overridden because news
 * names are rarely German (Türkiye → turkiye). Scripts it cannot transliterate
 * (Chinese, Japanese, Korean, …) go through `any-ascii`; anything still empty
 * gets a short hash of the name, which is stable across builds.
 */
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import anyAscii from "any-ascii";

const REPLACEMENTS: [string, string][] = [
  ["ü", "u"],
  ["Ü", "U"],
  ["ö", "o"],
  ["Ö", "O"],
  ["ä", "a"],
  ["Ä", "A"],
  ["ə", "a"],
  ["Ə", "A"],
  ["&", " and "],
];

/** Longest slug we emit, in characters; keeps URLs and file names sane. */
export const MAX_SLUG_LENGTH = 80;

/** Turns any name into a URL slug: lowercase ASCII words joined by hyphens, never empty. */
export function slugifyName(name: string): string {
  const direct = safeSlugify(name);
  // any-ascii writes CJK syllables in CamelCase (李强 → LiQiang): split them into words.
  const slug = direct || safeSlugify(anyAscii(name), true) || `x-${shortHash(name)}`;
  return trimSlug(slug);
}

/** A short, stable hexadecimal hash of a string. */
export function shortHash(value: string, length = 8): string {
  return createHash("sha256").update(value).digest("hex").slice(0, length);
}

/**
 * Hands out unique slugs. Claims must come in a deterministic order (the caller
 * sorts records first) so that the same content always gets the same slugs.
 * A clash gets a suffix from the record's own key, not a counter, so adding a
 * record elsewhere never renames this one.
 */
export class SlugAllocator {
  private readonly taken = new Map<string, string>();

  /** Reserves slugs that records may not take (e.g. "page" under a pagination path). */
  constructor(reserved: Iterable<string> = []) {
    for (const slug of reserved) this.taken.set(slug, "\0reserved");
  }

  /** Returns a slug for the record with this key, based on `name`, unique within this allocator. */
  claim(key: string, name: string): string {
    return this.claimSlug(key, slugifyName(name));
  }

  /** The same as `claim`, for a caller that already made the name's slug (`slugifyName`) for a check of its own. */
  claimSlug(key: string, base: string): string {
    const owner = this.taken.get(base);
    if (owner === undefined || owner === key) {
      this.taken.set(base, key);
      return base;
    }
    for (let length = 4; length <= 64; length += 2) {
      const candidate = `${trimSlug(base, MAX_SLUG_LENGTH - length - 1)}-${shortHash(key, length)}`;
      const holder = this.taken.get(candidate);
      if (holder === undefined || holder === key) {
        this.taken.set(candidate, key);
        return candidate;
      }
    }
    throw new Error(`cannot find a free slug for ${JSON.stringify(base)}`);
  }

  /** True when a slug is already handed out. */
  has(slug: string): boolean {
    return this.taken.has(slug);
  }
}

function safeSlugify(value: string, decamelize = false): string {
  return slugify(value, { customReplacements: REPLACEMENTS, decamelize });
}

function trimSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}
