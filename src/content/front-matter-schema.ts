/**
 * The front matter an article may have, as one zod schema.
 *
 * This is the single place where an article's fields are defined and checked;
 * everything downstream receives `FrontMatter`, already typed and normalised.
 */
import { z } from "zod";
import { parseArticleDate, type ArticleDate } from "./dates.ts";
import { aliasMistake, slugMistake, type FieldMistake } from "./url-fields.ts";

/** Every field an article may set; anything else is reported as unknown. */
export const FRONT_MATTER_FIELDS = [
  "title",
  "date",
  "source",
  "people",
  "places",
  "url",
  "summary",
  "author",
  "lang",
  "updated",
  "draft",
  "corrections",
  "slug",
  "aliases",
  "image",
  "image_alt",
  "image_caption",
  "image_credit",
] as const;

/** What to tell an editor about each field when it is wrong. */
export const FIELD_HINTS: Record<(typeof FRONT_MATTER_FIELDS)[number], string> = {
  title: 'give the headline as plain text, e.g. title: "Azerbaijani delegation visits Damascus"',
  date: "write the publication date as YYYY-MM-DD (e.g. date: 2024-12-30) or an ISO 8601 date-time",
  source: "name the outlet, e.g. source: AzerNews",
  people: "list names, one per line under people:, each as '  - Name'",
  places: "list countries, cities or regions, one per line under places:, each as '  - Name'",
  url: "link the original article with a full http:// or https:// address",
  summary: "write the summary as plain text on one line, or as a YAML block (summary: >)",
  author: "give the author's name as plain text",
  lang: "use a language tag such as en, fr, ar or pt-BR",
  updated: "write the date of the last update as YYYY-MM-DD",
  draft: "write draft: true to keep the article unpublished, or remove the line",
  image: "give the lead photo's file name, relative to the article's folder, e.g. image: harbour.jpg",
  image_alt: "describe what the lead photo shows as plain text, e.g. image_alt: Fishing boats in Baku harbour at dawn",
  image_caption: "write the lead photo's caption as plain text on one line",
  image_credit: "name who took the lead photo as plain text, e.g. image_credit: Leyla Mammadova / AzerNews",
  corrections: "list each correction under corrections: as '  - date: YYYY-MM-DD' with '    text: what was corrected' on the next line",
  slug: "write the last part of the article's URL in lowercase ASCII letters, digits and hyphens, e.g. slug: assad-visits-baku",
  aliases: "list old paths of the article, one per line under aliases:, each as '  - /articles/2024/12/old-title/'",
};

const text = (what: string) =>
  z
    .union([z.string(), z.number()], { error: `must be ${what}, not a list or mapping` })
    .transform((value) => String(value).trim());

const requiredText = (what: string) =>
  text(what).refine((value) => value.length > 0, { message: `must not be empty` });

const nameList = (what: string) =>
  z
    .union(
      [
        z.string(),
        z.array(
          z.union([z.string(), z.number()], { error: `each entry must be a ${what} name as text` }).transform(String),
        ),
        z.null(),
      ],
      { error: `must be a list of ${what} names (or a single name), not a mapping` },
    )
    .transform((value) => (value === null ? [] : typeof value === "string" ? [value] : value))
    .transform((names) => names.map((name) => name.trim().replace(/\s+/g, " ")))
    .refine((names) => names.every((name) => name.length > 0), { message: `has an empty ${what} name` });

const dateField = z
  .string({ error: "must be a date written as YYYY-MM-DD" })
  .transform((value, ctx): ArticleDate => {
    const parsed = parseArticleDate(value);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  });

const httpUrl = z
  .string({ error: "must be a web address" })
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: "must be an http:// or https:// address" },
  );

/**
 * One correction: the day it was made and what it says, as plain text (never
 * Markdown; pages print it escaped). Line breaks of a folded or literal block
 * become spaces: a correction is shown as one sentence or two.
 */
