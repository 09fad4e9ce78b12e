/**
 * The site's own images from site.yaml: `logo` (shown before the title in the
 * header) and `image` (the social image of pages without a photo). Each is a
 * file of the content folder, resolved and checked as an article's photo is
 * (no way out of the folder, no link, its bytes a real JPEG, PNG, GIF, WebP or
 * AVIF, never SVG), re-encoded in its own format as photos are (the file's
 * own bytes, with whatever metadata or trailing data they carry, are never
 * published), under a name made from its bytes, so that a host may cache it
 * for ever and a new logo gets a new name.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { problem, type Problem } from "../problems/problems.ts";
import { checkImageFile, type ImageFormat } from "./image-file.ts";
import { resolveImagePath } from "./image-paths.ts";
import type { SiteSettings } from "./site-settings.ts";

/** The most pixels a site image may have: a logo or a social card needs a small part of this. */
const MAX_SITE_IMAGE_PIXELS = 40_000_000;

/** One site image, ready to copy into the site. */
export interface SiteImage {
  /** The file in the content folder. */
  file: string;
  /** The re-encoded image, as published. */
  bytes: Buffer;
  /** Its name in the site's images folder: a hash of its bytes and its format's extension. */
  name: string;
  width: number;
  height: number;
  /** Its media type (`image/png`), for og:image:type. */
  type: string;
}

/** The site images site.yaml names, each present only when usable. */
export interface SiteImages {
  logo?: SiteImage;
  image?: SiteImage;
}

const EXTENSION: Readonly<Record<ImageFormat, string>> = { jpeg: "jpg", png: "png", gif: "gif", webp: "webp", avif: "avif" };

/** Resolves, checks and measures the `logo` and `image` of `site`; a file that cannot be used is an error on its site.yaml line. */
export async function loadSiteImages(contentDir: string, site: SiteSettings, lineOf: (key: string) => number): Promise<{ images: SiteImages; problems: Problem[] }> {
  const images: SiteImages = {};
  const problems: Problem[] = [];
  const settings = path.join(contentDir, "_data", "site.yaml");
  for (const key of ["logo", "image"] as const) {
    const written = site[key];
    if (written === undefined) continue;
    // The path hints written for articles ("relative to the article's folder") would mislead here.
    const pathHint = `write the image's path from the content folder, e.g. ${key}: _data/${key === "logo" ? "logo.png" : "social.jpg"} for content/_data/${key === "logo" ? "logo.png" : "social.jpg"}`;
    const fail = (code: Parameters<typeof problem>[0], message: string, hint?: string) => {
      const pathCode = code === "image-missing" || code === "image-path-invalid" || code === "image-outside-content";
      const shown = pathCode ? pathHint : hint;
      problems.push(problem(code, { file: settings, line: lineOf(key), field: key, message, ...(shown ? { hint: shown } : {}) }, "data"));
    };
    // Paths in site.yaml are relative to the content folder: resolved as if written by a file at its root.
    const resolved = resolveImagePath(written, path.join(contentDir, "site.yaml"), contentDir);
    if ("refusal" in resolved) {
      fail(resolved.refusal.code, resolved.refusal.message, resolved.refusal.hint);
      continue;
    }
    const checked = checkImageFile(resolved.image.file, written);
    if ("refusal" in checked) {
      fail(checked.refusal.code, checked.refusal.message, checked.refusal.hint);
      continue;
    }
    const bytes = fs.readFileSync(resolved.image.file);
    // Loaded with the first image, not by every build: a site without a logo never needs sharp.
    const { default: sharp } = await import("sharp");
    try {
      // Upright (EXIF orientation applied), metadata dropped, in the format it came in.
      const { data, info } = await sharp(bytes, { limitInputPixels: MAX_SITE_IMAGE_PIXELS, failOn: "truncated", animated: checked.format === "gif" })
        .rotate()
        // No larger than it is shown: the logo in every page's header (2rem high, three times
        // over for dense screens), the social image at the 1,200 px width link previews use.
        .resize(key === "logo" ? { height: 96, withoutEnlargement: true } : { width: 1200, withoutEnlargement: true })
        .toFormat(checked.format)
        .toBuffer({ resolveWithObject: true });
      const hash = createHash("sha256").update(data).digest("hex").slice(0, 16);
      // An animated GIF is encoded as one tall strip of its frames: one frame's height is the image's.
      const height = (info as { pageHeight?: number }).pageHeight ?? info.height;
      images[key] = { file: resolved.image.file, bytes: data, name: `site-${hash}.${EXTENSION[checked.format]}`, width: info.width, height, type: `image/${checked.format}` };
    } catch (error) {
      fail("image-not-an-image", `the image ${JSON.stringify(written)} cannot be decoded: ${(error as Error).message}`);
    }
  }
  return { images, problems };
}

/** Copies each site image into the site's images folder (`imagesDir`, the output's `/img/`). */
export function copySiteImages(images: SiteImages, imagesDir: string): void {
  for (const image of Object.values(images)) {
    if (!image) continue;
    fs.mkdirSync(imagesDir, { recursive: true });
    fs.writeFileSync(path.join(imagesDir, image.name), image.bytes);
  }
}
