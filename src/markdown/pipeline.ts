/**
 * The Markdown pipeline: remark-parse with GitHub-flavoured Markdown
 * (remark-gfm: tables, footnotes, strikethrough, autolinked URLs, task
 * lists) → remark-html, sanitising on.
 *
 * remark-html sanitises with GitHub's schema: raw `<script>`, `<iframe>`,
 * `<object>`, event-handler attributes and `javascript:`/`data:` URLs are
 * dropped. The schema is widened only for what body-html.ts adds (section
 * links, table regions, alignment classes, task checkboxes' names). Never
 * pass `sanitize: false`: article bodies come from many outlets and many
 * hands, and pages print this HTML unescaped.
 *
 * The render threads use this same module (checked-render.ts).
 */
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { bodyHandlers, bodySchema, ENGLISH_BODY_WORDS, fixFootnoteIds, type BodyWords } from "./body-html.ts";
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

// One processor per language's words (a build has one; the preview may see a second after a language change).
const processors = new Map<string, ReturnType<typeof processorFor>>();

function processorFor(words: BodyWords) {
  return remark().use(remarkGfm).use(remarkHtml, { sanitize: bodySchema(words), handlers: bodyHandlers(words) });
}

/** Renders one Markdown body to sanitised HTML, plain text, an excerpt and a reading time; `bodyWords` name what the HTML adds (English unless given). */
export function renderMarkdown(markdown: string, bodyWords: BodyWords = ENGLISH_BODY_WORDS): RenderedMarkdown {
  const wordsKey = JSON.stringify(bodyWords);
  let processor = processors.get(wordsKey);
  if (!processor) {
    processor = processorFor(bodyWords);
    processors.set(wordsKey, processor);
  }
  const tree = processor.parse(markdown) as Root;
  const text = plainTextOf(tree);
  const excerpt = excerptOf(tree);
  const transformed = processor.runSync(tree) as Root;
  const html = fixFootnoteIds(String(processor.stringify(transformed))).trim();
  const words = wordCount(text);
  return { html, text, excerpt, words, readingMinutes: readingMinutes(words) };
}
