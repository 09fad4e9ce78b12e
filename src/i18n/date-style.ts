/**
 * Dates in the site's language: date-fns's locale for the language tag (its
 * month names and their grammar) and the table's patterns. A language without
 * a Dateline table may still have a date-fns locale (`pt`), and gets it.
 */
import type { Locale } from "date-fns";
import * as locales from "date-fns/locale";
import { ENGLISH_DATES, type DateStyle } from "../content/dates.ts";
import type { InterfaceStrings } from "./interface-strings.ts";

const BY_CODE = new Map<string, Locale>(Object.values(locales as Record<string, Locale>).map((locale) => [locale.code!.toLowerCase(), locale]));

/** date-fns's locale for a language tag: the exact tag (`pt-BR`), else its language (`pt`), else undefined. */
export function dateLocaleFor(language: string): Locale | undefined {
  const tag = language.toLowerCase();
  const primary = tag.split("-")[0]!;
  // English without a region is the English of the rest of the world ("30 December 2024"), as Dateline always wrote it.
  if (primary === "en" && !BY_CODE.has(tag)) return ENGLISH_DATES.locale;
  return BY_CODE.get(tag) ?? BY_CODE.get(primary);
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
