/**
 * The newsroom archive (tests/helpers/newsroom-archive.ts) with richer
 * registry entries for the people tests (issue 15 part 4): the first person
 * has a photo, a role, a Wikidata id and links; the second a role and a
 * `sort_as` that files them under another letter; everyone else as the newsroom writes them.
 */
import fs from "node:fs";
import path from "node:path";
import { buildSite, type BuildResult } from "./build-site.ts";
import { writeNewsroomArchive, type NewsroomArchive } from "./newsroom-archive.ts";
import { writePhoto } from "./photos.ts";

/** What the richer entries are. */
export interface PeopleArchive extends NewsroomArchive, BuildResult {
  /** The person with a photo, role, Wikidata id and links. */
  withPhoto: string;
  /** A person without a photo (initials). */
  withInitials: string;
}

/** Adds lines under a registry entry, found by its name line. */
export function addToEntry(registry: string, name: string, lines: string[]): string {
  const nameLine = `- name: ${JSON.stringify(name)}\n`;
  if (!registry.includes(nameLine)) throw new Error(`no registry entry for ${name}`);
  return registry.replace(nameLine, `${nameLine}${lines.map((line) => `  ${line}\n`).join("")}`);
}

/** Writes the newsroom archive, enriches two registry entries, and builds it; throws with the build's output when it fails. */
export async function buildPeopleArchive(options: { output?: string } = {}): Promise<PeopleArchive> {
  const archive = await writeNewsroomArchive();
  const [withPhoto, withInitials] = archive.people as [string, string];
  await writePhoto(path.join(archive.contentDir, "people", "portrait.jpg"), 600, 800, 7);
  const file = path.join(archive.contentDir, "_data", "people.yaml");
  let registry = fs.readFileSync(file, "utf8");
  registry = addToEntry(registry, withPhoto, [
    "image: people/portrait.jpg",
    "role: Minister of Invented Affairs",
    "wikidata: Q42",
    "links:",
    "  - https://example.org/profile",
    "  - { label: Official page, url: 'https://gov.example/minister' }",
  ]);
  registry = addToEntry(registry, withInitials, ["role: Spokesperson", "sort_as: Özkan, Rana"]);
  fs.writeFileSync(file, registry);
  const result = buildSite(archive.contentDir, { output: options.output, args: ["--now=2026-01-01T00:00:00Z"] });
  if (result.status !== 0) throw new Error(`the people archive did not build:\n${result.stdout}\n${result.stderr}`);
  return { ...archive, ...result, withPhoto, withInitials };
}
