/**
 * Warnings about people and places that are probably mistakes but do not stop
 * a build: places that resolve to no country, and two records that are
 * probably one person spelled two ways.
 */
import path from "node:path";
import type { Archive } from "../archive/build-archive.ts";
import type { LoadedContent } from "../content/load-content.ts";
import type { Problem } from "../content/problems.ts";
import { findProbableDuplicates } from "./duplicates.ts";

/** Check warnings for a loaded, indexed content folder. */
export function entityWarnings(content: LoadedContent, archive: Archive): Problem[] {
  const warnings: Problem[] = [];
  const fileOf = (relPath: string) => path.join(content.contentDir, relPath);
  const peopleFile = path.join(content.contentDir, "_data", "people.yaml");
  const placesFile = path.join(content.contentDir, "_data", "places.yaml");

  for (const place of archive.unresolvedPlaces) {
    warnings.push({
      code: "unknown-place",
      severity: "warning",
      file: fileOf(place.articles[0]!),
      field: "places",
      message: `"${place.name}" is not a country, a capital or a place in places.yaml, so it has no country page${
        place.articles.length > 1 ? ` (also in ${place.articles.length - 1} more ${place.articles.length === 2 ? "article" : "articles"})` : ""
      }`,
      hint: `if it is a city or region, add to ${path.relative(process.cwd(), placesFile)}:\n      - name: ${place.name}\n        country: <its country>`,
    });
  }

  for (const pair of findProbableDuplicates(archive.people)) {
    const [keep, merge] = pair.keep.count >= pair.merge.count ? [pair.keep, pair.merge] : [pair.merge, pair.keep];
    warnings.push({
      code: "probable-duplicate-person",
      severity: "warning",
      file: fileOf(merge.articles[0]!.id),
      field: "people",
      message: `"${merge.name}" and "${keep.name}" are probably the same person (${pair.reason})`,
      hint: `if they are, add to ${path.relative(process.cwd(), peopleFile)}:\n      - name: ${keep.name}\n        aliases: [${merge.name}]`,
    });
  }
  return warnings;
}
