/** The languages Dateline's interface is written in, each one table of strings. */
import { ar } from "./strings/ar.ts";
import { az } from "./strings/az.ts";
import { de } from "./strings/de.ts";
import { en } from "./strings/en.ts";
import { es } from "./strings/es.ts";
import { fr } from "./strings/fr.ts";
import { ru } from "./strings/ru.ts";
import { tr } from "./strings/tr.ts";
import type { StringTable } from "./string-table.ts";

/** Every built-in table by its language subtag; English is the reference the others are held to. */
export const STRING_TABLES: Readonly<Record<string, StringTable>> = { en, fr, de, es, ru, tr, az, ar };

/** The languages with a built-in table, for messages ("en, fr, de …"). */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(STRING_TABLES);

/** The built-in table for a language tag (`fr`, `fr-CA`, `AZ-Latn`), by its primary subtag; undefined when there is none. */
export function builtInTable(language: string): StringTable | undefined {
  const primary = language.split("-")[0]!.toLowerCase();
  return Object.hasOwn(STRING_TABLES, primary) ? STRING_TABLES[primary] : undefined;
}
