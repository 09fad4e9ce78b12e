/**
 * The registry's photos of people (issue 15 part 4), processed by the same
 * pipeline as articles' photos (WebP and JPEG, cached by content), for the
 * people that published articles mention: a person no published article
 * names has no page, so their photo is neither made nor copied. Of each photo
 * only the narrowest files are published, the size the profile shows.
 */
import type { Article } from "../content/article.ts";
import { isPublished, type Schedule } from "../content/embargo.ts";
import { EntityResolver } from "../entities/resolver.ts";
import type { Registry, RegistryPerson } from "../entities/registry.ts";
import { portraitFiles } from "../archive/person-profile.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { PhotoError, type PhotoProcessor } from "./photo-processor.ts";

/** The registry with the published people's photos processed, the files to copy (names in the processor's folder), and a problem per photo that failed. */
export interface PublishedPortraits {
  registry: Registry;
  files: string[];
  problems: Problem[];
}

/** Processes the photos of the registry's people that the articles `schedule` publishes mention. */
export async function publishPersonPhotos(registry: Registry, articles: readonly Article[], schedule: Schedule, timeZone: string, processor: PhotoProcessor): Promise<PublishedPortraits> {
  if (!registry.people.some((person) => person.image)) return { registry, files: [], problems: [] };
  const resolver = new EntityResolver(registry);
  const mentioned = new Set<RegistryPerson>();
  for (const article of articles) {
    if (!isPublished(article, schedule, timeZone)) continue;
    for (const name of article.people) {
      const entry = resolver.person(name).entry;
      if (entry?.image) mentioned.add(entry);
    }
  }
  const files = new Set<string>();
  const problems: Problem[] = [];
  const people: RegistryPerson[] = [];
  // One at a time: a registry holds few photos, and sharp spreads each over the cores already.
  for (const person of registry.people) {
    if (!person.image || !mentioned.has(person)) {
      people.push(person);
      continue;
    }
    try {
      const processed = await processor.process(person.image.file);
      for (const name of portraitFiles(processed)) files.add(name);
      people.push({ ...person, image: { ...person.image, processed } });
    } catch (error) {
      if (!(error instanceof PhotoError)) throw error;
      problems.push(problem(error.code, { file: person.file, ...(person.image.line !== undefined && { line: person.image.line }), field: "image", message: error.message }, "data"));
      people.push(person);
    }
  }
  processor.save();
  return { registry: { ...registry, people }, files: [...files].sort(), problems };
}
