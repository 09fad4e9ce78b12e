/**
 * Name resolution: a name as an article writes it → the one record it means.
 *
 * People resolve through the registry's names and aliases; a name the registry
 * does not know is its own person. Places resolve, in order, through registry
 * places (so an editor can always override), registry aliases of countries,
 * every name and code of every country, and capital cities. All comparisons
 * are on folded names: case, accents and punctuation do not matter.
 */
import { countryIndex, type Country } from "./countries.ts";
import { foldName } from "./fold.ts";
import type { Registry, RegistryPerson, RegistryPlace } from "./registry.ts";

/** What a person's name resolves to. */
export interface PersonMatch {
  /** Stable identity of the person, equal for every spelling of them. */
  key: string;
  /** The registry entry, when the registry knows the person. */
  entry?: RegistryPerson;
}

/** What a place's name resolves to. */
export type PlaceMatch =
  | { kind: "country"; country: Country }
  | { kind: "place"; key: string; name: string; country: Country; entry?: RegistryPlace }
  | { kind: "unknown"; key: string; name: string };

/** Resolves people and places against a registry and the country data. */
export class EntityResolver {
  private readonly people = new Map<string, RegistryPerson>();
  private readonly places = new Map<string, RegistryPlace>();

  constructor(registry: Registry) {
    for (const person of registry.people) {
      for (const name of [person.name, ...person.aliases]) {
        const key = foldKey(name);
        if (!this.people.has(key)) this.people.set(key, person);
      }
    }
    for (const place of registry.places) {
      for (const name of [place.name, ...place.aliases]) {
        const key = foldKey(name);
        if (!this.places.has(key)) this.places.set(key, place);
      }
    }
  }

  // An archive writes the same names thousands of times, and folding one is
  // the costly part (Unicode normalisation, transliteration): each spelling is
  // resolved once. The matches are never changed by their users.
  private readonly personMatches = new Map<string, PersonMatch>();
  private readonly placeMatches = new Map<string, PlaceMatch>();

  /** Resolves a person's name as written to the person's stable key. */
  person(name: string): PersonMatch {
    let match = this.personMatches.get(name);
    if (!match) this.personMatches.set(name, (match = this.resolvePerson(name)));
    return match;
  }

  /** Resolves a place's name as written to a country, a place in a country, or an unknown place. */
  place(name: string): PlaceMatch {
    let match = this.placeMatches.get(name);
    if (!match) this.placeMatches.set(name, (match = this.resolvePlace(name)));
    return match;
  }

  private resolvePerson(name: string): PersonMatch {
    const entry = this.people.get(foldKey(name));
    return entry ? { key: `person:${foldKey(entry.name)}`, entry } : { key: `person:${foldKey(name)}` };
  }

  private resolvePlace(name: string): PlaceMatch {
    const key = foldKey(name);
    const entry = this.places.get(key);
    if (entry?.isCountry) return { kind: "country", country: entry.country };
    if (entry) return { kind: "place", key: `place:${foldKey(entry.name)}`, name: entry.name, country: entry.country, entry };
    const countries = countryIndex();
    const country = countries.find(name);
    if (country) return { kind: "country", country };
    const capitalOf = countries.findByCapital(name);
    if (capitalOf) {
      const capital = capitalOf.capitals.find((c) => foldKey(c) === key) ?? name;
      return { kind: "place", key: `place:${foldKey(capital)}`, name: capital, country: capitalOf };
    }
    return { kind: "unknown", key: `place:${key}`, name };
  }
}

/** The folded comparison key of a name; names with no letters or digits keep their raw text. */
export function foldKey(name: string): string {
  return foldName(name) || `raw:${name.trim()}`;
}
