/**
 * The photos of a loaded content folder, for one build: the articles that go
 * out under the build's schedule get their photos processed (or taken from
 * the cache) and put in place; the others are left as they are, so a
 * scheduled article's photo is neither made nor copied.
 */
import type { Article } from "../content/article.ts";
import { isPublished, type Schedule } from "../content/embargo.ts";
import type { Problem } from "../problems/problems.ts";
import { placePhotos } from "./place-photos.ts";
import { PhotoProcessor } from "./photo-processor.ts";

/** The articles with the published ones' photos in place, and the photo files a site folder needs. */
export interface PublishedPhotos {
  articles: Article[];
  /** The folder the files are in, and their names. */
  folder: string;
  files: string[];
  problems: Problem[];
}

/** Processes the photos of the articles that `schedule` publishes. */
export async function publishPhotos(articles: readonly Article[], schedule: Schedule, timeZone: string, processor = new PhotoProcessor()): Promise<PublishedPhotos> {
  const going = articles.filter((article) => isPublished(article, schedule, timeZone));
  const staying = articles.filter((article) => !isPublished(article, schedule, timeZone));
  const placed = await placePhotos(going, processor);
  // Diagnostics for the benchmark and the build tests (see src/eleventy/timings.ts).
  if (process.env.DATELINE_TIMINGS) {
    console.log(`[dateline] photos: ${processor.fromCache + processor.processed} photos, ${processor.fromCache} from cache, ${processor.processed} processed, ${placed.files.length} files`);
  }
  return { articles: [...placed.articles, ...staying], folder: processor.folder, files: placed.files, problems: placed.problems };
}
