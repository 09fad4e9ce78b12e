/**
 * The archive of a content folder: loaded, validated and indexed, or the
 * problems that stop it. `npm run build` loads it once and hands it to
 * Eleventy and to the search index as an argument.
 */
import path from "node:path";
import type { Archive } from "../archive/model.ts";
import type { Schedule } from "../content/embargo.ts";
import type { SiteImages } from "../content/site-images.ts";
import { ContentError, hasErrors, type Problem } from "../problems/problems.ts";
import { timed } from "../eleventy/timings.ts";

/** A built archive with the warnings found while reading its content, and the photo files its pages use. */
export interface LoadedArchive {
  archive: Archive;
  warnings: Problem[];
  /** The processed photos of the published articles: file names in `folder`, to be put under the site's `/img/`. */
  photos: { folder: string; files: string[] };
  /** The logo and social image site.yaml names, to be copied under the site's `/img/`. */
  siteImages?: SiteImages;
  /** The first instant after the schedule's "now" at which the same content makes another archive (Infinity: never). */
  validUntil: number;
}

/** Loads, validates and indexes a content folder (scheduled articles left out unless `schedule.future`); rejects with a ContentError on content errors. `full` (`--full`) reads every file, trusting no file stamp. */
export async function loadArchive(contentDir: string, schedule: Schedule, { full = false }: { full?: boolean } = {}): Promise<LoadedArchive> {
  // Loaded when the content is, not when the command starts (front matter schemas, date-fns, the
  // country data, the archive): a build that finds nothing changed never reads the content.
  const [{ loadContent }, { buildArchive }, { nextClockChange }, { publishPhotos }, { publishPersonPhotos }, { PhotoProcessor }] = await Promise.all([
    import("../content/load-content.ts"),
    import("../archive/build-archive.ts"),
    import("../archive/next-clock-change.ts"),
    import("../images/publish-photos.ts"),
    import("../images/person-photos.ts"),
    import("../images/photo-processor.ts"),
  ]);
  const content = await loadContent(path.resolve(contentDir), { stamps: !full });
  if (hasErrors(content.problems)) throw new ContentError(content.problems);
  const processor = new PhotoProcessor();
  const photos = await timed("photos", () => publishPhotos(content.articles, schedule, content.site.timezone, processor));
  const portraits = await publishPersonPhotos(content.registry, content.articles, schedule, content.site.timezone, processor);
  if (hasErrors([...photos.problems, ...portraits.problems])) throw new ContentError([...content.problems, ...photos.problems, ...portraits.problems]);
  const archive = buildArchive({ ...content, registry: portraits.registry, articles: photos.articles, schedule });
  // URL clashes show only once every article has its URL.
  if (hasErrors(archive.problems)) throw new ContentError([...content.problems, ...archive.problems]);
  return {
    archive,
    warnings: content.problems.filter((p) => p.severity === "warning"),
    photos: { folder: photos.folder, files: [...photos.files, ...portraits.files] },
    siteImages: content.siteImages,
    validUntil: nextClockChange(content.articles, archive.newsSitemap, schedule.now, content.site.timezone),
  };
}
