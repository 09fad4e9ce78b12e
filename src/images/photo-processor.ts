/**
 * Photos processed with `@11ty/eleventy-img` (sharp) into WebP and JPEG (PNG
 * for a picture with transparency) at a few widths, never wider than the
 * original, and cached by the hash of the photo's bytes: the files in
 * Dateline's cache folder (`photos/`), what was made in `photos.v8`. A warm
 * build finds every photo there and runs no image transformation at all.
 * Nor does it read every photo again to hash it: a photo's hash is remembered
 * by its path, size, modification and change times and inode
 * (`photo-hashes.v8`), as git remembers a file's; saving a photo changes its
 * change time, which no tool can set back.
 *
 * Formats and widths, and why AVIF is left out: docs/performance.md.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Image from "@11ty/eleventy-img";
import { cacheDir, codeIdentity } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import type { PhotoVariant, ProcessedPhoto } from "../content/article-images.ts";
import { MAX_IMAGE_BYTES } from "../content/image-file.ts";
import type { ProblemCode } from "../problems/codes.ts";

/** The widths made of every photo: a list thumbnail, and the article column (~40rem) at 1x and 2x. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
/** The width a list's thumbnail uses. */
export const THUMBNAIL_WIDTH = 320;
/** The most pixels a photo may have (sharp's `limitInputPixels`): a decompression bomb is refused from its header. */
export const MAX_PIXELS = 100_000_000;

/** Why a photo could not be processed. */
export class PhotoError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
  }
}

/** Processes photos, or finds them processed by an earlier build. */
export class PhotoProcessor {
  /** Where the processed files are. */
  readonly folder: string;
  /** Photos processed by this processor (sharp ran), and photos found in the cache. */
  processed = 0;
  fromCache = 0;
  private readonly cache: DiskCache<ProcessedPhoto>;
  private readonly hashes: DiskCache<string>;
  private readonly pending = new Map<string, Promise<ProcessedPhoto>>();

  /** A processor whose cache is in `dir` (default: Dateline's cache folder). */
  constructor(dir = cacheDir()) {
    this.folder = path.join(dir, "photos");
    const identity = codeIdentity(new URL(import.meta.url));
    // Kept in memory between builds in one process, as before: one entry per photo, few beside the articles.
    this.cache = new DiskCache<ProcessedPhoto>(path.join(dir, "photos.v8"), identity, true).load();
    this.hashes = new DiskCache<string>(path.join(dir, "photo-hashes.v8"), identity, true).load();
  }

  /** The processed variants of the photo `file` (already checked: a regular file of an accepted kind, no link on the way). */
  async process(file: string): Promise<ProcessedPhoto> {
    let bytes: Buffer | undefined;
    const { stat, read } = openPhoto(file);
    const statKey = `${file}\0${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}\0${stat.ino}`;
    let key = this.hashes.get(statKey);
    if (key === undefined) {
      bytes = read();
      key = createHash("sha256").update(bytes).digest("hex").slice(0, 20);
    }
    this.hashes.set(statKey, key);
    const cached = this.cache.get(key);
    if (cached && cached.variants.every((variant) => fs.existsSync(path.join(this.folder, variant.name)))) {
      this.fromCache++;
      return cached;
    }
    // The same photo used twice (two articles, body and lead) is processed once.
    let running = this.pending.get(key);
    if (!running) {
      running = this.transform(bytes ?? openPhoto(file).read(), key);
      this.pending.set(key, running);
    }
    try {
      const photo = await running;
      this.cache.set(key, photo);
      return photo;
    } finally {
      this.pending.delete(key);
    }
  }

  /** Writes what was processed or used, for the next build. */
  save(): void {
    this.cache.save();
    this.hashes.save();
  }

  private async transform(bytes: Buffer, key: string): Promise<ProcessedPhoto> {
    let hasAlpha: boolean;
    let width: number;
    let height: number;
    // sharp and eleventy-img are loaded with the first photo to process, not by every build that finds its photos in the cache.
    const [{ default: sharp }, { default: eleventyImage }] = await Promise.all([import("sharp"), import("@11ty/eleventy-img")]);
    try {
      const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
      if (!meta.width || !meta.height) throw new Error("the photo has no size");
      if (meta.width * meta.height * (meta.pages ?? 1) > MAX_PIXELS) {
        const frames = (meta.pages ?? 1) > 1 ? ` in each of ${meta.pages} frames` : "";
        throw new PhotoError("image-too-large", `the photo is ${meta.width} × ${meta.height} pixels${frames}, more than the ${MAX_PIXELS / 1_000_000} million Dateline accepts`);
      }
      // EXIF orientations 5–8 turn the photo a quarter: its upright size is the other way round.
      const turned = (meta.orientation ?? 1) >= 5;
      [width, height] = turned ? [meta.height, meta.width] : [meta.width, meta.height];
      hasAlpha = meta.hasAlpha === true;
    } catch (error) {
      throw photoError(error);
    }
    this.processed++;
    let stats: Awaited<ReturnType<typeof Image>>;
    try {
      stats = await eleventyImage(bytes, {
        widths: [...PHOTO_WIDTHS],
        formats: hasAlpha ? ["webp", "png"] : ["webp", "jpeg"],
        outputDir: this.folder,
        filenameFormat: (_id, _src, w, format) => `${key}-${w}.${format}`,
        // Dateline's own cache decides what is processed; eleventy-img's would read every photo again.
        useCache: false,
        fixOrientation: true,
        formatFiltering: false,
        sharpOptions: { limitInputPixels: MAX_PIXELS, failOn: "truncated" },
        sharpJpegOptions: { quality: 80, progressive: true, mozjpeg: true },
        sharpWebpOptions: { quality: 75 },
      });
    } catch (error) {
      throw photoError(error);
    }
    const variants: PhotoVariant[] = Object.values(stats)
      .flat()
      .map((stat) => ({ format: stat.format as PhotoVariant["format"], width: stat.width, height: Math.max(1, stat.height), name: stat.filename }))
      .sort((a, b) => a.format.localeCompare(b.format) || a.width - b.width);
    return { width, height, variants };
  }
}

/** A checked photo's file status, and its bytes when asked (its size was checked, but it may have grown since); never through a link. */
function openPhoto(file: string): { stat: fs.Stats; read: () => Buffer } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (stat.size > MAX_IMAGE_BYTES) throw new PhotoError("image-too-large", `the photo is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
    return { stat, read: () => readNoFollow(file) };
  } finally {
    fs.closeSync(fd);
  }
}

function readNoFollow(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** sharp's and eleventy-img's errors in an editor's words. */
function photoError(error: unknown): PhotoError {
  if (error instanceof PhotoError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new PhotoError("image-too-large", `the photo has more than ${MAX_PIXELS / 1_000_000} million pixels`);
  return new PhotoError("image-unreadable", `the photo could not be decoded (${message.split("\n")[0]})`);
}
