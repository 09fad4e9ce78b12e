/**
 * Dates in the site's language: date-fns's locale for the language tag (its
 * month names and their grammar) and the table's patterns. A language without
 * a Dateline table may still have a date-fns locale (`pt`), and gets it.
 */
import { createRequire } from "node:module";
import type { Locale } from "date-fns";
import { ENGLISH_DATES, type DateStyle } from "../content/dates.ts";
import type { InterfaceStrings } from "./interface-strings.ts";

// `date-fns/locale` loads all of date-fns's locales at every build's start,
// for the one a site uses. Each locale is also a module of its own, exported
// as `date-fns/locale/<code>`: the package's exports are the list of codes,
// and only the one asked for is loaded (as CommonJS, the one way to load it
// without making every caller async).
const require = createRequire(import.meta.url);
const LOCALE_PATH = /^\.\/locale\/([^/_][^/]*)$/;
const CODES = new Map<string, string>();
for (const key of Object.keys((require("date-fns/package.json") as { exports: Record<string, unknown> }).exports)) {
  const code = LOCALE_PATH.exec(key)?.[1];
  if (code) CODES.set(code.toLowerCase(), code);
}
const loaded = new Map<string, Locale>();

/** date-fns's locale whose code is `tag` (any case), loaded on first use; undefined when date-fns has none. */
function localeByCode(tag: string): Locale | undefined {
  const code = CODES.get(tag);
  if (code === undefined) return undefined;
  let locale = loaded.get(code);
  if (!locale) {
    const exported = require(`date-fns/locale/${code}`) as Record<string, Locale>;
    locale = Object.values(exported).find((value) => value?.code === code);
    if (!locale) throw new Error(`date-fns/locale/${code} exports no locale with that code`);
    loaded.set(code, locale);
  }
  return locale;
}

/** date-fns's locale for a language tag: the exact tag (`pt-BR`), else its language (`pt`), else undefined. */
export function dateLocaleFor(language: string): Locale | undefined {
  const tag = language.toLowerCase();
  const primary = tag.split("-")[0]!;
  // English without a region is the English of the rest of the world ("30 December 2024"), as Dateline always wrote it.
  if (primary === "en" && !CODES.has(tag)) return ENGLISH_DATES.locale;
  return localeByCode(tag) ?? localeByCode(primary);
}

/** How a site with these strings shows dates; a language date-fns lacks gets English month names. */
export function dateStyleFor(strings: InterfaceStrings): DateStyle {
  const day = strings.messages["date.day"];
  const month = strings.messages["date.month"];
  return {
    locale: dateLocaleFor(strings.language) ?? ENGLISH_DATES.locale,
    day: typeof day === "string" ? day : ENGLISH_DATES.day,
    month: typeof month === "string" ? month : ENGLISH_DATES.month,
  };
}
