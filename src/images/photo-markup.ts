/**
 * The HTML of a photo in an article's body: `<picture>` with a WebP source
 * and a JPEG (or PNG) `<img>` carrying its width and height, so the page
 * keeps the photo's room before it loads (no layout shift), and, for an image
 * alone in its paragraph, a `<figure>` with its Markdown title as caption.
 *
 * Made here, after the sanitiser ran, from values Dateline made (file names,
 * numbers) and the editor's text (alt, caption), which is escaped: nothing
 * the article writes becomes markup.
 */
import type { PhotoVariant, ProcessedPhoto } from "../content/article-images.ts";

/** What a reader's browser is told about the photo's width on the page: the article column (~40rem), or the window less its margins. */
export const PHOTO_SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2.5rem)";
/** The width of the file an `<img>` falls back to (the column at 1x); the largest smaller one when the photo is narrower. */
export const FALLBACK_WIDTH = 640;

/** The `<img>`'s format of a photo: JPEG, or PNG for one with transparency. */
export function fallbackFormat(photo: ProcessedPhoto): PhotoVariant["format"] {
  return photo.variants.some((variant) => variant.format === "png") ? "png" : "jpeg";
}

/** A photo's variants of one format, narrowest first. */
export function variantsOf(photo: ProcessedPhoto, format: PhotoVariant["format"]): PhotoVariant[] {
  return photo.variants.filter((variant) => variant.format === format).sort((a, b) => a.width - b.width);
}

/** The variant closest to `width` from below (else the narrowest). */
export function variantFor(variants: readonly PhotoVariant[], width: number): PhotoVariant {
  return [...variants].reverse().find((variant) => variant.width <= width) ?? variants[0]!;
}

/** How a picture is printed: URLs from file names, and whether it loads at once. */
export interface PictureOptions {
  url: (name: string) => string;
  alt: string;
  /** The lead photo loads at once, with high priority; others when scrolled near. */
  eager?: boolean;
}

/** The `<picture>` of a processed photo. */
export function pictureHtml(photo: ProcessedPhoto, { url, alt, eager }: PictureOptions): string {
  const srcset = (variants: PhotoVariant[]) => variants.map((variant) => `${url(variant.name)} ${variant.width}w`).join(", ");
  const webp = variantsOf(photo, "webp");
  const fallbacks = variantsOf(photo, fallbackFormat(photo));
  const img = variantFor(fallbacks, FALLBACK_WIDTH);
  const loading = eager ? ` loading="eager" fetchpriority="high"` : ` loading="lazy"`;
  return (
    `<picture><source type="image/webp" srcset="${escapeHtml(srcset(webp))}" sizes="${PHOTO_SIZES}">` +
    `<img src="${escapeHtml(url(img.name))}" srcset="${escapeHtml(srcset(fallbacks))}" sizes="${PHOTO_SIZES}" width="${img.width}" height="${img.height}" alt="${escapeHtml(alt)}"${loading} decoding="async"></picture>`
  );
}

/** A photo as a figure, with its caption as plain text when it has one. */
export function figureHtml(picture: string, caption: string | undefined): string {
  return `<figure class="photo">${picture}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ""}</figure>`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
