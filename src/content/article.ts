/** The typed, normalised article that the loader hands to the archive. */
import type { Rendered } from "../markdown/stored-body.ts";
import type { ArticleImages } from "./article-images.ts";
import type { ArticleDate } from "./dates.ts";
import type { NameLines, UrlLines } from "./parse-article.ts";

/** One article: validated front matter, its body rendered, and where it came from. */
export interface Article {
  /** Absolute path of the Markdown file. */
  file: string;
  /** Path relative to the content folder, with forward slashes; the article's stable identity. */
  relPath: string;
  /** File name without extension (a bundle's `index.md`: its folder's name): the basis of the article's URL slug. */
  stem: string;
  /** `slug:` from the front matter: the last segment of the article's URL, taken as written instead of one made from `stem`. */
  slug?: string;
  /** `aliases:` old site paths (without the path prefix) that redirect to the article; none when not given. */
  aliases: string[];
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  source: string;
  /** Names as written, in the article's order, duplicates removed. */
  people: string[];
  places: string[];
  url?: string;
  summary?: string;
  author?: string;
  lang?: string;
  draft: boolean;
  /** Corrections as written in the front matter, in the file's order. */
  corrections: Correction[];
  /** The body's render: its HTML and text held here, or in the body store (read them with `bodyText`). */
  rendered: Rendered;
  /** The body's photos and the lead photo, found in the content folder (article-images.ts); processed only when published. */
  images?: ArticleImages;
  /** Line of each person's and place's name in the file, for warnings about a name. */
  nameLines?: NameLines;
  /** Lines of `date:`, `slug:` and each alias, for problems about the article's URLs. */
  urlLines?: UrlLines;
}

/** One correction to a published article: the day it was made and its plain text. */
export interface Correction {
  date: ArticleDate;
  text: string;
}
