/**
 * One article file → front matter and body, or the problems that stop it.
 *
 * gray-matter splits the file; the front matter is parsed by `yaml` so that each
 * field keeps its line. Since gray-matter hands the engine everything after the
 * opening `---` (including that line's end), line N of the parsed text is line N
 * of the file.
 *
 * Front matter is YAML and nothing else. gray-matter picks an engine from the
 * word after the opening `---` (`---js`, `--- JavaScript`, `---coffee`) and its
 * built-in JavaScript engine runs the block with `eval`; content is untrusted
 * data (DESIGN.md), so the fence is checked here before gray-matter sees the
 * text, and every engine but ours is replaced by one that refuses, in case a
 * fence ever slips past the check.
 */
import matter from "gray-matter";
import { cleanText, escapedCharacterProblems } from "./content-text.ts";
import { FIELD_HINTS, FRONT_MATTER_FIELDS, validateFrontMatter, type FrontMatter } from "./front-matter-schema.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { adviseYamlError } from "../yaml/yaml-error-advice.ts";
import { parseYamlSource, YAML_TAG, type YamlSource, type YamlSyntaxError } from "../yaml/yaml-source.ts";

/** An article file split and validated: the front matter is typed, the body still Markdown. */
export interface ParsedArticle {
  file: string;
  frontMatter: FrontMatter;
  body: string;
  /** Where each person and place is written in the file, so warnings about a name can point at its line. */
  nameLines?: NameLines;
  /** The line of `image:` (the lead photo), for problems about its file. */
  imageLine?: number;
  /** Where the fields that make the article's URLs are written, so a clash or a misplaced file can point at its line. */
  urlLines?: UrlLines;
}

/** The 1-based lines of `date:`, `slug:` and each entry of `aliases:` (in the validated list's order). */
export interface UrlLines {
  date?: number;
  slug?: number;
  aliases: (number | undefined)[];
}

/** The 1-based line of each name under `people:` and `places:`, by name as normalised (first occurrence wins). */
export interface NameLines {
  people: Map<string, number>;
  places: Map<string, number>;
}

/** The first line of a front matter fence and what follows `---` on it, e.g. `js`; undefined when the text does not open a block. */
export function frontMatterLanguage(text: string): string | undefined {
  const first = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!;
  // gray-matter: `---` opens a block unless a fourth `-` follows; the rest of the line names the language.
  if (!first.startsWith("---") || first.charAt(3) === "-") return undefined;
  return first.slice(3).trim();
}

/** An engine for every language gray-matter knows but YAML: each refuses, so no fence can reach `eval` (pages use them too: src/content/parse-page.ts). */
export const REFUSING_ENGINES = Object.fromEntries(
  ["javascript", "js", "coffee", "coffeescript", "cson", "json", "toml"].map((name) => [
    name,
    () => {
      throw new Error(`front matter must be YAML, not ${name}`);
    },
  ]),
);

