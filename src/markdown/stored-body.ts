/**
 * A rendered body whose HTML and text stay on disk (body-store.ts) until
 * something prints them. It is a plain object: its key, the photos filled into
 * its HTML, and what lists print (excerpt, words, reading time) are its own
 * enumerable fields, so the preview's DataComparer sees a changed body as a
 * changed key; `html` and `text` are getters that are not enumerable, so
 * comparing or copying fields never reads every body from disk.
 */
import { IMAGE_MARKER } from "./body-images.ts";
import type { BodyStore } from "./body-store.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { hasVideoEmbed } from "./video-embeds.ts";

/** Where a stored body is: its key in the store, and the markup of each body photo, by marker index, once processed. */
export interface BodyRef {
  key: string;
  photos?: string[];
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

/** A rendered body read from the store when printed. */
export interface StoredBody extends RenderedMarkdown, BodySummary {
  body: BodyRef;
}

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

/** The store a stored body reads from, kept on it but not enumerable. */
const STORE = Symbol("body store");

/** A body in `store` under `ref`, with `summary`'s fields. */
export function storedBody(store: BodyStore, ref: BodyRef, summary: BodySummary): StoredBody {
  const body = { ...summary, body: ref } as StoredBody;
  defineBodyText(body, store);
  Object.defineProperty(body, STORE, { value: store, enumerable: false });
  return body;
}

/**
 * Gives `target` (a stored body, or an article's view of one) `html` and `text`
 * read from `store` under its own `body` field when asked, so a view edited in
 * place (the preview copies a new `body` into it) prints its new body.
 */
export function defineBodyText(target: { body: BodyRef }, store: BodyStore): void {
  Object.defineProperties(target, {
    html: {
      get(this: { body: BodyRef }) {
        return fillPhotos(store.read(this.body.key).html, this.body.photos);
      },
      enumerable: false,
      configurable: true,
    },
    text: {
      get(this: { body: BodyRef }) {
        return store.read(this.body.key).text;
      },
      enumerable: false,
      configurable: true,
    },
  });
}

/** True when the body's HTML and text are on disk rather than in memory. */
export function isStored(rendered: RenderedMarkdown): rendered is StoredBody {
  return "body" in rendered;
}

/** The store `body` reads from (views and photo markup made from it later read there too). */
export function storeOf(body: StoredBody): BodyStore {
  return (body as unknown as Record<symbol, BodyStore>)[STORE]!;
}

/** The body with each photo marker replaced by `photos[index]` (the empty string where there is none). */
export function withPhotos(rendered: RenderedMarkdown, photos: string[]): RenderedMarkdown {
  if (!isStored(rendered)) return { ...rendered, html: fillPhotos(rendered.html, photos) };
  const { body, ...summary } = rendered;
  return storedBody(storeOf(rendered), { key: body.key, photos }, summary);
}

function fillPhotos(html: string, photos: string[] | undefined): string {
  return photos ? html.replace(IMAGE_MARKER, (_marker, index: string) => photos[Number(index)] ?? "") : html;
}
