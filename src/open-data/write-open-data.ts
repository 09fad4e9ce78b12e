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
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
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
  // A larger buffer than the default 16 KB: fewer, larger writes of the same chunks.
  open: OpenStream = (file) => fs.createWriteStream(file, { highWaterMark: 256 * 1024 }),
): Promise<OpenDataReport> {
  const started = performance.now();
  const records = new OpenDataRecords(archive, siteBase(archive.site.url, pathPrefix));
  let bytes = 0;
  const files = dataFiles(records);
  for (const file of files) {
    const target = path.join(outputDir, ...file.url.split("/").filter(Boolean));
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const partial = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.partial`);
    try {
      bytes += await writeChunks(file.chunks(), open(partial));
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
  }
  return { files: files.length, bytes, milliseconds: performance.now() - started };
}

/**
 * Writes chunks to `stream` one at a time, waiting for it to drain whenever
 * its buffer is full (backpressure), then ends it; resolves to the bytes
 * written once the stream has finished, rejects on its first error.
 */
export async function writeChunks(chunks: Iterable<string>, stream: Writable): Promise<number> {
  let failure: Error | undefined;
  const failed = (error: Error) => (failure ??= error);
  stream.on("error", failed);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      if (failure) throw failure;
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await once(stream, "drain");
    }
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw failure ?? error;
  } finally {
    stream.off("error", failed);
  }
  return bytes;
}
