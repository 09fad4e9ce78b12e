/**
 * The layouts' way to print an interface string: `{{ "nav.people" | t }}`,
 * `{{ "count.articles" | t({count: n}) }}`. The strings are the archive's
 * (`dateline.strings`: the site language's table with `strings.yaml` over it),
 * read from the page's data, so the live preview's own renders get them too.
 *
 * `t` gives plain text, which autoescaping escapes wherever it is printed.
 * `tHtml` is for the few strings that wrap markup (`Updated {date}` around a
 * `<time>`): it escapes the string and every value, except values the layout
 * marked safe (`| safe`), which are its own markup.
 */
import nunjucks from "nunjucks";
import type { InterfaceStrings } from "../i18n/interface-strings.ts";
import type { StringKey } from "../i18n/string-table.ts";
import { translate, type StringValues } from "../i18n/translate.ts";
import { searchStrings } from "./search-strings.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

interface FilterThis {
  ctx?: { dateline?: { strings?: InterfaceStrings } };
}

/** The strings of the page being rendered. */
export function pageStrings(filter: FilterThis): InterfaceStrings {
  const strings = filter.ctx?.dateline?.strings;
  if (!strings) throw new Error("interface strings: the page has no `dateline.strings` (is the archive its data?)");
  return strings;
}

/** Registers `t`, `tHtml` and `searchStrings`. */
export function translateFiltersPlugin(eleventyConfig: EleventyConfig): void {
  // JSON for a data attribute, which autoescaping makes safe to print: no inline script (a CSP is coming).
  eleventyConfig.addFilter("searchStrings", (strings: InterfaceStrings) => JSON.stringify(searchStrings(strings)));
  eleventyConfig.addFilter("t", function (this: FilterThis, key: StringKey, values?: StringValues): string {
    return translate(pageStrings(this), key, values);
  } as (...args: never[]) => unknown);
  eleventyConfig.addFilter("tHtml", function (this: FilterThis, key: StringKey, values: Readonly<Record<string, unknown>> = {}) {
    // Placeholders are swapped for markers first, so the string's own text is escaped once and the layout's markup not at all.
    const filled: Record<string, string | number> = {};
    const inserts = new Map<string, string>();
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === "number") {
        filled[name] = value; // a number needs no escaping, and `count` must stay one to choose the plural form
        continue;
      }
      const marker = `\u0000${inserts.size}\u0000`;
      filled[name] = marker;
      inserts.set(marker, value instanceof nunjucks.runtime.SafeString ? value.toString() : escapeHtml(String(value)));
    }
    const text = escapeHtml(translate(pageStrings(this), key, filled));
    return new nunjucks.runtime.SafeString(text.replace(/\u0000\d+\u0000/g, (marker: string) => inserts.get(marker) ?? ""));
  } as (...args: never[]) => unknown);
}


const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\\": "&#92;" };

/** Escapes text for HTML as Nunjucks's autoescaping does. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\\]/g, (c) => HTML_ESCAPES[c]!);
}