/** Parses one article's text; the result holds every problem found, errors and warnings. */
export function parseArticle(file: string, written: string): { article?: ParsedArticle; problems: Problem[] } {
  // Control characters and noncharacters are warned about and never reach a page.
  const { text, problems } = cleanText(file, written);
  const language = frontMatterLanguage(text);
  if (language !== undefined && language !== "" && !/^(yaml|yml)$/i.test(language)) {
    const fence = `---${/^\uFEFF?---([^\r\n]*)/.exec(text)![1]!}`;
    problems.push(
      problem("front-matter-not-yaml", {
        file,
        line: 1,
        column: 4,
        message: `front matter must be YAML; this file's opens with \`${fence.trimEnd()}\`, which Dateline never runs`,
      }),
    );
    return { problems };
  }
  let source: YamlSource | undefined;
  let syntaxErrors: YamlSyntaxError[] = [];
  let yamlText = "";
  let body: string;
  let hasFrontMatter: boolean;
  try {
    const parsed = matter(text, {
      language: "yaml",
      engines: {
        ...REFUSING_ENGINES,
        yaml: (block: string) => {
          // gray-matter closes the block at "\n---", so with CRLF the last line keeps its "\r", which YAML would keep in the value.
          const yaml = block.replace(/\r$/, "");
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
    problems.push(
      problem("unreadable-front-matter", {
        file,
        line: 1,
        message: `front matter cannot be read: ${(error as Error).message.split("\n")[0]}`,
      }),
    );
    return { problems };
  }

  if (syntaxErrors.length > 0) {
    // One mistake often trips several parser errors on one line: report each line once.
    const reported = new Set<number | undefined>();
    for (const error of syntaxErrors) {
      const advice = adviseYamlError(error, yamlText);
      if (reported.has(advice.line)) continue;
      reported.add(advice.line);
      const tagged = error.code === YAML_TAG;
      problems.push(
        problem(tagged ? "yaml-tag" : "yaml-syntax", {
          file,
          line: advice.line,
          // The parser's column holds only where the advice kept its line.
          ...(advice.line === error.line && error.column !== undefined && { column: error.column }),
          message: tagged ? advice.message : `front matter is not valid YAML: ${advice.message}`,
          hint: advice.hint,
        }),
      );
    }
    return { problems };
  }

  if (!hasFrontMatter || !source) {
    problems.push(problem("missing-front-matter", { file, line: 1, message: "the file has no front matter" }));
    return { problems };
  }

  problems.push(...escapedCharacterProblems(file, source.escaped));
  const raw = source.data;
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (!(FRONT_MATTER_FIELDS as readonly string[]).includes(key)) {
        const at = source.positionOf([key]);
        problems.push(
          problem(
            "unknown-field",
            {
              file,
              line: at?.line,
              ...(at && { column: at.column }),
              field: key,
              message: "is not a field Dateline knows; it is ignored",
              hint: suggestField(key),
            },
            "article",
          ),
        );
      }
    }
  }

  const validated = validateFrontMatter(raw);
  if ("issues" in validated) {
    for (const issue of validated.issues) {
      const field = issue.path.length > 0 ? issue.path.join(".") : undefined;
      const top = issue.path[0];
      const at = source.positionOf(issue.path, { value: true });
      problems.push(
        problem(issue.message === "is required" ? "missing-field" : "invalid-field", {
          file,
          line: at?.line ?? 1,
          // A missing field has no place of its own; its parent's column would mislead.
          ...(at && issue.message !== "is required" && { column: at.column }),
          field,
          message: issue.message,
          hint: issue.hint ?? (typeof top === "string" && top in FIELD_HINTS ? FIELD_HINTS[top as keyof typeof FIELD_HINTS] : undefined),
        }),
      );
    }
    return { problems };
  }
  const nameLines: NameLines = {
    people: linesOfNames(source, "people", validated.value.people),
    places: linesOfNames(source, "places", validated.value.places),
  };
  const urlLines: UrlLines = {
    date: source.lineOf(["date"]),
    slug: validated.value.slug === undefined ? undefined : source.lineOf(["slug"]),
    aliases: validated.value.aliases.map((alias) => aliasLine(source!, alias)),
  };
  const imageLine = validated.value.image === undefined ? undefined : source.lineOf(["image"]);
  return { article: { file, frontMatter: validated.value, body, nameLines, urlLines, ...(imageLine !== undefined && { imageLine }) }, problems };
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

/** The line of an alias: its entry in the list, or the field's own line for a single path written on it. */
function aliasLine(source: YamlSource, alias: string): number | undefined {
  const raw = (source.data as Record<string, unknown>).aliases;
  if (!Array.isArray(raw)) return source.lineOf(["aliases"]);
  const index = raw.indexOf(alias);
  return index < 0 ? source.lineOf(["aliases"]) : source.lineOf(["aliases", index]);
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
