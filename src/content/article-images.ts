/**
 * An article's images found and checked in the content folder: each image of
 * its body (in the render's marker order) and its lead photo (`image:`), with
 * a problem naming the file and line for each that cannot be used, and a
 * warning for each without alt text. Nothing is decoded here: the build
 * processes the photos of published articles (src/images).
 */
import type { BodyImage } from "../markdown/body-images.ts";
import type { Rendered } from "../markdown/stored-body.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { checkImageFile, type ImageFormat } from "./image-file.ts";
import { resolveImagePath, type LocalImage } from "./image-paths.ts";
import type { ParsedArticle } from "./parse-article.ts";

/** A checked image file: where it is and what it holds. */
export interface FoundImage extends LocalImage {
  format: ImageFormat;
  /** The line of the article file that names it, when known. */
  line?: number;
}

/** One image of the body, found. */
export interface BodyPhoto extends FoundImage {
  /** The image as the body wrote it (alt text, caption, whether it is a figure). */
  written: BodyImage;
}

/** The lead photo, found, with what the front matter says about it. */
export interface LeadPhoto extends FoundImage {
  alt: string;
  caption?: string;
  credit?: string;
  /** Its processed files, set when the article is published (src/images/place-photos.ts). */
  processed?: ProcessedPhoto;
}

/** One processed file of a photo: a format at a width, named `<hash>-<width>.<format>`. */
export interface PhotoVariant {
  format: "webp" | "jpeg" | "png";
  width: number;
  height: number;
  name: string;
}

/** A photo processed into its variants; `width`/`height` are the original's, upright. */
export interface ProcessedPhoto {
  width: number;
  height: number;
  variants: PhotoVariant[];
}

/** An article's images: the body's, in marker order, and the lead photo. */
export interface ArticleImages {
  body: BodyPhoto[];
  lead?: LeadPhoto;
}

/** Finds and checks an article's images; `bodyLine` is the line its body starts on. */
export function findArticleImages(
  contentDir: string,
  article: ParsedArticle,
  rendered: Pick<Rendered, "images">,
  bodyLine: number | undefined,
): { images: ArticleImages; problems: Problem[] } {
  const problems: Problem[] = [];
  const { file } = article;
  const body: BodyPhoto[] = [];
  for (const written of rendered.images ?? []) {
    const line = written.line !== undefined && bodyLine !== undefined ? bodyLine + written.line - 1 : undefined;
    const found = findImage(contentDir, file, problems, written.url, line);
    if (found) body.push({ ...found, written });
    if (!written.alt) {
      problems.push(problem("image-missing-alt", { file, ...(line !== undefined && { line }), message: `the image ${JSON.stringify(written.url)} has no alt text` }));
    }
    if (written.title && !written.figure) {
      problems.push(
        problem("image-caption-unused", {
          file,
          ...(line !== undefined && { line }),
          message: `the image ${JSON.stringify(written.url)} has a caption but is not alone in its paragraph, so the caption is not shown`,
        }),
      );
    }
  }
  const fm = article.frontMatter;
  let lead: LeadPhoto | undefined;
  if (fm.image !== undefined) {
    const found = findImage(contentDir, file, problems, fm.image, article.imageLine, "image");
    if (found) lead = { ...found, alt: fm.image_alt ?? "", ...(fm.image_caption && { caption: fm.image_caption }), ...(fm.image_credit && { credit: fm.image_credit }) };
    if (!fm.image_alt) {
      problems.push(
        problem("image-missing-alt", {
          file,
          ...(article.imageLine !== undefined && { line: article.imageLine }),
          field: "image_alt",
          message: "the lead photo has no alt text",
          hint: "add image_alt: and describe what the photo shows, e.g. image_alt: Fishing boats in Baku harbour at dawn",
        }),
      );
    }
  } else {
    for (const field of ["image_alt", "image_caption", "image_credit"] as const) {
      if (fm[field] !== undefined) {
        problems.push(problem("unknown-field", { file, field, message: `is set but there is no image: field, so it is ignored`, hint: "add image: with the lead photo's file name, or delete the line" }, "article"));
      }
    }
  }
  return { images: { body, ...(lead && { lead }) }, problems };
}

/** The image file an article names, checked; undefined (with a problem) when it cannot be used. */
function findImage(contentDir: string, file: string, problems: Problem[], written: string, line: number | undefined, field?: string): FoundImage | undefined {
  const resolved = resolveImagePath(written, file, contentDir);
  const checked = "image" in resolved ? checkImageFile(resolved.image.file, written) : resolved;
  if ("refusal" in checked) {
    const { code, message, hint } = checked.refusal;
    problems.push(problem(code, { file, ...(line !== undefined && { line }), ...(field && { field }), message, ...(hint && { hint }) }, "article"));
    return undefined;
  }
  return { ...(resolved as { image: LocalImage }).image, format: checked.format, ...(line !== undefined && { line }) };
}
