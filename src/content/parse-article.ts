/**
 * One article file → front matter and body, or the problems that stop it.
 *
 * gray-matter splits the file; the front matter is parsed by `yaml` so that each
 * field keeps its line. Since gray-matter hands the engine everything after the
 * opening `---` (including that line's end), line N of the parsed text is line N
 * of the file.
 */
import matter from "gray-matter";
import { FIELD_HINTS, FRONT_MATTER_FIELDS, validateFrontMatter, type FrontMatter } from "./front-matter-schema.ts";
import type { Problem } from "./problems.ts";
import { adviseYamlError } from "./yaml-error-advice.ts";
import { parseYamlSource, type YamlSource, type YamlSyntaxError } from "./yaml-source.ts";

/** An article file split and validated: the front matter is typed, the body still Markdown. */
export interface ParsedArticle {
  file: string;
  frontMatter: FrontMatter;
  body: string;
  /** Where each person and place is written in the file, so warnings about a name can point at its line. */
  nameLines?: NameLines;
}

/** The 1-based line of each name under `people:` and `places:`, by name as normalised (first occurrence wins). */
export interface NameLines {
  people: Map<string, number>;
  places: Map<string, number>;
}

/** Parses one article's text; the result holds every problem found, errors and warnings. */
export function parseArticle(file: string, text: string): { article?: ParsedArticle; problems: Problem[] } {
  const problems: Problem[] = [];
  let source: YamlSource | undefined;
  let syntaxErrors: YamlSyntaxError[] = [];
  let yamlText = "";
  let body: string;
  let hasFrontMatter: boolean;
  try {
    const parsed = matter(text, {
      engines: {
        yaml: (yaml: string) => {
          yamlText = yaml;
          const result = parseYamlSource(yaml);
          if ("errors" in result) {
            syntaxErrors = result.errors;
            return {};
          }
          source = result;
          return (result.data ?? {}) as object;
        },
      },
    });
    body = parsed.content;
    hasFrontMatter = parsed.matter !== undefined && parsed.matter !== "";
  } catch (error) {
    problems.push({
      code: "unreadable-front-matter",
      severity: "error",
      file,
      line: 1,
      message: `front matter cannot be read: ${(error as Error).message.split("\n")[0]}`,
      hint: "start the file with a block of 'field: value' lines between two --- lines",
    });
    return { problems };
  }

  if (syntaxErrors.length > 0) {
    // One mistake often trips several parser errors on one line: report each line once.
    const reported = new Set<number | undefined>();
    for (const error of syntaxErrors) {
      const advice = adviseYamlError(error, yamlText);
      if (reported.has(advice.line)) continue;
      reported.add(advice.line);
      problems.push({
        code: "yaml-syntax",
        severity: "error",
        file,
        line: advice.line,
        message: `front matter is not valid YAML: ${advice.message}`,
        hint: advice.hint,
      });
    }
    return { problems };
  }

  if (!hasFrontMatter || !source) {
    problems.push({
      code: "missing-front-matter",
      severity: "error",
      file,
      line: 1,
      message: "the file has no front matter",
      hint: "start the file with ---, then title:, date: and source: lines, then --- again",
    });
    return { problems };
  }

  const raw = source.data;
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (!(FRONT_MATTER_FIELDS as readonly string[]).includes(key)) {
        problems.push({
          code: "unknown-field",
          severity: "warning",
          file,
          line: source.lineOf([key]),
          field: key,
          message: "is not a field Dateline knows; it is ignored",
          hint: suggestField(key),
        });
      }
    }
  }

  const validated = validateFrontMatter(raw);
  if ("issues" in validated) {
    for (const issue of validated.issues) {
      const field = issue.path.length > 0 ? issue.path.join(".") : undefined;
      const top = issue.path[0];
      problems.push({
        code: issue.message === "is required" ? "missing-field" : "invalid-field",
        severity: "error",
        file,
        line: source.lineOf(issue.path) ?? 1,
        field,
        message: issue.message,
        hint: typeof top === "string" && top in FIELD_HINTS ? FIELD_HINTS[top as keyof typeof FIELD_HINTS] : undefined,
      });
    }
    return { problems };
  }
  const nameLines: NameLines = {
    people: linesOfNames(source, "people", validated.value.people),
    places: linesOfNames(source, "places", validated.value.places),
  };
  return { article: { file, frontMatter: validated.value, body, nameLines }, problems };
}

/** Lines of a name list's entries; a single name written as `people: Name` gets the field's own line. */
function linesOfNames(source: YamlSource, field: "people" | "places", names: string[]): Map<string, number> {
  const lines = new Map<string, number>();
  names.forEach((name, index) => {
    const line = source.lineOf([field, index]);
    if (line !== undefined && !lines.has(name)) lines.set(name, line);
  });
  return lines;
}

function suggestField(key: string): string {
  const lower = key.toLowerCase();
  const near = FRONT_MATTER_FIELDS.find((field) => field === lower || editDistance(field, lower) <= 2);
  return near ? `did you mean '${near}'?` : `known fields: ${FRONT_MATTER_FIELDS.join(", ")}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
