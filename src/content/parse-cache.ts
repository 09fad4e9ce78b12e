/**
 * A disk cache of parsed article files, keyed by a hash of the file's path and
 * text, so a warm build skips YAML parsing and schema validation (~2 s at
 * 10,000 articles) for every file that has not changed. The cache is tied to
 * the source of `src/content/` and the installed packages (cache-identity.ts):
 * any change to the schema or the parser starts a fresh cache.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir, installedPackagesHash, sourceHash } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import type { FrontMatter } from "./front-matter-schema.ts";
import { parseArticle } from "./parse-article.ts";
import type { Problem } from "./problems.ts";

const PARSER_SOURCE = fileURLToPath(new URL(".", import.meta.url));

/** What `parseArticle` returns. */
export type ParseResult = ReturnType<typeof parseArticle>;

/** A parse as stored: the body is the end of the file's text, so only its length is kept. */
interface CachedParse {
  problems: Problem[];
  frontMatter?: FrontMatter;
  bodyLength?: number;
}

/** Parsed article files by path and text, read from and written to one file. */
export class ParseCache extends DiskCache<CachedParse> {
  /** A cache in `dir` (DATELINE_CACHE_DIR or the default cache folder). */
  constructor(dir = cacheDir()) {
    super(path.join(dir, "articles.v8"), [installedPackagesHash(), sourceHash(PARSER_SOURCE)].join("\0"));
  }

  /** The cache key of a file: a hash of its path and its whole text. */
  static keyOf(file: string, text: string): string {
    return createHash("sha256").update(file).update("\0").update(text).digest("base64url");
  }

  /** What `parseArticle(file, text)` returns, from the cache when this file had this text before. */
  parse(file: string, text: string): ParseResult {
    const key = ParseCache.keyOf(file, text);
    const cached = this.get(key);
    if (cached) {
      const article = cached.frontMatter && cached.bodyLength !== undefined
        ? { file, frontMatter: cached.frontMatter, body: text.slice(text.length - cached.bodyLength) }
        : undefined;
      return { article, problems: cached.problems };
    }
    const result = parseArticle(file, text);
    const body = result.article?.body;
    // Only a body that is exactly the end of the text can be rebuilt from its length; otherwise do not cache.
    if (body === undefined || text.endsWith(body)) {
      this.set(key, { problems: result.problems, frontMatter: result.article?.frontMatter, bodyLength: body?.length });
    }
    return result;
  }
}
