/**
 * Countries from ISO 3166 data: every common, official, alternative and
 * translated name, the alpha codes, and capitals, resolved to one record.
 *
 * `world-countries` gives the common English name (the page title and slug:
 * Syria, Russia, Türkiye, United States), official names, alternative
 * spellings, translations, capitals, flags and numeric codes. It lacks a few
 * English variants that news still uses ("Turkey"), which `i18n-iso-countries`
 * has, together with names in the languages news about this region is written in.
 */
import { createRequire } from "node:module";
import worldCountriesData, { type Country as WorldCountry } from "world-countries";
import isoCountries from "i18n-iso-countries";
import { foldName } from "./fold.ts";
import { slugifyName } from "./slug.ts";

/** One country, as the archive shows it. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. "SY". */
  code: string;
  /** ISO 3166-1 alpha-3 code, e.g. "SYR". */
  code3: string;
  /** ISO 3166-1 numeric code as three digits, e.g. "760" (the ids in world-atlas). */
  numeric: string;
  /** Common English name, e.g. "Syria". */
  name: string;
  /** Official English name, e.g. "Syrian Arab Republic". */
  official: string;
  /** URL slug from the common name, e.g. "syria", "turkiye". */
  slug: string;
  /** Flag emoji. */
  flag: string;
  /** Capital cities, in English. */
  capitals: string[];
}

/** Name lookups over all countries. */
export interface CountryIndex {
  all: Country[];
  /** A country by any of its names or codes (codes only when written in capitals), or undefined. */
  find(name: string): Country | undefined;
  /** The country whose capital this is, or undefined. */
  findByCapital(name: string): Country | undefined;
  /** A country by ISO alpha-2 code. */
  byCode(code: string): Country | undefined;
}

// Names common in English-language news that neither package lists.
const NEWS_NAMES: Record<string, string[]> = {
  GB: ["Britain", "U.K."],
  NL: ["Holland"],
  MM: ["Burma"],
  CZ: ["Czech Republic"],
  SZ: ["Swaziland"],
  TL: ["East Timor"],
  VA: ["Vatican"],
};

// The package's default export is typed as its module under NodeNext resolution.
const worldCountries = worldCountriesData as unknown as WorldCountry[];

// Languages whose country names we accept in articles, beyond English.
const EXTRA_LOCALES = ["ar", "az", "de", "es", "fa", "fr", "he", "ru", "tr", "uk", "zh"];

let cached: CountryIndex | undefined;

/** Builds (once per process) the index of every country by every name. */
export function countryIndex(): CountryIndex {
  cached ??= buildCountryIndex();
  return cached;
}

function buildCountryIndex(): CountryIndex {
  registerLocales();
  const all: Country[] = worldCountries
    .filter((c) => c.cca2 && c.name.common)
    .map((c) => ({
      code: c.cca2,
      code3: c.cca3,
      numeric: c.ccn3,
      name: c.name.common,
      official: c.name.official,
      slug: slugifyName(c.name.common),
      flag: c.flag,
      capitals: c.capital ?? [],
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(all.map((country) => [country.code, country]));
  const byCode3 = new Map(all.map((country) => [country.code3, country]));
  const names = new Map<string, Country>();
  // Two-letter names ("UK") are matched only as written in capitals, like codes,
  // so that a place written "in" or "us" never becomes a country.
  const shortNames = new Map<string, Country>();
  const add = (name: string | undefined, country: Country) => {
    if (!name) return;
    const key = foldName(name);
    if (key.length > 2) {
      if (!names.has(key)) names.set(key, country);
    } else if (/^[A-Z]{2}$/.test(name) && !shortNames.has(name)) {
      shortNames.set(name, country);
    }
  };
  const raw = new Map(worldCountries.map((c) => [c.cca2, c]));
  // First registration wins, so the order is the order of trust.
  for (const country of all) add(country.name, country);
  for (const country of all) add(country.official, country);
  for (const country of all) for (const alt of raw.get(country.code)?.altSpellings ?? []) add(alt, country);
  const english = isoCountries.getNames("en", { select: "all" });
  for (const country of all) for (const name of englishNames(english, country.code)) add(name, country);
  for (const [code, extra] of Object.entries(NEWS_NAMES)) for (const name of extra) add(name, byCode.get(code)!);
  for (const country of all) {
    const entry = raw.get(country.code);
    for (const translation of Object.values(entry?.translations ?? {})) {
      add(translation.common, country);
      add(translation.official, country);
    }
    for (const native of Object.values(entry?.name.native ?? {})) {
      add(native.common, country);
      add(native.official, country);
    }
  }
  for (const locale of EXTRA_LOCALES) {
    for (const country of all) {
      const localized = isoCountries.getName(country.code, locale, { select: "alias" });
      add(localized, country);
      add(isoCountries.getName(country.code, locale, { select: "official" }), country);
    }
  }
  const capitals = new Map<string, Country>();
  for (const country of all) {
    for (const capital of country.capitals) {
      const key = foldName(capital);
      if (key && !capitals.has(key)) capitals.set(key, country);
    }
  }
  return {
    all,
    find(name) {
      const trimmed = name.trim();
      if (/^[A-Z]{2}$/.test(trimmed)) return byCode.get(trimmed) ?? shortNames.get(trimmed);
      if (/^[A-Z]{3}$/.test(trimmed)) return byCode3.get(trimmed) ?? names.get(foldName(trimmed));
      return names.get(foldName(trimmed));
    },
    findByCapital: (name) => capitals.get(foldName(name)),
    byCode: (code) => byCode.get(code.toUpperCase()),
  };
}

/** A country's English names from `getNames("en", { select: "all" })`, made once for all countries (it builds the whole table on every call). */
function englishNames(table: Record<string, string | string[]>, code: string): string[] {
  const names = table[code];
  return Array.isArray(names) ? names : names ? [names] : [];
}

function registerLocales(): void {
  const require = createRequire(import.meta.url);
  for (const locale of ["en", ...EXTRA_LOCALES]) {
    isoCountries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
  }
}
