/**
 * One interface string in the site's language: the key's message, the plural
 * form `Intl.PluralRules` picks for `count` when it is a counted string, and
 * its placeholders filled. The result is plain text: whoever prints it escapes it.
 */
import type { InterfaceStrings } from "./interface-strings.ts";
import { fillPlaceholders, type Message } from "./message.ts";
import type { StringKey } from "./string-table.ts";

/** Values for a string's placeholders; `count` also chooses a counted string's form. */
export type StringValues = Readonly<Record<string, string | number>>;

// One PluralRules per language for the life of the process: making one costs far more than asking it.
const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category a language gives a count (`ru`, 21 → "one"; `ar`, 0 → "zero"). */
export function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf(language).length ? language : "en");
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** The text of `key` with `values` filled in; a counted string without a numeric `count` takes its `other` form. */
export function translate(strings: InterfaceStrings, key: StringKey, values: StringValues = {}): string {
  const message: Message | undefined = strings.messages[key];
  if (message === undefined) throw new Error(`no interface string "${key}"`);
  const text = typeof message === "string" ? message : pickForm(strings, message, values.count);
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) filled[name] = String(value);
  return fillPlaceholders(text, filled);
}

function pickForm(strings: InterfaceStrings, message: Exclude<Message, string>, count: unknown): string {
  const n = typeof count === "number" ? count : typeof count === "string" && count.trim() !== "" ? Number(count) : Number.NaN;
  if (!Number.isFinite(n)) return message.other;
  // The site's language picks the category; a form the message lacks (English's table on a
  // Portuguese site has no `many`) falls back to `other`, which every message has.
  return message[pluralCategory(strings.language, n)] ?? message.other;
}
