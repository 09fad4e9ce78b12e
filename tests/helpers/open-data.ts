/** Reading the open-data files back as a consumer would: JSON validated against its own schema with ajv (draft 2020-12), CSV with csv-parse. */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";

/** Validates `data` against `schema`; returns ajv's errors as text, empty when valid. */
export function schemaErrors(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}

/** Reads `/data/<name>.json` and its schema from a built site and returns the data, asserting nothing. */
export function readDataFile(output: string, name: string): { data: { items: Record<string, unknown>[]; count: number; $schema: string }; schema: object } {
  const data = JSON.parse(fs.readFileSync(path.join(output, "data", `${name}.json`), "utf8"));
  const schema = JSON.parse(fs.readFileSync(path.join(output, "data", `${name}.schema.json`), "utf8"));
  return { data, schema };
}

/** Parses CSV text (a BOM is refused: pass the text after it) into rows of cells, as RFC 4180 reads it. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}
