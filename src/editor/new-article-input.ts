/**
 * The input of `npm run new`: flags, today's date, and questions for what the
 * flags leave out. Values are checked field by field with the build's schema,
 * so a mistake is caught while the editor is still typing.
 */
import { parseArgs } from "node:util";
import { format } from "date-fns/format";
import { FIELD_HINTS, frontMatterSchema } from "../content/front-matter-schema.ts";

/** The fields `new` takes from flags. */
export type NewField = "title" | "date" | "source" | "people" | "places" | "url" | "summary";

/** Fields that must be given, by flag or by answer; `--people=` (empty) says "none". */
export const REQUIRED_FLAGS = ["title", "source", "people", "places"] as const;

/** What to ask for each required field. */
const QUESTIONS: Record<(typeof REQUIRED_FLAGS)[number], string> = {
  title: "Headline",
  source: "Source (the outlet, e.g. AzerNews)",
  people: "People mentioned, separated by commas (Enter for none)",
  places: "Countries, cities or regions, separated by commas (Enter for none)",
};

/** Parsed flags of `npm run new`. */
export interface NewArticleArgs {
  /** The content folder (default `content`). */
  input: string;
  /** Field values as given on the command line, unparsed. */
  given: Partial<Record<NewField, string>>;
  help: boolean;
}

/** How to call `npm run new`. */
export const NEW_USAGE = `usage: npm run new -- --title="…" --source="…" --people="A, B" --places="X, Y"
                      [--date=YYYY-MM-DD] [--url=https://…] [--summary="…"] [--input=<content folder>]

Writes <content folder>/articles/YYYY/MM/<slug>.md with complete front matter and
prints its path. The date defaults to today. Give --people= or --places= empty for none.
Whatever is left out is asked for when a terminal is attached.
A page of the site's own instead: npm run new -- --page about (writes pages/about.md).`;

/** A mistake in how `new` was called. */
export class NewUsageError extends Error {
  override name = "NewUsageError";
}

/** Parses the flags; throws NewUsageError on an unknown flag or a stray argument. */
export function parseNewArgs(argv: string[]): NewArticleArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        title: { type: "string" },
        date: { type: "string" },
        source: { type: "string" },
        people: { type: "string" },
        places: { type: "string" },
        url: { type: "string" },
        summary: { type: "string" },
        input: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new NewUsageError((error as Error).message);
  }
  const given: Partial<Record<NewField, string>> = {};
  for (const field of ["title", "date", "source", "people", "places", "url", "summary"] as const) {
    const value = values[field];
    if (typeof value === "string") given[field] = value;
  }
  return { input: typeof values.input === "string" ? values.input : "content", given, help: values.help === true };
}

/** Today's date on the local calendar (the editor's day, not UTC's), as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  return format(now, "yyyy-MM-dd");
}

/** Splits "A, B" into names; empty entries are dropped, so an empty value means none. */
export function splitNames(value: string): string[] {
  return value
    .split(",")
    .map((name) => name.trim().replace(/\s+/g, " "))
    .filter((name) => name.length > 0);
}

/** Required fields the flags did not give. */
export function missingFields(given: Partial<Record<NewField, string>>): (typeof REQUIRED_FLAGS)[number][] {
  return REQUIRED_FLAGS.filter((field) => given[field] === undefined);
}

/** Checks one field's value with the build's schema; returns what is wrong and what to do, or undefined. */
export function fieldProblem(field: NewField, value: string): { message: string; hint: string } | undefined {
  const parsed = field === "people" || field === "places" ? splitNames(value) : value;
  const result = frontMatterSchema.shape[field].safeParse(parsed);
  if (result.success) return undefined;
  return { message: result.error.issues[0]?.message ?? "is not valid", hint: FIELD_HINTS[field] };
}

/** Asks for each missing field until the answer is valid; `ask` shows a question and resolves to the answer. */
export async function askForMissing(
  given: Partial<Record<NewField, string>>,
  ask: (question: string) => Promise<string>,
  tell: (line: string) => void,
): Promise<Partial<Record<NewField, string>>> {
  const answers = { ...given };
  for (const field of missingFields(given)) {
    for (;;) {
      const answer = (await ask(`${QUESTIONS[field]}: `)).trim();
      const problem = fieldProblem(field, answer);
      if (!problem) {
        answers[field] = answer;
        break;
      }
      tell(`  ${field} ${problem.message}; ${problem.hint}`);
    }
  }
  return answers;
}
