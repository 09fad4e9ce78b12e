/**
 * What an image file holds, from its first bytes: JPEG, PNG, GIF, WebP or
 * AVIF, or something else under an image's name (an HTML page or an SVG saved
 * as `.jpg`, which a browser might run). The size is checked before anything
 * is decoded, so a huge file is refused by its length alone; its pixels are
 * checked when it is processed (src/images, sharp's `limitInputPixels`).
 */
import fs from "node:fs";
import type { ImageRefusal } from "./image-paths.ts";

/** The image formats Dateline accepts. */
export type ImageFormat = "jpeg" | "png" | "gif" | "webp" | "avif";

/** The largest image file accepted, in bytes: far above any photo a page should carry, far below what would exhaust memory. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

/** The format a file's first bytes say it is, "text" for markup (SVG, HTML), undefined for anything else. */
export function sniffImageFormat(head: Uint8Array): ImageFormat | "text" | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...head.subarray(start, end));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp" && /^avi[fs]$/.test(ascii(8, 12))) return "avif";
  if (ascii(4, 8) === "ftyp" && /avi[fs]/.test(ascii(16, Math.min(head.length, 40)))) return "avif";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head).replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) return "text";
  return undefined;
}

/** Checks an image file's size and kind without following a link; undefined when it is a usable image. */
export function checkImageFile(file: string, written: string): { format: ImageFormat } | { refusal: ImageRefusal } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return { refusal: { code: "image-missing", message: `the image ${JSON.stringify(written)} cannot be read` } };
  }
  try {
    const { size } = fs.fstatSync(fd);
    if (size > MAX_IMAGE_BYTES) {
      return { refusal: { code: "image-too-large", message: `the image ${JSON.stringify(written)} is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_IMAGE_BYTES / 1024 / 1024} MB Dateline accepts` } };
    }
    if (size === 0) {
      return { refusal: { code: "image-not-an-image", message: `the image ${JSON.stringify(written)} is an empty file (0 bytes)` } };
    }
    const head = Buffer.alloc(64);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    const format = sniffImageFormat(head.subarray(0, read));
    if (format === undefined || format === "text") {
      const what = format === "text" ? "text (HTML or SVG markup)" : "not a JPEG, PNG, GIF, WebP or AVIF image";
      return { refusal: { code: "image-not-an-image", message: `the image ${JSON.stringify(written)} is named as an image but holds ${what}` } };
    }
    return { format };
  } finally {
    fs.closeSync(fd);
  }
}
