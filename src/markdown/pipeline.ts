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
 * Each body is parsed by remark-gfm trimmed to what its source could hold
 * (lean-gfm.ts: no email-literal or table search where no `@` or `|`):
 * byte-identical HTML, less parsing time (docs/performance.md). The variants share
 * everything but those micromark constructs, so a handler added to
 * `bodyHandlers` (body-html.ts) or a plugin added in `createProcessor`
 * applies to every body. Images (`![`) and links (`](`, `<http…>`, www/http
 * literals) are parsed alike in every variant; only email literals and
 * tables are left out where the source cannot hold them (a plugin that
 * needs either must widen `gfmNeeds`).
 *
 * The render threads use this same module (checked-render.ts).
 */
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { bodyHandlers, bodySchema, ENGLISH_BODY_WORDS, fixFootnoteIds, type BodyWords } from "./body-html.ts";
import { collectImages, withImageHandlers, type BodyImage } from "./body-images.ts";
import type { Root } from "mdast";
import { excerptOf } from "./excerpt.ts";
import { gfmNeeds, remarkLeanGfm, type GfmNeeds } from "./lean-gfm.ts";
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
  /** The body's images in marker order: the HTML holds a marker for each (body-images.ts), filled in on the main thread; absent or empty when it has none. */
  images?: BodyImage[];
}

/**
 * The body pipeline, with GFM trimmed to `needs` (untrimmed remark-gfm
 * without), naming what it adds in `words`. Add plugins here, never to one
 * variant: every body goes through this chain.
 */
function createProcessor(words: BodyWords, needs?: GfmNeeds) {
  const processor = remark().use(remarkGfm);
  if (needs) processor.use(remarkLeanGfm, needs);
  return processor.use(remarkHtml, { sanitize: bodySchema(words), handlers: withImageHandlers(bodyHandlers(words)) });
}

type BodyProcessor = ReturnType<typeof createProcessor>;

/**
 * One processor per language's words and combination of needs (four per
 * language at most), made when first needed. A build has one language; the
 * preview may see a second after a language change.
 */
const processors = new Map<string, BodyProcessor>();

function processorFor(markdown: string, words: BodyWords): BodyProcessor {
  const needs = gfmNeeds(markdown);
  const key = `${needs.emailLiterals}|${needs.tables}|${JSON.stringify(words)}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(words, needs);
    processors.set(key, processor);
  }
  return processor;
}

/** Renders one Markdown body to sanitised HTML, plain text, an excerpt and a reading time; `bodyWords` name what the HTML adds (English unless given). */
export function renderMarkdown(markdown: string, bodyWords: BodyWords = ENGLISH_BODY_WORDS): RenderedMarkdown {
  return renderWith(processorFor(markdown, bodyWords), markdown);
}

/** `renderMarkdown` with remark-gfm untrimmed: what the trimmed variants are tested against (tests/unit/lean-gfm.test.ts). */
export function renderMarkdownWithFullGfm(markdown: string, bodyWords: BodyWords = ENGLISH_BODY_WORDS): RenderedMarkdown {
  return renderWith(createProcessor(bodyWords), markdown);
}

function renderWith(processor: BodyProcessor, markdown: string): RenderedMarkdown {
  const tree = processor.parse(markdown) as Root;
  const text = plainTextOf(tree);
  const excerpt = excerptOf(tree);
  const images = collectImages(tree);
  const transformed = processor.runSync(tree) as Root;
  const html = fixFootnoteIds(String(processor.stringify(transformed))).trim();
  const words = wordCount(text);
  return { html, text, excerpt, words, readingMinutes: readingMinutes(words), images };
}
