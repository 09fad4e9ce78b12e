/**
 * A disk cache of parsed article files, keyed by a hash of the file's path and
 * text, so a warm build skips YAML parsing and schema validation (~2 s at
 * 10,000 articles) for every file that has not changed. The cache is tied to
 * the source of `src/content/` and the installed packages (cache-identity.ts):
 * any change to the schema or the parser starts a fresh cache.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { cacheDir, codeIdentity } from "../cache/cache-identity.ts";
import { DiskCache } from "../cache/disk-cache.ts";
import { parseArticle, type ParsedArticle } from "./parse-article.ts";
import type { Problem } from "../problems/problems.ts";



/** What `parseArticle` returns. */
export type ParseResult = ReturnType<typeof parseArticle>;

/** A parse as stored: every field of the parsed article but its path and body; the body is the end of the file's text, so only its length is kept. */
interface CachedParse {
  problems: Problem[];
  article?: Omit<ParsedArticle, "file" | "body">;
  bodyLength?: number;
}

/**
 * A copy of parsed fields that holds only their own characters. The YAML
 * parser's strings are slices of the file's text, and V8 keeps the whole text
 * alive for each: a title would hold its ~4 KB file in memory for as long as
 * the archive lives (a cold build only: fields read from the cache are
 * copies already).
 */
export function detached<T>(fields: T): T {
  return structuredClone(fields);
}

/** Parsed article files by path and text, read from and written to one file. */
export class ParseCache extends DiskCache<CachedParse> {
  /** A cache in `dir` (DATELINE_CACHE_DIR or the default cache folder); `remember` keeps it in memory for the next build in this process. */
  constructor(dir = cacheDir(), remember = false) {
    super(path.join(dir, "articles.v8"), codeIdentity(new URL("./parse-article.ts", import.meta.url)), remember);
  }

  /** The cache key of a file: a hash of its path and its whole text. */
  static keyOf(file: string, text: string): string {
    return createHash("sha256").update(file).update("\0").update(text).digest("base64url");
  }

  /**
   * What `parseArticle(file, text)` returned for the file's text with key `key`, without its
   * body (left empty), for a caller that knows the file is unchanged without reading it
   * (file-stamps.ts); undefined when the cache does not hold it or holds no article for it.
   */
  fieldsOf(file: string, key: string): ParseResult | undefined {
    const cached = this.get(key);
    if (!cached?.article) return undefined;
    return { article: { ...cached.article, file, body: "" }, problems: cached.problems };
  }

  /** What `parseArticle(file, text)` returns, from the cache when this file had this text before (`key`: its ParseCache.keyOf, when the caller has it). */
  parse(file: string, text: string, key = ParseCache.keyOf(file, text)): ParseResult {
    const cached = this.get(key);
    if (cached) {
      const article = cached.article && cached.bodyLength !== undefined
        ? { ...cached.article, file, body: text.slice(text.length - cached.bodyLength) }
        : undefined;
      return { article, problems: cached.problems };
    }
    const result = parseArticle(file, text);
    if (!result.article) {
      this.set(key, { problems: result.problems });
    } else if (text.endsWith(result.article.body)) {
      // Only a body that is exactly the end of the text can be rebuilt from its length; otherwise nothing is cached.
      const { file: _file, body, ...rest } = result.article;
      this.set(key, { problems: result.problems, article: rest, bodyLength: body.length });
      return { article: { ...detached(rest), file, body }, problems: result.problems };
    }
    return result;
  }
}
