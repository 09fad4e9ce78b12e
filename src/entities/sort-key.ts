/**
 * How a person is filed in the A–Z index: by family name. A registry entry's
 * `sort_as` ("Aliyev, Ilham") says so outright; without it the family name is
 * taken to be the name's last word, with two common exceptions handled so
 * that most names need no `sort_as` (the rule, with examples: docs/editors.md):
 *
 * - an Arabic article at the start of that word is not sorted on, as Arabic
 *   indexes file names: "al-Shaibani" and "الحداد" are filed under S and ح;
 * - a trailing Russian patronymic ("Ильхамович", "Петровна") is skipped, so
 *   the word before it is the family name.
 *
 * Keys are compared with `Intl.Collator` in the site's language, so each
 * script and language sorts as its readers expect.
 */

/** A Latin-script Arabic article joined to the family name: al-, el-, Al-, and the assimilated forms (ash-, ad-…). */
const LATIN_ARTICLE = /^(?:al|el|ad|ash|as|at|ath|az|ar|an)[-‐‑]/i;
/** The Arabic article written as part of the word. */
const ARABIC_ARTICLE = /^ال(?=\p{L}{2})/u;
/** Russian (and Ukrainian, Belarusian) patronymic endings. */
const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|инична)$/u;

/** A person's family name and the rest of the name, as filing sees them. */
export interface SortName {
  /** The word filed on: "Shaibani" for "Asaad Hassan al-Shaibani". */
  family: string;
  /** The full sort key: the family name, then the rest of the name ("Shaibani, Asaad Hassan al-"). */
  key: string;
}

/** The family-name sort key of `name`, or `sortAs` (trimmed) when the registry gives one. */
export function sortName(name: string, sortAs?: string): SortName {
  if (sortAs && sortAs.trim()) {
    const key = sortAs.trim();
    return { family: key.split(",")[0]!.trim() || key, key };
  }
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length <= 1) return { family: stripArticle(name.trim()), key: stripArticle(name.trim()) };
  let at = words.length - 1;
  if (words.length >= 3 && PATRONYMIC.test(words[at]!.toLowerCase())) at--;
  const family = stripArticle(words[at]!);
  const rest = words.filter((_, index) => index !== at).join(" ");
  return { family, key: `${family}, ${rest}` };
}

/** The word without a leading Arabic article, unless nothing would be left. */
function stripArticle(word: string): string {
  const stripped = word.replace(LATIN_ARTICLE, "").replace(ARABIC_ARTICLE, "");
  return stripped.length > 0 ? stripped : word;
}

/**
 * The letter a sort key is filed under: its first letter, capitalised in the
 * site's language and without accents that the site's language does not
 * count as a letter of their own; `#` for a key that starts with no letter.
 */
export function filingLetter(key: string, language: string): string {
  const first = firstGrapheme(key, language, () => true);
  if (!/^\p{L}/u.test(first)) return "#";
  const upper = first.toLocaleUpperCase(language);
  // "Ö" is filed under "O" in English but is a letter of its own in Turkish: the collator knows which.
  const plain = upper.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
  return plain && plain !== upper && collatorFor(language).compare(plain, upper) === 0 ? plain : upper;
}

const collators = new Map<string, Intl.Collator>();

/** The collator of the A–Z index in `language`: base letters only, numbers by value. */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Initials for a placeholder where there is no photo: the first letters of the first word and of the family name. */
export function initialsOf(name: string, family: string, language: string): string {
  const firstLetter = (word: string) => firstGrapheme(word, language, (s) => /^\p{L}/u.test(s));
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = firstLetter(words[0] ?? "");
  const last = words.length > 1 ? firstLetter(family) : "";
  return `${first}${last}`.toLocaleUpperCase(language) || "?";
}

// A segmenter costs far more to make than to use, and the index files every
// person: one per language, as for collators.
const segmenters = new Map<string, Intl.Segmenter>();

/** The first grapheme of `text` that `wanted` accepts, or "" when none does; reads no further than that one. */
function firstGrapheme(text: string, language: string, wanted: (grapheme: string) => boolean): string {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "grapheme" });
    segmenters.set(language, segmenter);
  }
  for (const { segment } of segmenter.segment(text)) if (wanted(segment)) return segment;
  return "";
}
