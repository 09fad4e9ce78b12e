/**
 * One page file (`pages/**\/*.md` in the content folder) → front matter and
 * body, or the problems that stop it. A page is read as an article is (YAML
 * front matter only, never run; every field checked, with its line), with a
 * smaller, strict set of fields: an unknown one is an error here, since a page
 * has no optional extras to ignore.
 */
import matter from "gray-matter";
import { z } from "zod";
import { cleanText } from "./content-text.ts";
import { frontMatterLanguage, REFUSING_ENGINES } from "./parse-article.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { parseYamlSource, type YamlSource } from "../yaml/yaml-source.ts";

/** Every field a page may set. */
export const PAGE_FIELDS = ["title", "description", "draft", "lang"] as const;

const pageSchema = z
  .object({
    title: z.string({ error: "must be plain text" }).trim().min(1, { message: "must not be empty" }),
    description: z.string({ error: "must be plain text" }).trim().max(300).optional(),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    lang: z
      .string({ error: "must be a language tag such as en or pt-BR" })
      .trim()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: "must be a language tag such as en or pt-BR" })
      .optional(),
  })
  .strict();

/** A page's front matter, validated. */
export type PageFrontMatter = z.output<typeof pageSchema>;

/** A page file split and validated: the front matter typed, the body still Markdown. */
export interface ParsedPage {
  file: string;
  frontMatter: PageFrontMatter;
  body: string;
}

const HINTS: Readonly<Record<(typeof PAGE_FIELDS)[number], string>> = {
  title: 'give the page\'s heading as plain text, e.g. title: "About us"',
  description: "one sentence of plain text for search engines and link previews",
  draft: "write draft: true to keep the page unpublished, or remove the line",
  lang: "use a language tag such as en, fr, ar or pt-BR",
};

/** Parses one page's text; the result holds every problem found. */
export function parsePage(file: string, written: string): { page?: ParsedPage; problems: Problem[] } {
  const { text, problems } = cleanText(file, written);
  const language = frontMatterLanguage(text);
  if (language !== undefined && language !== "" && !/^(yaml|yml)$/i.test(language)) {
    problems.push(problem("front-matter-not-yaml", { file, line: 1, message: "front matter must be YAML, which Dateline never runs" }));
    return { problems };
  }
  let source: YamlSource | undefined;
  let body: string;
  try {
    const parsed = matter(text, {
      language: "yaml",
      engines: {
        ...REFUSING_ENGINES,
        yaml: (block: string) => {
          const result = parseYamlSource(block.replace(/\r$/, ""));
          if ("errors" in result) {
            const first = result.errors[0]!;
            problems.push(problem("yaml-syntax", { file, line: first.line ?? 1, message: `front matter is not valid YAML: ${first.message}` }));
            return {};
          }
          source = result;
          return (result.data ?? {}) as object;
        },
      },
    });
    body = parsed.content;
  } catch (error) {
    problems.push(problem("unreadable-front-matter", { file, line: 1, message: `front matter cannot be read: ${(error as Error).message.split("\n")[0]}` }));
    return { problems };
  }
  if (problems.some((p) => p.severity === "error")) return { problems };
  if (!source) {
    problems.push(problem("missing-front-matter", { file, line: 1, message: "the page has no front matter", hint: 'start the file with ---, then a title: line, then --- again' }));
    return { problems };
  }
  const raw = source.data;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push(problem("invalid-field", { file, line: 1, message: "front matter must be a set of 'field: value' lines" }));
    return { problems };
  }
  const result = pageSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [key]) : [issue.path.filter((key): key is string | number => typeof key !== "symbol")];
      for (const at of keys) {
        const field = at.join(".") || undefined;
        const missing = issue.code !== "unrecognized_keys" && at.length === 1 && (raw as Record<string, unknown>)[String(at[0])] === undefined;
        problems.push(
          problem(issue.code === "unrecognized_keys" ? "unknown-field" : missing ? "missing-field" : "invalid-field", {
            file,
            line: source.lineOf(at) ?? 1,
            field,
            message: issue.code === "unrecognized_keys" ? "is not a field a page may have" : missing ? "is required" : issue.message,
            hint: issue.code === "unrecognized_keys" ? `a page may set ${PAGE_FIELDS.join(", ")}` : HINTS[at[0] as keyof typeof HINTS],
          }, "data"),
        );
      }
    }
    return { problems };
  }
  return { page: { file, frontMatter: result.data, body }, problems };
}
