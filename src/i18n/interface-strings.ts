/**
 * The interface strings of one site: the built-in table of its language (or
 * English when there is none) with the site's own overrides from
 * `_data/strings.yaml` laid over it, resolved once per build. It is plain data
 * (it travels in the archive to Eleventy, the preview and the render threads).
 */
import { en } from "./strings/en.ts";
import type { Message } from "./message.ts";
import { builtInTable } from "./languages.ts";
import type { StringKey, StringTable } from "./string-table.ts";

/** A site's resolved strings. */
export interface InterfaceStrings {
  /** The site's language tag as `site.yaml` gives it: plural rules and dates follow it. */
  language: string;
  /** The language whose built-in table the strings come from: the site's, or `en` when it has none. */
  tableLanguage: string;
  /** Every key's message, overrides applied. */
  messages: StringTable;
}

/** The English strings, as a site with no `site.yaml` gets them. */
export const ENGLISH_STRINGS: InterfaceStrings = { language: "en", tableLanguage: "en", messages: en };

/** A site's strings: its language's table (English for an unsupported language) with `overrides` laid over it. */
export function resolveInterfaceStrings(language: string, overrides: Readonly<Partial<Record<StringKey, Message>>> = {}): InterfaceStrings {
  const table = builtInTable(language);
  return {
    language,
    tableLanguage: table ? language.split("-")[0]!.toLowerCase() : "en",
    messages: { ...(table ?? en), ...overrides },
  };
}
