/**
 * Warnings about people and places that are probably mistakes but do not stop
 * a build: places that resolve to no country, and two records that are
 * probably one person spelled two ways.
 */
import path from "node:path";
import type { Archive } from "../archive/model.ts";
import type { LoadedContent } from "../content/load-content.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { findProbableDuplicates } from "../entities/duplicates.ts";
import { EntityResolver, foldKey } from "../entities/resolver.ts";
import { displayPath } from "../util/paths.ts";

/** Check warnings for a loaded, indexed content folder; `suggestPlaces` may offer known names for an unknown place. */
export function entityWarnings(
  content: LoadedContent,
  archive: Archive,
  suggestPlaces: (name: string) => string[] = () => [],
): Problem[] {
  const warnings: Problem[] = [];
  const fileOf = (relPath: string) => path.join(content.contentDir, relPath);
  const resolver = new EntityResolver(content.registry);
  const lines = nameLineFinder(content, resolver);
  const peopleFile = path.join(content.contentDir, "_data", "people.yaml");
  const placesFile = path.join(content.contentDir, "_data", "places.yaml");

  for (const place of archive.unresolvedPlaces) {
    const guesses = suggestPlaces(place.name);
    const guess = guesses.length > 0 ? `if it is a typo for ${guesses.map((n) => `"${n}"`).join(" or ")}, fix the spelling; ` : "";
    warnings.push(
      problem("unknown-place", {
        file: fileOf(place.articles[0]!),
        line: lines.place(place.articles[0]!, place.name),
        field: "places",
        message: `"${place.name}" is not a country, a capital or a place in places.yaml, so it has no country page${
          place.articles.length > 1 ? ` (also in ${place.articles.length - 1} more ${place.articles.length === 2 ? "article" : "articles"})` : ""
        }`,
        hint: `${guess}if it is a city or region, add to ${displayPath(placesFile)}:\n      - name: ${place.name}\n        country: <its country>`,
      }),
    );
  }

  for (const pair of findProbableDuplicates(archive.people)) {
    // Keep the registry's name, else the more frequent one: the hint must not
    // suggest making a registry name an alias of a stray spelling.
    const rank = (person: typeof pair.keep) => (resolver.person(person.name).entry ? 1_000_000_000 : 0) + person.count;
    const [keep, merge] = rank(pair.keep) >= rank(pair.merge) ? [pair.keep, pair.merge] : [pair.merge, pair.keep];
    warnings.push(
      problem("probable-duplicate-person", {
        file: fileOf(merge.articles[0]!.id),
        line: lines.person(merge.articles[0]!.id, merge.key),
        field: "people",
        message: `"${merge.name}" and "${keep.name}" are probably the same person (${pair.reason})`,
        hint: `if they are, add to ${displayPath(peopleFile)}:\n      - name: ${keep.name}\n        aliases: [${merge.name}]`,
      }),
    );
  }
  return warnings;
}

/** Finds the line where an article writes a person or place, from the lines kept while parsing. */
function nameLineFinder(content: LoadedContent, resolver: EntityResolver) {
  const byId = new Map(content.articles.map((article) => [article.relPath, article]));
  const find = (id: string, field: "people" | "places", matches: (name: string) => boolean) => {
    const lines = byId.get(id)?.nameLines?.[field];
    if (!lines) return undefined;
    for (const [name, line] of lines) if (matches(name)) return line;
    return undefined;
  };
  return {
    /** Line of the first spelling of the person with this key in the article. */
    person: (id: string, key: string) => find(id, "people", (name) => resolver.person(name).key === key),
    /** Line of the place written (once folded) as `written` in the article. */
    place: (id: string, written: string) => find(id, "places", (name) => foldKey(name) === foldKey(written)),
  };
}

