/**
 * Which way a language's text runs, decided by its script: the tag's own
 * script subtag (`az-Arab`, `ar-Latn`), else the language's usual script as
 * CLDR's likely subtags give it (`Intl.Locale#maximize`, from Node's ICU).
 *
 * Only the script is taken from ICU, never its direction: `getTextInfo()`
 * answers from locale data ICU ships, and says left to right for many
 * languages written in right-to-left scripts (Dhivehi, Syriac, Rohingya,
 * Kurdish or Azerbaijani in Arabic script, …). docs/architecture.md lists
 * them. The direction of a script is Unicode's, in the table below.
 */

/** The direction of a run of text, as HTML's `dir` attribute writes it. */
export type TextDirection = "rtl" | "ltr";

/**
 * ISO 15924 codes of the scripts Unicode writes right to left (their letters
 * are of bidirectional class R or AL; CLDR's scriptMetadata marks the same
 * scripts `rtl: YES`), with the codes for variants of Arabic and Syriac.
 */
const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set([
  "Adlm", // Adlam (Fulani)
  "Arab", // Arabic
  "Aran", // Arabic, Nastaliq style
  "Armi", // Imperial Aramaic
  "Avst", // Avestan
  "Chrs", // Chorasmian
  "Cprt", // Cypriot syllabary
  "Elym", // Elymaic
  "Gara", // Garay (Wolof)
  "Hatr", // Hatran
  "Hebr", // Hebrew
  "Hung", // Old Hungarian
  "Khar", // Kharoshthi
  "Lydi", // Lydian
  "Mand", // Mandaic
  "Mani", // Manichaean
  "Mend", // Mende Kikakui
  "Merc", // Meroitic Cursive
  "Mero", // Meroitic Hieroglyphs
  "Narb", // Old North Arabian
  "Nbat", // Nabataean
  "Nkoo", // N'Ko
  "Orkh", // Old Turkic
  "Ougr", // Old Uyghur
  "Palm", // Palmyrene
  "Phli", // Inscriptional Pahlavi
  "Phlp", // Psalter Pahlavi
  "Phlv", // Book Pahlavi
  "Phnx", // Phoenician
  "Prti", // Inscriptional Parthian
  "Rohg", // Hanifi Rohingya
  "Samr", // Samaritan
  "Sarb", // Old South Arabian
  "Sogd", // Sogdian
  "Sogo", // Old Sogdian
  "Syrc", // Syriac
  "Syre", // Syriac, Estrangelo
  "Syrj", // Syriac, Western
  "Syrn", // Syriac, Eastern
  "Thaa", // Thaana (Dhivehi)
  "Yezi", // Yezidi
]);

/** The script a language tag is written in: its own script subtag, else the language's likely one; undefined for a tag Intl cannot read. */
export function scriptOf(languageTag: string): string | undefined {
  try {
    const locale = new Intl.Locale(languageTag.trim());
    return locale.script ?? locale.maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * Answers already given, by tag as written: reading a tag with Intl is slow
 * next to a lookup (docs/architecture.md), and the archive asks once per
 * article, almost always for the same few tags. Bounded, since tags come from
 * front matter.
 */
const known = new Map<string, TextDirection>();
const MAX_KNOWN = 1000;

/** Whether text in `languageTag` runs right to left; a tag Intl cannot read, or whose script is unknown, runs left to right. */
export function directionOf(languageTag: string): TextDirection {
  const cached = known.get(languageTag);
  if (cached) return cached;
  const script = scriptOf(languageTag);
  const direction = script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr";
  if (known.size < MAX_KNOWN) known.set(languageTag, direction);
  return direction;
}
