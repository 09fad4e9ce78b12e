/**
 * One interface string: plain text with `{name}` placeholders, or, for a
 * string that counts something, one text per plural category of the
 * language (`Intl.PluralRules`: zero, one, two, few, many, other).
 */
import { escapeRegExp } from "../util/regexp.ts";

/** The plural categories Unicode CLDR defines; `other` is the one every language has. */
export const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;

/** A plural category, as `Intl.PluralRules.select` names it. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A counted string: a text per category; `other` is required, the rest as the language needs them. */
export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };

/** An interface string as a table holds it. */
export type Message = string | PluralMessage;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a text uses, e.g. `{count} articles` → ["count"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** The placeholders of a whole message: for a counted one, those any of its forms uses. */
export function messagePlaceholders(message: Message): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => placeholdersOf(text ?? "")))].sort();
}

/** Replaces each `{name}` with its value; a name without a value is left as written, so a mistake shows. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/**
 * The source of a regular expression matching exactly the texts `fillPlaceholders`
 * makes of `text` when each placeholder named in `patterns` gets a value matching
 * its pattern; other placeholders stay literal, as `fillPlaceholders` leaves them.
 */
export function messagePattern(text: string, patterns: Readonly<Record<string, string>>): string {
  let source = "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(text.slice(last, match.index)) + (Object.hasOwn(patterns, match[1]!) ? patterns[match[1]!]! : escapeRegExp(match[0]));
    last = match.index! + match[0].length;
  }
  return source + escapeRegExp(text.slice(last));
}