const correction = z.object(
  {
    date: dateField,
    text: z
      .union([z.string(), z.number()], {
        error: (issue) => (issue.input === undefined ? "is missing: say what was corrected on a 'text:' line" : "must be plain text, not a list or mapping"),
      })
      .transform((value) => String(value).trim().replace(/\s+/g, " "))
      .refine((value) => value.length > 0, { message: "must not be empty" }),
  },
  { error: "each correction must be a 'date:' and a 'text:', written under '- '" },
);

/** Corrections as written, in the file's order (`corrections:` with nothing under it is none). */
const correctionList = z
  .array(correction, { error: "must be a list of corrections, each '- date: …' with 'text: …'" })
  .nullable()
  .transform((value) => value ?? []);

/** A check that reports a `FieldMistake`, its hint carried in the issue for the parser to show. */
const refuseMistake = (mistakeOf: (value: string) => FieldMistake | undefined) => (value: string, ctx: z.RefinementCtx) => {
  const mistake = mistakeOf(value);
  if (mistake) ctx.addIssue({ code: "custom", message: mistake.message, params: { hint: mistake.hint } });
};

/** `slug:` exactly as written: it must already be a slug (url-fields.ts). */
const slugField = z.union([z.string(), z.number()], { error: "must be a slug written as text, e.g. assad-visits-baku" }).transform(String).superRefine(refuseMistake(slugMistake));

/** `aliases:` a list of old site paths (or one path), each checked as written; one written twice is kept once. */
const aliasList = z
  .preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.string({ error: "each alias must be a path written as text, e.g. /articles/2024/12/old-title/" }).superRefine(refuseMistake(aliasMistake)), {
        error: "must be a list of old paths, each '  - /articles/2024/12/old-title/'",
      })
      .nullable(),
  )
  .transform((value) => [...new Set(value ?? [])]);

/** The article front-matter schema: required title, date and source; the rest optional. */
export const frontMatterSchema = z.object({
  title: requiredText("the headline as text"),
  date: dateField,
  source: requiredText("the outlet's name as text"),
  people: nameList("person").default([]),
  places: nameList("place").default([]),
  url: httpUrl.optional(),
  summary: text("text").optional(),
  author: text("a name as text").optional(),
  lang: z
    .string({ error: "must be a language tag such as en or pt-BR" })
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: "must be a language tag such as en or pt-BR" })
    .optional(),
  updated: dateField.optional(),
  draft: z.boolean({ error: "must be true or false" }).default(false),
  corrections: correctionList.default([]),
  slug: slugField.optional(),
  aliases: aliasList.default([]),
  // The lead photo: a path as in the body (checked against the content folder by image-paths.ts), and plain text about it.
  image: requiredText("a file name such as harbour.jpg").optional(),
  image_alt: text("plain text").optional(),
  image_caption: text("plain text").transform(oneLine).optional(),
  image_credit: text("plain text").transform(oneLine).optional(),
});

/** Line breaks of a folded or literal block become spaces: a caption or credit is printed as one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ");
}

/** One validated correction. */
export type CorrectionFrontMatter = z.output<typeof correction>;

/** Validated, normalised front matter. */
export type FrontMatter = z.output<typeof frontMatterSchema>;

/** One failed check: the field path and what is wrong. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  /** A hint made for this value (e.g. the slug to write), better than the field's usual one. */
  hint?: string;
}

/** Validates raw front matter; returns the typed value or every issue found. */
export function validateFrontMatter(raw: unknown): { value: FrontMatter } | { issues: FieldIssue[] } {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { issues: [{ path: [], message: "front matter must be a set of 'field: value' lines" }] };
  }
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) return { value: result.data };
  return {
    issues: result.error.issues.map((issue) => ({
      path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
      message: describeIssue(issue, raw as Record<string, unknown>),
      ...(issue.code === "custom" && typeof issue.params?.hint === "string" && { hint: issue.params.hint }),
    })),
  };
}

function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = issue.path[0];
  if (typeof field === "string" && issue.path.length === 1 && raw[field] === undefined) {
    return "is required";
  }
  return issue.message;
}
