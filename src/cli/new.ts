/**
 * `npm run new`: scaffold one article from flags, asking for what is missing
 * when a terminal is attached. Prints the new file's path on stdout; notes
 * about names (aliases replaced, "did you mean") go to stderr.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import { buildArchive } from "../archive/build-archive.ts";
import { loadContent } from "../content/load-content.ts";
import { foldKey } from "../entities/resolver.ts";
import {
  askForMissing,
  fieldProblem,
  localToday,
  missingFields,
  NEW_USAGE,
  NewUsageError,
  parseNewArgs,
  splitNames,
  type NewField,
} from "../editor/new-article-input.ts";
import { InvalidFieldsError, scaffoldArticle } from "../editor/scaffold-article.ts";
import { NameSuggester, type NameMatch } from "../editor/suggest-names.ts";
import { displayPath } from "../util/paths.ts";
import { parseArgs } from "node:util";
import { PageScaffoldError, scaffoldPage } from "../editor/scaffold-page.ts";

/** `npm run new -- --page <name> [--title="…"] [--input=<folder>]`: scaffolds a page of the site's own instead of an article. */
function newPage(argv: string[]): number {
  let values: { page?: string; title?: string; input?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { page: { type: "string" }, title: { type: "string" }, input: { type: "string" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`dateline new: ${(error as Error).message}\n\n${NEW_PAGE_USAGE}`);
    return 2;
  }
  const contentDir = path.resolve(values.input ?? "content");
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    console.error(`dateline new: there is no content folder at ${contentDir}\n    hint: pass --input=<the folder holding articles/ and _data/>`);
    return 1;
  }
  try {
    console.log(displayPath(scaffoldPage(contentDir, values.page ?? "", values.title)));
    return 0;
  } catch (error) {
    if (!(error instanceof PageScaffoldError)) throw error;
    console.error(`dateline new: ${error.message}\n    hint: ${error.hint}`);
    return 1;
  }
}

const NEW_PAGE_USAGE = `usage: npm run new -- --page <name> [--title="…"] [--input=<content folder>]

Writes <content folder>/pages/<name>.md (e.g. --page about → pages/about.md, shown at /about/)
and prints its path; never overwrites a page.`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.some((arg) => arg === "--page" || arg.startsWith("--page="))) return newPage(argv);
  let args;
  try {
    args = parseNewArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof NewUsageError)) throw error;
    console.error(`dateline new: ${error.message}\n\n${NEW_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(NEW_USAGE);
    return 0;
  }
  const contentDir = path.resolve(args.input);
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    console.error(`dateline new: there is no content folder at ${contentDir}\n    hint: pass --input=<the folder holding articles/ and _data/>`);
    return 1;
  }

  let given = args.given;
  const missing = missingFields(given);
  if (missing.length > 0) {
    if (!process.stdin.isTTY) {
      console.error(
        `dateline new: missing ${missing.map((f) => `--${f}`).join(", ")}\n` +
          `    hint: give ${missing.length === 1 ? "it" : "them"} as flags, e.g. --${missing[0]}="…" (--people= or --places= empty for none), or run the command in a terminal to be asked`,
      );
      return 1;
    }
    given = await askInTerminal(given);
  }
  given.date ??= localToday();

  const problems = (Object.keys(given) as NewField[]).flatMap((field) => {
    const problem = fieldProblem(field, given[field]!);
    return problem ? [`dateline new: --${field}: ${problem.message}\n    hint: ${problem.hint}`] : [];
  });
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    return 1;
  }

  const content = await loadContent(contentDir, { render: false });
  const suggester = new NameSuggester(content.registry, buildArchive({ ...content, schedule: { now: Date.now(), future: true } }).people);
  const people = matchNames("people", splitNames(given.people!), (name) => suggester.person(name));
  const places = matchNames("places", splitNames(given.places!), (name) => suggester.place(name));

  let file: string;
  try {
    file = scaffoldArticle(contentDir, {
      title: given.title!,
      date: given.date,
      source: given.source!,
      people,
      places,
      url: given.url,
      summary: given.summary,
    });
  } catch (error) {
    if (!(error instanceof InvalidFieldsError)) throw error;
    for (const field of error.fields) console.error(`dateline new: ${field.field}: ${field.message}${field.hint ? `\n    hint: ${field.hint}` : ""}`);
    return 1;
  }
  console.log(displayPath(file));
  return 0;
}

/** Matches each name, prints what happened to it, and returns the names to write, without repeats. */
function matchNames(field: "people" | "places", names: string[], match: (name: string) => NameMatch): string[] {
  const written = new Map<string, string>();
  for (const name of names) {
    const result = match(name);
    if (result.replaced) console.error(`${field}: wrote "${result.name}" for "${result.written}" (${result.replaced})`);
    if (!result.known) console.error(`${field}: ${unknownNote(field, result)}`);
    const key = foldKey(result.name);
    if (!written.has(key)) written.set(key, result.name);
  }
  return [...written.values()];
}

function unknownNote(field: "people" | "places", result: NameMatch): string {
  const guess = result.didYouMean.length > 0 ? `; did you mean ${result.didYouMean.map((n) => `"${n}"`).join(" or ")}? It is kept as typed: fix the file if it is a typo` : "";
  return field === "people"
    ? `"${result.name}" is new to the archive${guess || ": they get a page of their own"}`
    : `"${result.name}" is not a country, a capital or a place in places.yaml${guess || ", so it has no country page until it is added to _data/places.yaml with its country"}`;
}

/** Asks for the missing fields on the terminal; questions go to stderr so stdout holds only the path. */
async function askInTerminal(given: Partial<Record<NewField, string>>): Promise<Partial<Record<NewField, string>>> {
  const terminal = readline.createInterface({ input: process.stdin, output: process.stderr });
  const closed = new Promise<never>((_, reject) => terminal.once("close", () => reject(new NewUsageError("input closed before every field was given"))));
  closed.catch(() => undefined);
  try {
    return await askForMissing(given, (question) => Promise.race([terminal.question(question), closed]), (line) => console.error(line));
  } finally {
    terminal.close();
  }
}


main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof NewUsageError) console.error(`dateline new: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  },
);
