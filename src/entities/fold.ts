/**
 * Folding names for comparison: two spellings that fold equal are one name.
 *
 * Case, accents, apostrophes, hyphens and other punctuation are ignored, so
 * "Türkiye", "TURKIYE" and "Turkiye" fold to "turkiye", and "Al-Shibani" and
 * "al Shibani" to "al shibani". Letters of other scripts are kept (without
 * their diacritics), so Arabic and Cyrillic spellings fold consistently too.
 */
import anyAscii from "any-ascii";

// Letters that NFKD does not decompose but news transliteration treats as plain
// Latin. Azerbaijani ə is folded to "a", as in Əliyev → Aliyev, the usual
// English spelling; the slugifier does the same.
const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  ə: "a",
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ħ: "h",
};

const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/**
 * Folds a name to its comparison key: lowercase ASCII, no accents, punctuation
 * as single spaces. Other scripts are transliterated (any-ascii), so "Владимир
 * Путин" meets "Vladimir Putin"; spellings that transliterate differently need
 * a registry alias.
 */
export function foldName(name: string): string {
  const folded = foldLatin(name);
  return /[^\x00-\x7f]/.test(folded) ? foldLatin(anyAscii(folded)) : folded;
}

function foldLatin(name: string): string {
  return name
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['’‘`´ʻʼʿʾ]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Folds harder, for spotting probable duplicates: also drops the Arabic article
 * "al"/"el" and joins words, so "Asaad Al-Shaibani" and "Asaad alShaibani" meet.
 */
export function looseKey(name: string): string {
  return foldName(name)
    .split(" ")
    .filter((word) => word !== "al" && word !== "el")
    .join("");
}
