/**
 * Writing a new article file: complete front matter that the build accepts,
 * a body placeholder, and a path of its own under `articles/YYYY/MM/`.
 *
 * The values are checked with the build's own schema and the finished text is
 * parsed back exactly as the build will parse it, so `npm run new` cannot write
 * an article that `npm run check` refuses. The front matter is serialised with
 * `yaml`, which quotes whatever needs quoting (colons, leading digits, quotes).
 */
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { FIELD_HINTS, validateFrontMatter, type FrontMatter } from "../content/front-matter-schema.ts";
import { parseArticle } from "../content/parse-article.ts";
import { slugifyName } from "../entities/slug.ts";

/** What an editor gives for a new article; people and places already matched. */
export interface NewArticleFields {
  title: string;
  /** `YYYY-MM-DD` or an ISO 8601 date-time, as the front matter takes it. */
  date: string;
  source: string;
  people: string[];
  places: string[];
  url?: string;
  summary?: string;
}

/** One field the schema refused, with what to do. */
export interface FieldError {
  field: string;
  message: string;
  hint?: string;
}

/** Thrown when the values cannot make a valid article; carries every refused field. */
export class InvalidFieldsError extends Error {
  override name = "InvalidFieldsError";

  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join("; "));
  }
}

/** The placeholder body: plain text that shows in the preview, so a forgotten body is obvious. */
export const BODY_PLACEHOLDER =
  "Write the article here, in Markdown. The first paragraph is shown under the headline in article lists.";

/** Validates the fields with the build's schema; returns the normalised front matter or throws InvalidFieldsError. */
export function validateFields(fields: NewArticleFields): FrontMatter {
  const result = validateFrontMatter(frontMatterObject(fields));
  if ("value" in result) return result.value;
  throw new InvalidFieldsError(
    result.issues.map((issue) => {
      const top = String(issue.path[0] ?? "");
      return {
        field: issue.path.join(".") || "front matter",
        message: issue.message,
        hint: top in FIELD_HINTS ? FIELD_HINTS[top as keyof typeof FIELD_HINTS] : undefined,
      };
    }),
  );
}

/** The whole text of the article file: front matter between `---` lines, then the body placeholder. */
export function articleFileText(fields: NewArticleFields): string {
  return `---\n${stringify(frontMatterObject(fields), { lineWidth: 0 })}---\n${BODY_PLACEHOLDER}\n`;
}

/** The file name's stem for a title: the same slug rules as every URL of the site. */
export function articleSlug(title: string): string {
  return slugifyName(title);
}

/** Writes a new article into `contentDir`, never over an existing file; returns the path written. */
export function scaffoldArticle(contentDir: string, fields: NewArticleFields): string {
  const frontMatter = validateFields(fields);
  const text = articleFileText(fields);
  const folder = path.join(
    contentDir,
    "articles",
    String(frontMatter.date.year),
    String(frontMatter.date.month).padStart(2, "0"),
  );
  // Belt and braces: parse the finished file as the build will.
  const check = parseArticle(path.join(folder, "new.md"), text);
  const errors = check.problems.filter((p) => p.severity === "error");
  if (!check.article || errors.length > 0) {
    throw new InvalidFieldsError(errors.map((p) => ({ field: p.field ?? "front matter", message: p.message, hint: p.hint })));
  }
  fs.mkdirSync(folder, { recursive: true });
  const slug = articleSlug(frontMatter.title);
  for (let n = 1; ; n++) {
    const file = path.join(folder, `${n === 1 ? slug : `${slug}-${n}`}.md`);
    try {
      // "wx" fails when the file exists, even if it appeared a moment ago: nothing is ever overwritten.
      fs.writeFileSync(file, text, { flag: "wx" });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** The front matter as written to the file, in the order of docs/editors.md's front matter reference, optional fields only when given. */
function frontMatterObject(fields: NewArticleFields): Record<string, unknown> {
  const object: Record<string, unknown> = {
    title: oneLine(fields.title),
    date: fields.date.trim(),
    source: oneLine(fields.source),
    people: fields.people,
    places: fields.places,
  };
  if (fields.url?.trim()) object.url = fields.url.trim();
  if (fields.summary?.trim()) object.summary = oneLine(fields.summary);
  return object;
}

function oneLine(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}
