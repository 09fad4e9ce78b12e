/**
 * The editors' registries: `_data/people.yaml` and `_data/places.yaml`.
 *
 * Both are optional lists. A person has a canonical name, aliases and a
 * description, and optionally a role, a family-name sort key (`sort_as`), a
 * Wikidata id, links and a photo; a place has a name, the country it is in,
 * aliases and a description. A place entry without `country` whose name is a
 * country adds aliases to that country. Mistakes are problems with file and line.
 */
import path from "node:path";
import { z } from "zod";
import { problem, type Problem } from "../problems/problems.ts";
import { readYamlFile } from "../yaml/read-yaml-file.ts";
import type { YamlSource } from "../yaml/yaml-source.ts";
import { countryIndex, type Country } from "./countries.ts";
import { foldName } from "./fold.ts";
import { checkPersonFields, type PersonLink, type PersonPhoto } from "./person-entry.ts";

/** A person as the registry defines them. */
export interface RegistryPerson {
  name: string;
  aliases: string[];
  description?: string;
  /** What the person does, in a few words ("Foreign Minister of Syria"). */
  role?: string;
  /** The family-name sort key ("Aliyev, Ilham"), when the default rule (src/entities/sort-key.ts) files the name wrongly. */
  sortAs?: string;
  /** A Wikidata item id, checked (`Q42`). */
  wikidata?: string;
  /** The person's own pages elsewhere, `http(s)` only, checked. */
  links?: PersonLink[];
  /** The person's photo in the content folder, checked; processed for a build (src/images/person-photos.ts). */
  image?: PersonPhoto;
  file: string;
  line?: number;
}

/** A place (city, region) as the registry defines it, or extra aliases for a country. */
export interface RegistryPlace {
  name: string;
  /** The country the place is in; for a country entry, the country itself. */
  country: Country;
  /** True when the entry names a country and only adds aliases to it. */
  isCountry: boolean;
  aliases: string[];
  description?: string;
  file: string;
  line?: number;
}

/** Both registries, validated. */
export interface Registry {
  people: RegistryPerson[];
  places: RegistryPlace[];
}

/** An empty registry, for content folders without `_data`. */
export const EMPTY_REGISTRY: Registry = { people: [], places: [] };

const nameText = z.string({ error: "must be a name as text" }).trim().min(1, { message: "must not be empty" });
const aliasList = z
  .union([nameText.transform((name) => [name]), z.array(nameText), z.null().transform(() => [])], {
    error: "must be a list of names",
  })
  .default([]);

const optionalText = z.string({ error: "must be text" }).trim().min(1, { message: "must not be empty" }).optional();
const linkEntry = z.union([z.string(), z.object({ label: nameText, url: z.string({ error: "must be an address as text" }) }).strict()], {
  error: "must be an address, or a label and a url",
});

const personSchema = z
  .object({
    name: nameText,
    aliases: aliasList,
    description: z.string().trim().optional(),
    role: optionalText,
    sort_as: optionalText,
    // A Q-id written without quotes is still text; a number alone is refused by the check with a hint.
    wikidata: z.union([z.string(), z.number()]).transform(String).optional(),
    links: z.union([z.string().transform((url) => [url]), z.array(linkEntry), z.null().transform(() => [])], { error: "must be a list of links" }).default([]),
    image: z.string({ error: "must be the photo's path as text" }).optional(),
  })
  .strict();

const placeSchema = z
  .object({
    name: nameText,
    country: z.union([z.string(), z.number()]).transform(String).optional(),
    aliases: aliasList,
    description: z.string().trim().optional(),
  })
  .strict();

