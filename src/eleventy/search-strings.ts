/**
 * The words the search page's script (`public/search.js`) shows, in the site's
 * language: handed to it as JSON in a data attribute of the search form, which
 * autoescaping makes safe to print and a content security policy allows (no
 * inline script). Placeholders (`{query}`, `{count}`) stay for the script to fill.
 */
import type { InterfaceStrings } from "../i18n/interface-strings.ts";
import type { StringKey } from "../i18n/string-table.ts";
import { translate } from "../i18n/translate.ts";

/** The keys the script reads, by the short names it reads them under. */
const SEARCH_SCRIPT_STRINGS = {
  results: "search.results",
  resultsFiltered: "search.resultsFiltered",
  noResults: "search.noResults",
  noResultsFiltered: "search.noResultsFiltered",
  prompt: "search.prompt",
  loading: "search.loading",
  searching: "search.searching",
  error: "search.error",
  empty: "search.empty",
  clearFilters: "search.clearFilters",
  more: "search.facet.more",
  noMatch: "search.facet.noMatch",
  person: "search.filter.person",
  country: "search.filter.country",
  source: "search.filter.source",
  year: "search.filter.year",
  findPerson: "search.facet.findPerson",
  findCountry: "search.facet.findCountry",
  findSource: "search.facet.findSource",
  findYear: "search.facet.findYear",
} as const satisfies Record<string, StringKey>;

/** The search script's strings, by its short names, placeholders unfilled. */
export function searchStrings(strings: InterfaceStrings): Record<keyof typeof SEARCH_SCRIPT_STRINGS, string> {
  return Object.fromEntries(
    Object.entries(SEARCH_SCRIPT_STRINGS).map(([name, key]) => [name, translate(strings, key)]),
  ) as Record<keyof typeof SEARCH_SCRIPT_STRINGS, string>;
}
