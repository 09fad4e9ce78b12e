/**
 * A site's own wording from `<content>/_data/strings.yaml`: any key of the
 * built-in table, each checked like every other setting. An unknown key is an
 * error naming the closest real key; a value must keep the placeholders of
 * the key it replaces (`{count}`, not `{cout}`); a counted string gives its
 * forms by plural category, or one text for all of them. Values are plain
 * text: layouts print them escaped.
 */
import path from "node:path";
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { z } from "zod";
import { editDistance } from "../entities/duplicates.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { readYamlFile } from "../yaml/read-yaml-file.ts";
import { messagePlaceholders, PLURAL_CATEGORIES, placeholdersOf, type Message } from "./message.ts";
import { en, type StringKey } from "./strings/en.ts";

/** Where a site's overrides live, relative to the content folder. */
export const STRINGS_FILE = "_data/strings.yaml";

const KEYS = Object.keys(en) as StringKey[];

const text = z.string({ message: "must be text" }).trim().min(1, { message: "must not be empty" }).max(1000);
const forms = z
  .object(Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, category === "other" ? text : text.optional()])))
  .strict();

function schemaFor(key: StringKey): z.ZodType<Message> {
  return typeof en[key] === "string" ? text : z.union([text, forms]) as z.ZodType<Message>;
}

const stringsSchema = z.object(Object.fromEntries(KEYS.map((key) => [key, schemaFor(key).optional()]))).strict();

/** Reads and validates strings.yaml; a missing or empty file overrides nothing. */
export function loadStringOverrides(contentDir: string): { overrides: Partial<Record<StringKey, Message>>; problems: Problem[] } {
  const file = path.join(contentDir, STRINGS_FILE);
  const { source, problems } = readYamlFile(file);
  if (!source) return { overrides: {}, problems };
  const at = (key: PropertyKey[]) => source.lineOf(key.filter((k): k is string | number => typeof k !== "symbol")) ?? 1;
  const result = stringsSchema.safeParse(source.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          problems.push(problem("unknown-field", { file, line: at([key]), field: key, message: "is not an interface string", hint: unknownKeyHint(key) }, "data"));
        }
      } else {
        const field = issue.path.map(String).join(".") || undefined;
        problems.push(
          problem("invalid-field", { file, line: at(issue.path), field, message: issue.path.length ? issue.message : "must be a list of `key: text` lines", hint: valueHint(issue.path[0]) }),
        );
      }
    }
    return { overrides: {}, problems };
  }
  const overrides: Partial<Record<StringKey, Message>> = {};
  for (const key of KEYS) {
    const value = result.data[key] as Message | undefined;
    if (value === undefined) continue;
    const found = valueProblems(key, value);
    for (const message of found) problems.push(problem("invalid-field", { file, line: at([key]), field: key, message, hint: valueHint(key) }));
    if (found.length === 0) overrides[key] = value;
  }
  return { overrides, problems };
}

/** What is wrong with a value for `key`: placeholders it lacks or invents, or a date pattern date-fns refuses. */
export function valueProblems(key: StringKey, value: Message): string[] {
  if (key.startsWith("date.")) {
    try {
      format(new Date(2024, 11, 30), value as string, { locale: enGB });
      return [];
    } catch (error) {
      return [`is not a date pattern date-fns can use (${(error as Error).message})`];
    }
  }
  const allowed = messagePlaceholders(en[key]);
  const texts = typeof value === "string" ? [value] : Object.values(value).filter((t): t is string => t !== undefined);
  const used = new Set(texts.flatMap(placeholdersOf));
  const found: string[] = [];
  for (const name of used) {
    if (!allowed.includes(name)) {
      found.push(`uses {${name}}, which "${key}" does not fill${allowed.length ? `; it fills ${allowed.map((a) => `{${a}}`).join(", ")}` : ""}`);
    }
  }
  // A counted string's form may name its number in words ("مقالان"), so {count} may be left out of some forms but not of all.
  for (const name of allowed) if (!used.has(name)) found.push(`leaves out {${name}}, which "${key}" must show`);
  return found;
}

function unknownKeyHint(key: string): string {
  const closest = [...KEYS].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0]!;
  return `did you mean "${closest}"? strings.yaml may set only the keys of the built-in table (docs/editors.md lists them)`;
}

function valueHint(key: PropertyKey | undefined): string {
  if (typeof key !== "string" || !Object.hasOwn(en, key)) return "write each string as `key: text`";
  const reference = en[key as StringKey];
  if (key.startsWith("date.")) return `write a date-fns pattern, e.g. ${key}: "${reference as string}"`;
  if (typeof reference === "string") return `write plain text, e.g. ${key}: "${reference}"`;
  return `write one text, or a text per plural category (one, few, many, other …), e.g. ${key}: { one: "${reference.one}", other: "${reference.other}" }`;
}
