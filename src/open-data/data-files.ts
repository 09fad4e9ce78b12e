/**
 * The text of every open-data file, as a sequence of chunks: a JSON file is
 * its wrapper's opening, then one chunk per record, then its closing; a CSV
 * file is its header row, then one row per record. No chunk holds more than
 * one record, so a writer that streams them never builds one huge string
 * (`write-open-data.ts`).
 */
import { dataFileUrl } from "../archive/urls.ts";
import { csvRow, CSV_BOM, type CellValue } from "./csv.ts";
import { OpenDataRecords, type RecordOf } from "./records.ts";
import { DATA_FILE_NAMES, fileSchema, type DataFileName } from "./schemas.ts";

/** One file to write: its site-relative URL and its text as chunks. */
export interface DataFile {
  url: string;
  chunks: () => Iterable<string>;
}

/** A CSV column: its header and its cell for a record. */
type Column<R> = readonly [header: string, cell: (record: R) => CellValue];

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

/** The columns of each CSV file; nested fields are flattened and lists of entities become lists of ids. */
export const CSV_COLUMNS: { [N in DataFileName]: readonly Column<RecordOf[N]>[] } = {
  articles: [
    ["id", (r) => r.id],
    ["url", (r) => r.url],
    ["title", (r) => r.title],
    ["date", (r) => r.date],
    ["updated", (r) => r.updated],
    ["language", (r) => r.language],
    ["author", (r) => r.author],
    ["summary", (r) => r.summary],
    ["words", (r) => r.words],
    ["source_id", (r) => r.source.id],
    ["source_name", (r) => r.source.name],
    ["people", (r) => ids(r.people)],
    ["countries", (r) => ids(r.countries)],
    ["original_url", (r) => r.originalUrl],
    ["corrections", (r) => r.corrections],
    ["last_corrected", (r) => r.lastCorrected],
  ],
  people: [
    ["id", (r) => r.id],
    ["name", (r) => r.name],
    ["aliases", (r) => r.aliases],
    ["description", (r) => r.description],
    ["url", (r) => r.url],
    ["articles", (r) => r.articles],
  ],
  countries: [
    ["id", (r) => r.id],
    ["alpha3", (r) => r.alpha3],
    ["numeric", (r) => r.numeric],
    ["name", (r) => r.name],
    ["url", (r) => r.url],
    ["articles", (r) => r.articles],
  ],
  sources: [
    ["id", (r) => r.id],
    ["name", (r) => r.name],
    ["aliases", (r) => r.aliases],
    ["url", (r) => r.url],
    ["articles", (r) => r.articles],
  ],
};

/** Every file of the open data for one archive: for each name its JSON, CSV and JSON Schema. */
export function dataFiles(records: OpenDataRecords): DataFile[] {
  return DATA_FILE_NAMES.flatMap((name) => [
    { url: dataFileUrl(name, "json"), chunks: () => jsonChunks(records, name) },
    { url: dataFileUrl(name, "csv"), chunks: () => csvChunks(records, name) },
    { url: dataFileUrl(name, "schema.json"), chunks: () => [`${JSON.stringify(fileSchema(name, records.url(dataFileUrl(name, "schema.json"))), null, 2)}\n`] },
  ]);
}

/** A JSON file: the header's fields, then `"items": [`, one record per line, `]}`. */
export function* jsonChunks(records: OpenDataRecords, name: DataFileName): Generator<string> {
  const header = JSON.stringify(records.header(name));
  yield `${header.slice(0, -1)},"items":[`;
  let first = true;
  for (const record of records.items(name)) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
    first = false;
  }
  yield first ? "]}\n" : "\n]}\n";
}

/** A CSV file: the byte order mark and header row, then one row per record. */
export function* csvChunks<N extends DataFileName>(records: OpenDataRecords, name: N): Generator<string> {
  const columns = CSV_COLUMNS[name] as readonly Column<RecordOf[N]>[];
  yield CSV_BOM + csvRow(columns.map(([header]) => header));
  for (const record of records.items(name)) yield csvRow(columns.map(([, cell]) => cell(record)));
}
