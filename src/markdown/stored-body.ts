/**
 * A rendered body whose HTML and text stay on disk (body-store.ts) until
 * something prints them. A stored body is plain data: where the body is (its
 * key, and the markup of its photos once processed) and what lists print
 * (excerpt, words, reading time), so the preview's DataComparer sees a changed
 * body as a changed key. The store travels with the key, in a symbol-keyed
 * field that comparing, copying or serialising fields passes over.
 *
 * Whatever prints a body asks `bodyText`; an article's view (and a content
 * page) gets `html` and `text` getters over it (`defineBodyText`), not
 * enumerable, so layouts print `article.html` as before and comparing views
 * never reads every body from disk.
 */
import { IMAGE_MARKER } from "./body-images.ts";
import type { BodyStore, BodyText } from "./body-store.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { hasVideoEmbed } from "./video-embeds.ts";

/** The store a body reads from. */
const STORE = Symbol("body store");

/** Where a stored body is: its key in the store, and the markup of each body photo, by marker index, once processed. */
export interface BodyRef {
  key: string;
  /**
   * Which render code made it (the body store's name for that code): the key
   * names only the Markdown, so without this a digest of a view (the
   * incremental build's) would not change when new code renders the same
   * Markdown differently.
   */
  code: string;
  photos?: string[];
  [STORE]: BodyStore;
}

/** What a stored body keeps in memory. */
export interface BodySummary {
  excerpt: string;
  words: number;
  readingMinutes: number;
  images?: RenderedMarkdown["images"];
  /** Whether the HTML holds a video placeholder (video-embeds.ts), known without reading it. */
  hasVideo: boolean;
}

/** A rendered body whose HTML and text are read from the store when printed. */
export interface StoredBody extends BodySummary {
  body: BodyRef;
}

/** A body as the loader hands it on: held in memory (no cache, tests, the preview's edits) or stored. */
export type Rendered = RenderedMarkdown | StoredBody;

/** The summary of a render, kept in the render cache's index beside the key. */
export function summaryOf(rendered: RenderedMarkdown): BodySummary {
  return {
    excerpt: rendered.excerpt,
    words: rendered.words,
    readingMinutes: rendered.readingMinutes,
    ...(rendered.images && rendered.images.length > 0 && { images: rendered.images }),
    hasVideo: hasVideoEmbed(rendered.html),
  };
}

/** The body stored in `store` under `key`, with `summary`'s fields. */
export function storedBody(store: BodyStore, key: string, summary: BodySummary): StoredBody {
  return { ...summary, body: { key, code: store.code, [STORE]: store } };
}

/** True when the body's HTML and text are on disk rather than in memory. */
export function isStored(rendered: Rendered): rendered is StoredBody {
  return "body" in rendered;
}

/** The body's HTML (its photos filled in) and text, read from the store when it is there. */
export function bodyText(rendered: Rendered): BodyText {
  if (!isStored(rendered)) return { html: rendered.html, text: rendered.text };
  const { html, text } = rendered.body[STORE].read(rendered.body.key);
  return { html: fillPhotos(html, rendered.body.photos), text };
}

/** Whether the body's HTML holds a video placeholder. */
export function hasVideo(rendered: Rendered): boolean {
  return isStored(rendered) ? rendered.hasVideo : hasVideoEmbed(rendered.html);
}

/** The getters of a view of a stored body: one pair of functions shared by every view. */
const BODY_TEXT: PropertyDescriptorMap = {
  html: {
    get(this: { body: BodyRef }) {
      const { html } = this.body[STORE].read(this.body.key);
      return fillPhotos(html, this.body.photos);
    },
    enumerable: false,
    configurable: true,
  },
  text: {
    get(this: { body: BodyRef }) {
      return this.body[STORE].read(this.body.key).text;
    },
    enumerable: false,
    configurable: true,
  },
};

/**
 * Gives `target` (an article's view of a stored body, or the body itself)
 * `html` and `text` read from the store under its own `body` when asked, so a
 * view edited in place (the preview copies a new `body` into it) prints its
 * new body.
 */
export function defineBodyText<T extends { body: BodyRef }>(target: T): T & BodyText {
  return Object.defineProperties(target, BODY_TEXT) as T & BodyText;
}

/** A render as pages print it: stored, with `html` and `text` getters; else as it is. */
export function printable(rendered: Rendered): RenderedMarkdown {
  return isStored(rendered) ? defineBodyText({ ...rendered }) : rendered;
}

/** Gives `target` the body of `source` as `source` holds it: in its own fields, or read from the store under `body`. */
export function copyBody(target: object, source: object): void {
  for (const key of ["html", "text", "body"]) {
    delete (target as Record<string, unknown>)[key];
    const field = Object.getOwnPropertyDescriptor(source, key);
    if (field) Object.defineProperty(target, key, field);
  }
}

/** The body with each photo marker replaced by `photos[index]` (the empty string where there is none). */
export function withPhotos(rendered: Rendered, photos: string[]): Rendered {
  if (!isStored(rendered)) return { ...rendered, html: fillPhotos(rendered.html, photos) };
  return { ...rendered, body: { ...rendered.body, photos } };
}

function fillPhotos(html: string, photos: string[] | undefined): string {
  return photos ? html.replace(IMAGE_MARKER, (_marker, index: string) => photos[Number(index)] ?? "") : html;
}
