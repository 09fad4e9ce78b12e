/**
 * Writes the open-data files into a site folder, each as a stream: chunk by
 * chunk (one record at most), waiting whenever the file's buffer is full, so
 * memory stays flat however large the archive. Each file is written under a
 * temporary name and renamed into place, so a reader of the live preview
 * never meets half a file.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dataFiles } from "./data-files.ts";
import { OpenDataRecords, siteBase, type OpenDataArchive } from "./records.ts";

/** Opens the stream a file's text is written to (a test passes one that counts what it is given). */
export type OpenStream = (file: string) => Writable;

/** What writing the open data did, for the build's log and for measuring. */
export interface OpenDataReport {
  files: number;
  bytes: number;
  milliseconds: number;
}

/** Writes every open-data file of `archive` into `outputDir` (`data/` inside it). */
export async function writeOpenData(
  outputDir: string,
  archive: OpenDataArchive,
  pathPrefix: string | undefined,
  open: OpenStream = (file) => fs.createWriteStream(file),
): Promise<OpenDataReport> {
  const started = performance.now();
  const records = new OpenDataRecords(archive, siteBase(archive.site.url, pathPrefix));
  let bytes = 0;
  const files = dataFiles(records);
  for (const file of files) {
    const target = path.join(outputDir, ...file.url.split("/").filter(Boolean));
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const partial = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.partial`);
    const counted = Readable.from(countBytes(file.chunks(), (n) => (bytes += n)));
    try {
      await pipeline(counted, open(partial));
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
  }
  return { files: files.length, bytes, milliseconds: performance.now() - started };
}

function* countBytes(chunks: Iterable<string>, add: (bytes: number) => void): Generator<string> {
  for (const chunk of chunks) {
    add(Buffer.byteLength(chunk));
    yield chunk;
  }
}
