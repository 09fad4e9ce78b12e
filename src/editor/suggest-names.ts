/**
 * Matching the names an editor types against what the archive already knows.
 *
 * A name that is an alias or another spelling of a known person or place is
 * replaced by its canonical name, so one person keeps one spelling across the
 * archive. A name that matches nothing but is a letter or two away from a known
 * name gets "did you mean" suggestions; it is kept as typed, since it may be a
 * new person after all.
 */
import type { PersonView } from "../archive/model.ts";
import { countryIndex } from "../entities/countries.ts";
import { editDistance } from "../entities/duplicates.ts";
import { looseKey } from "../entities/fold.ts";
import type { Registry } from "../entities/registry.ts";
import { EntityResolver, foldKey } from "../entities/resolver.ts";
import { compareText } from "../util/collections.ts";

/** What became of one typed name. */
export interface NameMatch {
  /** The name as typed. */
  written: string;
  /** The name to write: the canonical name when the typed one is another name of a known record. */
  name: string;
  /** Why `name` differs from `written`, e.g. `an alias of "Ilham Aliyev" in people.yaml`; undefined when unchanged. */
  replaced?: string;
  /** True when the name resolves to a known person, country or place. */
  known: boolean;
  /** For an unknown name: known names it is probably a misspelling of, closest first (at most three). */
  didYouMean: string[];
}

/** A known name and the canonical name it stands for. */
interface Candidate {
  key: string;
  canonical: string;
}

/** Matches people and places against the registries, the people already in the archive, and the countries. */
export class NameSuggester {
  private readonly resolver: EntityResolver;
  private readonly archivePeople = new Map<string, PersonView>();
  private readonly personCandidates: Candidate[] = [];
  private placeCandidates?: Candidate[];

  /** `people` are the archive's people (every spelling already written in articles). */
  constructor(
    private readonly registry: Registry,
    people: readonly PersonView[] = [],
  ) {
    this.resolver = new EntityResolver(registry);
    for (const person of people) this.archivePeople.set(person.key, person);
    for (const entry of registry.people) {
      for (const name of [entry.name, ...entry.aliases]) this.personCandidates.push({ key: looseKey(name), canonical: entry.name });
    }
    for (const person of people) {
      for (const name of [person.name, ...person.aliases]) this.personCandidates.push({ key: looseKey(name), canonical: person.name });
    }
  }

  /** Matches a person's name: registry names and aliases first, then people already in articles. */
  person(written: string): NameMatch {
    const name = tidy(written);
    const match = this.resolver.person(name);
    if (match.entry) {
      return this.known(written, name, match.entry.name, `an alias of "${match.entry.name}" in people.yaml`, "spelled as in people.yaml");
    }
    const seen = this.archivePeople.get(match.key);
    if (seen) return this.known(written, name, seen.name, "", `spelled as in the ${seen.count === 1 ? "article" : "articles"} already mentioning them`);
    return { written, name, known: false, didYouMean: closest(name, this.personCandidates) };
  }

  /** Matches a place: registry places and country aliases, every country name and code, capitals. */
  place(written: string): NameMatch {
    const name = tidy(written);
    const match = this.resolver.place(name);
    if (match.kind === "country") {
      return this.known(written, name, match.country.name, `another name of ${match.country.name}`, "spelled as the country's common name");
    }
    if (match.kind === "place") {
      const why = match.entry ? `an alias of "${match.name}" in places.yaml` : `another spelling of ${match.name}, the capital of ${match.country.name}`;
      return this.known(written, name, match.name, why, match.entry ? "spelled as in places.yaml" : "spelled as the capital's English name");
    }
    return { written, name, known: false, didYouMean: closest(name, this.places()) };
  }

  private known(written: string, name: string, canonical: string, aliasReason: string, spellingReason: string): NameMatch {
    if (canonical === name) return { written, name, known: true, didYouMean: [] };
    // Same letters once case and accents are ignored: a respelling, not an alias.
    const reason = foldKey(canonical) === foldKey(name) || !aliasReason ? spellingReason : aliasReason;
    return { written, name: canonical, replaced: reason, known: true, didYouMean: [] };
  }

  private places(): Candidate[] {
    if (!this.placeCandidates) {
      const candidates: Candidate[] = [];
      for (const country of countryIndex().all) {
        candidates.push({ key: looseKey(country.name), canonical: country.name });
        for (const capital of country.capitals) candidates.push({ key: looseKey(capital), canonical: capital });
      }
      for (const place of this.registry.places) {
        const canonical = place.isCountry ? place.country.name : place.name;
        for (const name of [place.name, ...place.aliases]) candidates.push({ key: looseKey(name), canonical });
      }
      this.placeCandidates = candidates;
    }
    return this.placeCandidates;
  }
}

/** How many letters a name of this (folded) length may differ by and still be "probably meant". */
export function allowedDistance(length: number): number {
  return length >= 9 ? 2 : length >= 4 ? 1 : 0;
}

/** Canonical names whose known spellings are within the allowed distance of `name`, closest first. */
function closest(name: string, candidates: readonly Candidate[]): string[] {
  const key = looseKey(name);
  const limit = allowedDistance(key.length);
  if (!key || limit === 0) return [];
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    if (!candidate.key || Math.abs(candidate.key.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate.key, limit);
    if (distance > limit) continue;
    const previous = best.get(candidate.canonical);
    if (previous === undefined || distance < previous) best.set(candidate.canonical, distance);
  }
  return [...best.entries()]
    .sort(([a, da], [b, db]) => da - db || compareText(a, b))
    .slice(0, 3)
    .map(([canonical]) => canonical);
}

/** Trims and collapses spaces, as the front-matter schema does. */
function tidy(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}
