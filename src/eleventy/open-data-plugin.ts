/**
 * What the `/data/` page prints about the open-data files: each file's name,
 * URLs and fields, the fields read from the same JSON Schema objects the files
 * are written and validated with (`src/open-data/schemas.ts`), so the page
 * cannot drift from the data. A Nunjucks global, so the preview's single-page
 * renders (which use Eleventy's environment) see it too.
 */
import { dataFileUrl } from "../archive/urls.ts";
import { DATA_FILE_NAMES, fieldRows, ITEM_SCHEMAS, type DataFileName, type FieldRow } from "../open-data/schemas.ts";
import { LIST_SEPARATOR } from "../open-data/csv.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** One file as the `/data/` page describes it. */
export interface DataFileDoc {
  name: DataFileName;
  /** Fragment id of its section. */
  id: string;
  /** Site-relative URLs of the three files. */
  json: string;
  csv: string;
  schema: string;
  /** Their file names, as links print them (`articles.json`). */
  jsonName: string;
  csvName: string;
  schemaName: string;
  fields: FieldRow[];
}

/** The files the `/data/` page describes, in its order. */
export const DATA_FILE_DOCS: readonly DataFileDoc[] = DATA_FILE_NAMES.map((name) => ({
  name,
  id: `data-${name}`,
  json: dataFileUrl(name, "json"),
  csv: dataFileUrl(name, "csv"),
  schema: dataFileUrl(name, "schema.json"),
  jsonName: `${name}.json`,
  csvName: `${name}.csv`,
  schemaName: `${name}.schema.json`,
  fields: fieldRows(ITEM_SCHEMAS[name]),
}));

/** Registers `openData` (the files and the CSV list separator) for the `/data/` page. */
export function openDataPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addNunjucksGlobal("openData", { files: DATA_FILE_DOCS, listSeparator: LIST_SEPARATOR });
}
