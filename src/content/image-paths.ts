/**
 * Where an image path written in an article (`![…](photo.jpg)`, `image:`)
 * leads: a file in the content folder, relative to the folder of the article's
 * Markdown file, or the reason it may not be used.
 *
 * The path is untrusted: it may try to leave the content folder (`../`, the
 * same spelt `%2e%2e`, an absolute path, a backslash), pass through a
 * symbolic link, or be a remote address. Each gets a problem of its own
 * rather than a read outside the folder. Nothing here reads a file's bytes:
 * image-file.ts checks what the file holds.
 */
import fs from "node:fs";
import path from "node:path";
import type { ProblemCode } from "../problems/codes.ts";
import { isWithin } from "../util/paths.ts";
import { IMAGE_EXTENSIONS } from "./content-inventory.ts";

/** An image file in the content folder. */
export interface LocalImage {
  /** Absolute path. */
  file: string;
  /** Path relative to the content folder, with forward slashes. */
  relPath: string;
}

/** Why a written image path cannot be used: a problem without its place (the caller knows the file and line). */
export interface ImageRefusal {
  code: ProblemCode;
  message: string;
  hint?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves `written` against the folder of `articleFile`, inside `contentDir`; links are never followed. */
export function resolveImagePath(written: string, articleFile: string, contentDir: string): { image: LocalImage } | { refusal: ImageRefusal } {
  const refuse = (code: ProblemCode, message: string, hint?: string) => ({ refusal: { code, message, ...(hint ? { hint } : {}) } });
  const trimmed = written.trim();
  if (trimmed === "") return refuse("image-path-invalid", "an image has no path");
  if (trimmed.startsWith("//") || /^https?:/i.test(trimmed)) {
    return refuse("image-remote", `the image ${quote(trimmed)} is on another site`);
  }
  if (SCHEME.test(trimmed)) {
    return refuse("image-remote", `the image ${quote(trimmed)} is a ${trimmed.slice(0, trimmed.indexOf(":") + 1)} address, not a file beside the article`);
  }
  if (trimmed.includes("\\")) {
    return refuse("image-path-invalid", `the image path ${quote(trimmed)} has a backslash`, "write paths with forward slashes, e.g. photos/harbour.jpg");
  }
  if (/[?#]/.test(trimmed)) {
    return refuse("image-path-invalid", `the image path ${quote(trimmed)} has a query or a fragment (? or #)`, "give the file's path alone, e.g. harbour.jpg");
  }
  let decoded: string;
  try {
    // Markdown keeps %-escapes as written: `my%20photo.jpg` names "my photo.jpg".
    decoded = decodeURIComponent(trimmed);
  } catch {
    return refuse("image-path-invalid", `the image path ${quote(trimmed)} has a broken %-escape`);
  }
  if (decoded.includes("\\") || decoded.includes("\0")) {
    return refuse("image-path-invalid", `the image path ${quote(trimmed)} hides a backslash or a NUL in a %-escape`, "write the file's path plainly, e.g. harbour.jpg");
  }
  if (decoded.startsWith("/")) {
    return refuse("image-path-invalid", `the image path ${quote(trimmed)} starts with /`, "write the path relative to the article's folder, e.g. harbour.jpg for a photo beside the article");
  }
  const root = path.resolve(contentDir);
  const file = path.resolve(path.dirname(articleFile), decoded);
  if (!isWithin(file, root) || file === root) {
    return refuse("image-outside-content", `the image path ${quote(trimmed)} leads out of the content folder`);
  }
  const extension = path.extname(file).slice(1).toLowerCase();
  if (extension === "svg" || extension === "svgz") return refuse("image-svg", `the image ${quote(trimmed)} is an SVG`);
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return refuse("image-unsupported", `the image ${quote(trimmed)} is not a JPEG, PNG, WebP, AVIF or GIF file (by its name)`);
  }
  // Each folder on the way and the file itself, never through a link (lstat): a link could point anywhere.
  const parts = path.relative(root, file).split(path.sep);
  let at = root;
  for (const [index, part] of parts.entries()) {
    at = path.join(at, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(at);
    } catch {
      return refuse("image-missing", `the image ${quote(trimmed)} is not there (looked for ${path.relative(root, file).split(path.sep).join("/")})`);
    }
    if (stat.isSymbolicLink()) {
      return refuse("image-symlink", `the image path ${quote(trimmed)} passes through a symbolic link (${path.relative(root, at).split(path.sep).join("/")})`);
    }
    const last = index === parts.length - 1;
    if (last ? !stat.isFile() : !stat.isDirectory()) {
      return refuse("image-missing", `the image ${quote(trimmed)} is not a file`);
    }
  }
  return { image: { file, relPath: path.relative(root, file).split(path.sep).join("/") } };
}

function quote(value: string): string {
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
}