/** Reads and validates both registries from a content folder's `_data`. */
export function loadRegistry(contentDir: string): { registry: Registry; problems: Problem[] } {
  const dataDir = path.join(contentDir, "_data");
  const problems: Problem[] = [];
  const people = readList(path.join(dataDir, "people.yaml"), personSchema, problems, "people");
  const places = readList(path.join(dataDir, "places.yaml"), placeSchema, problems, "places");
  const registry: Registry = {
    people: people.map(({ value, file, line, lineOf }) => {
      const { sort_as: sortAs, wikidata, links, image, ...plain } = value;
      const checked = checkPersonFields({ wikidata, links, image }, { file, contentDir, lineOf }, problems);
      return { ...plain, ...(sortAs && { sortAs }), ...checked, file, line };
    }),
    places: [],
  };
  checkNameOwnership(registry.people, problems, "person");
  const countries = countryIndex();
  for (const { value, file, line, lineOf } of places) {
    const named = countries.find(value.name);
    if (value.country === undefined) {
      if (named) {
        registry.places.push({ ...value, country: named, isCountry: true, file, line });
      } else {
        problems.push(
          problem("place-without-country", {
            file,
            line,
            field: "country",
            message: `"${value.name}" is not a country, so it needs the country it is in`,
            hint: `add a line '  country: <country name or ISO code>' under "${value.name}"`,
          }),
        );
      }
      continue;
    }
    const country = countries.find(value.country);
    if (!country) {
      problems.push(
        problem("unknown-country", {
          file,
          line: lineOf(["country"]) ?? line,
          field: "country",
          message: `"${value.country}" is not a country Dateline knows`,
        }),
      );
      continue;
    }
    registry.places.push({ ...value, country, isCountry: false, file, line });
  }
  checkNameOwnership(registry.places, problems, "place", (a, b) => a.isCountry && b.isCountry && a.country === b.country);
  return { registry, problems };
}

interface ListItem<T> {
  value: T;
  file: string;
  line?: number;
  lineOf: (path: (string | number)[]) => number | undefined;
}

function readList<T>(file: string, schema: z.ZodType<T>, problems: Problem[], what: string): ListItem<T>[] {
  const { source, problems: readProblems } = readYamlFile(file);
  problems.push(...readProblems);
  if (!source) return [];
  if (!Array.isArray(source.data)) {
    problems.push(
      problem("registry-not-a-list", {
        file,
        line: 1,
        message: `must be a list of ${what}, each starting with '- name:'`,
        hint: `see "People and places" in docs/editors.md for an example of ${what}.yaml`,
      }),
    );
    return [];
  }
  const items: ListItem<T>[] = [];
  source.data.forEach((entry, index) => {
    const lineOf = (p: (string | number)[]) => source.lineOf([index, ...p]);
    const result = schema.safeParse(entry);
    if (result.success) {
      items.push({ value: result.data, file, line: lineOf([]), lineOf });
      return;
    }
    for (const problem of describeIssues(result.error.issues, file, source, index, entry)) problems.push(problem);
  });
  return items;
}

function describeIssues(issues: z.core.$ZodIssue[], file: string, source: YamlSource, index: number, entry: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const base = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push(
          problem(
            "unknown-field",
            {
              file,
              line: source.lineOf([index, ...base, key]),
              field: [...base, key].join("."),
              message: "is not a registry field",
              hint: "a person may have name, aliases, description, role, sort_as, wikidata, links and image; a place name, country, aliases and description",
            },
            "data",
          ),
        );
      }
      continue;
    }
    // Missing only when the entry lacks the key: a key of the wrong type (`sort_as: 12`) says what it should be.
    const missing = base.length === 1 && issue.code === "invalid_type" && !(typeof entry === "object" && entry !== null && String(base[0]) in entry);
    problems.push(
      problem(missing ? "missing-field" : "invalid-field", {
        file,
        line: source.lineOf([index, ...base]),
        field: base.join(".") || undefined,
        message: missing ? "is required" : issue.message,
        hint: missing ? "every entry starts with '- name: <canonical name>'" : undefined,
      }),
    );
  }
  return problems;
}

/** An entry that owns names: its canonical name and aliases. */
interface NamedEntry {
  name: string;
  aliases: string[];
  file: string;
  line?: number;
}

/**
 * Reports a name or alias claimed by two entries. `sameThing` says when two
 * entries may share names anyway (two entries adding aliases to one country).
 */
function checkNameOwnership<T extends NamedEntry>(
  entries: T[],
  problems: Problem[],
  what: string,
  sameThing: (a: T, b: T) => boolean = () => false,
): void {
  const owners = new Map<string, T>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = foldName(name) || name;
      const owner = owners.get(key);
      if (owner && owner !== entry && !sameThing(owner, entry)) {
        problems.push(
          problem("alias-conflict", {
            file: entry.file,
            line: entry.line,
            field: name === entry.name ? "name" : "aliases",
            message: `"${name}" is already a name of "${owner.name}" (line ${owner.line ?? "?"})`,
            hint: `a name or alias may belong to one ${what} only; remove it from one entry or merge the two entries`,
          }),
        );
      } else {
        owners.set(key, entry);
      }
    }
  }
}
