/**
 * Puts processed photos into published articles: each body's image markers
 * become `<picture>` (or `<figure>`) markup, and the lead photo gets its
 * processed files. Only the articles given are processed: the build passes
 * those it publishes, so the photo of a scheduled or draft article is never
 * made or copied.
 */
import type { Article } from "../content/article.ts";
import type { BodyPhoto, ProcessedPhoto } from "../content/article-images.ts";
import { withPhotos } from "../markdown/stored-body.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { fromArticlePage, imageUrl } from "../archive/urls.ts";
import { figureHtml, pictureHtml } from "./photo-markup.ts";
import { PhotoError, type PhotoProcessor } from "./photo-processor.ts";

/** The articles with their photos in place, the photos' files (names in the processor's folder), and a problem for each photo that failed. */
export interface PlacedPhotos {
  articles: Article[];
  files: string[];
  problems: Problem[];
}

/** How many photos are processed at once: sharp spreads each over the cores already. */
const AT_ONCE = 2;

/** Processes the photos of `articles` and returns them with the photos in place; an article whose photo failed is left as it was, with a problem. */
export async function placePhotos(articles: readonly Article[], processor: PhotoProcessor): Promise<PlacedPhotos> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const placed = await mapAtMost(articles, AT_ONCE, async (article): Promise<Article> => {
    const images = article.images;
    if (!images || (images.body.length === 0 && !images.lead)) return article;
    const failures: Problem[] = [];
    const processed = async (photo: { file: string; line?: number }, field?: string): Promise<ProcessedPhoto | undefined> => {
      try {
        const result = await processor.process(photo.file);
        for (const variant of result.variants) files.add(variant.name);
        return result;
      } catch (error) {
        if (!(error instanceof PhotoError)) throw error;
        failures.push(problem(error.code, { file: article.file, ...(photo.line !== undefined && { line: photo.line }), ...(field && { field }), message: error.message }, "article"));
        return undefined;
      }
    };
    const body: (ProcessedPhoto | undefined)[] = [];
    for (const photo of images.body) body.push(await processed(photo));
    const lead = images.lead && (await processed(images.lead, "image"));
    if (failures.length > 0) {
      problems.push(...failures);
      return article;
    }
    // Each marker's markup, filled in whenever the HTML is printed (a stored body's HTML stays on disk as rendered).
    const photos = images.body.map((photo, index) => {
      const made = body[index];
      return made ? bodyPhotoHtml(photo, made) : "";
    });
    return {
      ...article,
      rendered: withPhotos(article.rendered, photos),
      images: { ...images, ...(images.lead && lead && { lead: { ...images.lead, processed: lead } }) },
    };
  });
  processor.save();
  return { articles: placed, files: [...files].sort(), problems };
}

/** The markup of one body photo, its URLs relative to the article's page. */
function bodyPhotoHtml(photo: BodyPhoto, made: ProcessedPhoto): string {
  const picture = pictureHtml(made, { url: (name) => fromArticlePage(imageUrl(name)), alt: photo.written.alt });
  return photo.written.figure ? figureHtml(picture, photo.written.title) : picture;
}

/** `map` with at most `limit` calls running at once, results in order. */
async function mapAtMost<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
