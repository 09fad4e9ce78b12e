/**
 * The search index in shards: one Pagefind bundle per year of article dates,
 * at `pagefind/<year>/`, and `pagefind/shards.json` listing them for the
 * search page (which merges them with Pagefind's `mergeIndex`) and for the
 * next build (which takes a shard whose key is unchanged from the previous
 * site instead of running Pagefind again).
 *
 * A year is the shard because it is already a filter: every record of a
 * shard has the same `year` value, so the search page can put the merged
 * results in date order shard by shard (`public/search.js`), and a shard's
 * size is bounded by what a newsroom publishes in a year, not by the archive.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ArticleView } from "../archive/model.ts";
import { directoryKey } from "../cache/directory-cache.ts";

/** The list of shards, inside the search bundle folder. */
export const SEARCH_SHARDS_FILE = "shards.json";

/** One shard as `shards.json` lists it. */
export interface ShardEntry {
  year: number;
  /** The shard's bundle, relative to the search bundle folder (`2019/`). */
  path: string;
  /** Hash of its records, the indexing code and Pagefind's version: equal keys, equal bundles. */
  key: string;
  records: number;
  /** How many files the bundle holds and their total size, so a reused copy can be checked whole. */
  files: number;
  bytes: number;
}

/** `shards.json`: the shards, newest year first. */
export interface ShardManifest {
  version: 1;
  shards: ShardEntry[];
}

const MANIFEST = z.object({
  version: z.literal(1),
  shards: z.array(
    z.object({
      year: z.number().int(),
      path: z.string(),
      key: z.string(),
      records: z.number().int().nonnegative(),
      files: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
    }),
  ),
});

/** The folder of a year's shard, relative to the search bundle folder. */
export function shardPath(year: number): string {
  return `${year}/`;
}

/** The articles of each year, newest year first; each year's articles keep the archive's order. */
export function articlesByYear<T extends Pick<ArticleView, "date">>(articles: readonly T[]): Map<number, T[]> {
  const byYear = new Map<number, T[]>();
  for (const article of articles) {
    const year = article.date.year;
    const list = byYear.get(year);
    if (list) list.push(article);
    else byYear.set(year, [article]);
  }
  return new Map([...byYear].sort(([a], [b]) => b - a));
}

/** A shard's key: what it is built from (`identity`: the indexing code and Pagefind's version) and its records. */
export function shardKey(identity: readonly string[], records: readonly unknown[]): string {
  return directoryKey([...identity, ...records]);
}

/**
 * The shards listed in `<bundleDir>/shards.json`, or none when the file is
 * missing or is not such a list (a foreign or older site): the next build
 * then builds or restores every shard.
 */
export function readShardManifest(bundleDir: string): ShardManifest | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(bundleDir, SEARCH_SHARDS_FILE), "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = MANIFEST.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `<bundleDir>/shards.json`. */
export function writeShardManifest(bundleDir: string, manifest: ShardManifest): void {
  fs.mkdirSync(bundleDir, { recursive: true });
  fs.writeFileSync(path.join(bundleDir, SEARCH_SHARDS_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
