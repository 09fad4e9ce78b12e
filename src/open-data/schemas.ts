/**
 * The JSON Schemas (draft 2020-12) of the open-data files: one per file, each
 * describing the file's wrapper (where the schema is, which site, when the
 * archive last changed, how many items) and its items. The same objects are
 * written as `/data/<name>.schema.json`, validate the files in the tests, and
 * give the `/data/` page its tables of fields, so the three cannot drift.
 */

/** A JSON Schema object, as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The draft every schema is written in. */
export const SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema";

const text = (description: string): JsonSchema => ({ type: "string", description });
const optionalText = (description: string): JsonSchema => ({ type: ["string", "null"], description });
const count = (description: string): JsonSchema => ({ type: "integer", minimum: 0, description });
const absoluteUrl = (description: string): JsonSchema => ({ type: "string", format: "uri", pattern: "^https?://", description });
const slugId = (description: string): JsonSchema => ({ type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description });
const names = (description: string): JsonSchema => ({ type: "array", items: { type: "string" }, description });

/** A linked entity inside an article record: its id, its canonical name, its page. */
const entityRef = (id: JsonSchema): JsonSchema => ({
  type: "object",
  properties: { id, name: text("The canonical name."), url: absoluteUrl("Its page on the site.") },
  required: ["id", "name", "url"],
  additionalProperties: false,
});

const articleItem: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", pattern: "^[0-9]{4}/[0-9]{2}/[a-z0-9]+(-[a-z0-9]+)*$", description: "Stable id: the article's path under /articles/ (year/month/slug); it changes only when the article's URL does (its old URL then redirects)." },
    url: absoluteUrl("The article's page on the site."),
    title: text("The headline, plain text."),
    date: text("The publication date as the editor wrote it (YYYY-MM-DD or ISO 8601 date-time)."),
    updated: optionalText("The date of the last update as written, or null."),
    language: optionalText("The article's language tag when it gives one, else null (the site's language)."),
    author: optionalText("The byline, or null."),
    summary: optionalText("The editor's summary, or null."),
    words: count("Words in the body."),
    source: entityRef(slugId("The source's id (see sources.json).")),
    people: { type: "array", items: entityRef(slugId("The person's id (see people.json).")), description: "People named in the article, as canonical records." },
    countries: {
      type: "array",
      items: entityRef({ type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 code (see countries.json)." }),
      description: "Countries the article's places are in, each once.",
    },
    originalUrl: { type: ["string", "null"], description: "The original article on the source's site, or null." },
    corrections: count("How many corrections the article carries."),
    lastCorrected: optionalText("The date of the newest correction as written, or null."),
  },
  required: ["id", "url", "title", "date", "updated", "language", "author", "summary", "words", "source", "people", "countries", "originalUrl", "corrections", "lastCorrected"],
  additionalProperties: false,
};

const personItem: JsonSchema = {
  type: "object",
  properties: {
    id: slugId("Stable id: the person's URL slug."),
    name: text("The canonical name (the registry's, else the most used spelling)."),
    aliases: names("Other spellings, from the registry and the articles."),
    description: optionalText("The registry's note on the person, or null."),
    url: absoluteUrl("The person's page."),
    articles: count("Published articles naming the person."),
  },
  required: ["id", "name", "aliases", "description", "url", "articles"],
  additionalProperties: false,
};

const countryItem: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 code." },
    alpha3: { type: "string", pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3 code." },
    numeric: { type: "string", pattern: "^([0-9]{3})?$", description: "ISO 3166-1 numeric code (three digits), empty where there is none." },
    name: text("The common English name."),
    url: absoluteUrl("The country's page."),
    articles: count("Published articles naming the country or a place in it."),
  },
  required: ["id", "alpha3", "numeric", "name", "url", "articles"],
  additionalProperties: false,
};

const sourceItem: JsonSchema = {
  type: "object",
  properties: {
    id: slugId("Stable id: the source's URL slug."),
    name: text("The name most articles give."),
    aliases: names("Other spellings articles give."),
    url: absoluteUrl("The source's page."),
    articles: count("Published articles from the source."),
  },
  required: ["id", "name", "aliases", "url", "articles"],
  additionalProperties: false,
};

/** The items' schema of each file, by file name. */
export const ITEM_SCHEMAS = { articles: articleItem, people: personItem, countries: countryItem, sources: sourceItem } as const;

/** The name of an open-data file: `articles` is `/data/articles.json`, `.csv` and `.schema.json`. */
export type DataFileName = keyof typeof ITEM_SCHEMAS;

/** The files in the order the `/data/` page lists them. */
export const DATA_FILE_NAMES: readonly DataFileName[] = ["articles", "people", "countries", "sources"];

/** What one file's wrapper object says besides its items. */
const wrapperProperties: Record<string, JsonSchema> = {
  $schema: absoluteUrl("Where this file's JSON Schema is."),
  site: absoluteUrl("The site the data comes from."),
  title: text("The site's title."),
  updated: optionalText("When the archive last changed: the newest article, update or correction (as the sitemap dates it), or null for an empty archive."),
  count: count("How many items the file holds."),
};

/**
 * The whole schema of one file, with its own address as `$id`: an object
 * whose `items` array holds the records (pandas: `json_normalize(data["items"])`).
 */
export function fileSchema(name: DataFileName, schemaUrl: string): JsonSchema {
  return {
    $schema: SCHEMA_DRAFT,
    $id: schemaUrl,
    title: `${name}.json`,
    type: "object",
    properties: { ...wrapperProperties, items: { type: "array", items: ITEM_SCHEMAS[name], description: "The records." } },
    required: ["$schema", "site", "title", "updated", "count", "items"],
    additionalProperties: false,
  };
}

/** One row of a fields table: a field's name (nested ones dotted, list items with `[]`), its type and what it means. */
export interface FieldRow {
  name: string;
  type: string;
  description: string;
}

/** The fields of an item schema as rows, nested objects flattened (`source.id`, `people[].url`), in schema order. */
export function fieldRows(schema: JsonSchema, prefix = ""): FieldRow[] {
  const rows: FieldRow[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, property] of Object.entries(properties)) {
    const name = `${prefix}${key}`;
    const items = property.items as JsonSchema | undefined;
    if (property.type === "object") rows.push(...fieldRows(property, `${name}.`));
    else if (property.type === "array" && items?.type === "object") {
      rows.push({ name, type: "array", description: String(property.description ?? "") });
      rows.push(...fieldRows(items, `${name}[].`));
    } else rows.push({ name, type: typeName(property), description: String(property.description ?? "") });
  }
  return rows;
}

function typeName(property: JsonSchema): string {
  const type = property.type;
  if (Array.isArray(type)) return type.join(" | ");
  if (type === "array") return `array of ${typeName(property.items as JsonSchema)}`;
  return String(type);
}
