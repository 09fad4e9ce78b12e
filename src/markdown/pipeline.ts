/**
 * The Markdown pipeline: remark-parse → remark-html, sanitising on.
 *
 * remark-html sanitises by default with GitHub's schema: raw `<script>`,
 * `<iframe>`, `<object>`, event-handler attributes and `javascript:`/`data:`
 * URLs are dropped. Never pass `sanitize: false`: article bodies come from
 * many outlets and many hands, and pages print this HTML unescaped.
 */
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Root } from "mdast";
import { excerptOf } from "./excerpt.ts";
import { plainTextOf } from "./plain-text.ts";
import { readingMinutes, wordCount } from "./reading-time.ts";

/** What the pipeline makes of one article body. */
export interface RenderedMarkdown {
  /** Sanitised HTML of the body. */
  html: string;
  /** Plain text of the body (for search and feeds' summaries), raw HTML left out. */
  text: string;
  /** A short plain-text excerpt, for lists and meta descriptions. */
  excerpt: string;
  words: number;
  readingMinutes: number;
}

const processor = remark().use(remarkHtml);

/** Renders one Markdown body to sanitised HTML, plain text, an excerpt and a reading time. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.parse(markdown) as Root;
  const text = plainTextOf(tree);
  const transformed = processor.runSync(tree) as Root;
  const html = String(processor.stringify(transformed)).trim();
  const words = wordCount(text);
  return { html, text, excerpt: excerptOf(tree), words, readingMinutes: readingMinutes(words) };
}
