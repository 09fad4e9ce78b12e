/**
 * The checks of a `people.yaml` entry's outward fields, once its shape is
 * valid: the Wikidata id, each link, and the photo, which is found in the
 * content folder and checked as an article's photo is (same paths refused,
 * same file checks, same problem codes), its path written from the content
 * folder (`image: people/ilham-aliyev.jpg`). Each mistake is a problem on the
 * line of the field; the entry keeps its other fields.
 */
import path from "node:path";
import type { ImageFormat } from "../content/image-file.ts";
import { checkImageFile } from "../content/image-file.ts";
import { resolveImagePath, type LocalImage } from "../content/image-paths.ts";
import type { ProcessedPhoto } from "../content/article-images.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { defaultLinkLabel, linkMistake, wikidataMistake, type PersonLink } from "./person-fields.ts";

export type { PersonLink } from "./person-fields.ts";

/** A person's photo, found and checked; `processed` is set for a build that publishes it. */
export interface PersonPhoto extends LocalImage {
  format: ImageFormat;
  line?: number;
  processed?: ProcessedPhoto;
}

/** The fields as the schema let them through. */
export interface OutwardFields {
  wikidata?: string;
  links: (string | { label: string; url: string })[];
  image?: string;
}

/** Where the entry is: its file, the content folder, and the line of a field. */
export interface EntryPlace {
  file: string;
  contentDir: string;
  lineOf: (path: (string | number)[]) => number | undefined;
}

const IMAGE_HINT = "write the photo's path from the content folder, e.g. image: people/ilham-aliyev.jpg for content/people/ilham-aliyev.jpg";

/** The checked fields; each one that is wrong is left out, with a problem in `problems`. */
export function checkPersonFields(fields: OutwardFields, { file, contentDir, lineOf }: EntryPlace, problems: Problem[]): { wikidata?: string; links: PersonLink[]; image?: PersonPhoto } {
  const checked: { wikidata?: string; links: PersonLink[]; image?: PersonPhoto } = { links: [] };
  if (fields.wikidata !== undefined) {
    const value = fields.wikidata.trim();
    const mistake = wikidataMistake(value);
    if (mistake) problems.push(problem("person-wikidata-invalid", { file, line: lineOf(["wikidata"]), field: "wikidata", ...mistake }));
    else checked.wikidata = value;
  }
  fields.links.forEach((link, index) => {
    const url = (typeof link === "string" ? link : link.url).trim();
    const mistake = linkMistake(url);
    if (mistake) {
      const line = lineOf(["links", index, ...(typeof link === "string" ? [] : ["url"])]) ?? lineOf(["links"]);
      problems.push(problem("person-link-invalid", { file, line, field: `links.${index}`, ...mistake }));
      return;
    }
    checked.links.push({ label: typeof link === "string" ? defaultLinkLabel(url) : link.label, url });
  });
  if (fields.image !== undefined) {
    const line = lineOf(["image"]);
    // Resolved as if written by a file in the content folder itself: the path is read from there.
    const resolved = resolveImagePath(fields.image, path.join(contentDir, "people.yaml"), contentDir);
    const found = "image" in resolved ? checkImageFile(resolved.image.file, fields.image) : resolved;
    if ("refusal" in found) {
      const { code, message, hint } = found.refusal;
      const pathCode = code === "image-missing" || code === "image-path-invalid" || code === "image-outside-content";
      problems.push(problem(code, { file, line, field: "image", message, ...(pathCode ? { hint: IMAGE_HINT } : hint ? { hint } : {}) }, "data"));
    } else if ("image" in resolved) {
      checked.image = { ...resolved.image, format: found.format, ...(line !== undefined && { line }) };
    }
  }
  return checked;
}
