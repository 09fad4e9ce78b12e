/**
 * A YouTube or Vimeo link alone in its paragraph becomes a click-to-load
 * player's placeholder: made only from what the build knows (the provider's
 * name, a link to the video, the link's text), so a page with one asks
 * nothing of the provider until the reader presses play. The script that
 * adds the play button and, on a press, the player (public/video-embeds.js)
 * reads the player's address from `data-video-player`; without it the
 * placeholder is a plain link to the video.
 *
 * The link, the player's address and the names are built from the parsed
 * video (video-url.ts), never copied from the article: tracking parameters
 * (`?si=…`, `&feature=…`) are dropped, and the sanitiser lets the player's
 * address through only in the two shapes made here.
 */
import type { Element, ElementContent } from "hast";
import type { Schema } from "hast-util-sanitize";
import type { Paragraph } from "mdast";
import { defaultHandlers, type State } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { fillPlaceholders, messagePattern } from "../i18n/message.ts";
import { parseVideoUrl, type Video } from "./video-url.ts";

/** The placeholder's classes: the whole, its 16:9 box, the provider's name, the link, the note under it. */
export const VIDEO_CLASSES = {
  embed: "video-embed",
  box: "video-embed__box",
  provider: "video-embed__provider",
  title: "video-embed__title",
  note: "video-embed__note",
} as const;

const PROVIDER_NAMES = { youtube: "YouTube", vimeo: "Vimeo" } as const;

/** The origins of the two players: the only pages an article may frame (the site's content security policy allows exactly these). */
export const PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"] as const;

/** The only player addresses a placeholder may carry: YouTube's privacy-enhanced host and Vimeo's player with Do Not Track. */
export const PLAYER_URL =
  /^(?:https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}\?autoplay=1(?:&start=[0-9]+)?|https:\/\/player\.vimeo\.com\/video\/[1-9][0-9]{0,11}\?(?:h=[0-9a-f]{8,20}&)?dnt=1&autoplay=1(?:#t=[0-9]+s)?)$/;

/** The words a placeholder is made with (body-html.ts's BodyWords, in the site's language). */
export interface VideoWords {
  videoPlay: string;
  videoNamed: string;
  videoUnnamed: string;
  videoNote: string;
}

/** Exactly the texts `template` makes with a provider's name and any title. */
function templatePattern(template: string): string {
  return messagePattern(template, { provider: "(?:YouTube|Vimeo)", title: "[^]*" });
}

/**
 * Whether a rendered body holds a video placeholder (its page then loads the
 * player script). Sanitised HTML can hold this text only from videoEmbed:
 * raw HTML is dropped and code is escaped.
 */
export function hasVideoEmbed(html: string): boolean {
  return html.includes(`<div class="${VIDEO_CLASSES.embed}"`);
}

/** The address of the video's page at its provider (what the placeholder links to). */
export function videoPageUrl(video: Video): string {
  if (video.provider === "youtube") return `https://www.youtube.com/watch?v=${video.id}${video.start ? `&t=${video.start}s` : ""}`;
  return `https://vimeo.com/${video.id}${video.hash ? `/${video.hash}` : ""}${video.start ? `#t=${video.start}s` : ""}`;
}

/** The address of the video's player, loaded only when the reader presses play. */
export function videoPlayerUrl(video: Video): string {
  if (video.provider === "youtube") return `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1${video.start ? `&start=${video.start}` : ""}`;
  const hash = video.hash ? `h=${video.hash}&` : "";
  return `https://player.vimeo.com/video/${video.id}?${hash}dnt=1&autoplay=1${video.start ? `#t=${video.start}s` : ""}`;
}

/**
 * The placeholder for a paragraph that is one link to a video (`<https://…>`,
 * a bare URL, or `[text](https://…)`), or undefined for any other paragraph.
 */
export function videoEmbed(state: State, node: Paragraph, words: VideoWords): Element | undefined {
  const [link, ...rest] = node.children;
  if (!link || rest.length > 0 || link.type !== "link") return undefined;
  const video = parseVideoUrl(link.url);
  if (!video) return undefined;
  const provider = PROVIDER_NAMES[video.provider];
  const written = toString(link, { includeHtml: false }).replace(/\s+/g, " ").trim();
  // A bare URL's text is the address (`www.…` without its scheme): a person hears "YouTube video", not the address.
  const title = written && !parseVideoUrl(written) && !parseVideoUrl(`https://${written}`) ? written : undefined;
  const anchor = defaultHandlers.link(state, link);
  anchor.properties = { href: videoPageUrl(video) };
  return {
    type: "element",
    tagName: "div",
    properties: {
      className: [VIDEO_CLASSES.embed],
      dataVideoPlayer: videoPlayerUrl(video),
      dataVideoPlay: fillPlaceholders(words.videoPlay, { title: title ?? fillPlaceholders(words.videoUnnamed, { provider }) }),
      dataVideoFrame: title ? fillPlaceholders(words.videoNamed, { provider, title }) : fillPlaceholders(words.videoUnnamed, { provider }),
    },
    children: [
      text("\n"),
      element("div", VIDEO_CLASSES.box, [
        text("\n"),
        element("p", VIDEO_CLASSES.provider, [text(provider)]),
        text("\n"),
        element("p", VIDEO_CLASSES.title, [anchor]),
        text("\n"),
      ]),
      text("\n"),
      element("p", VIDEO_CLASSES.note, [text(fillPlaceholders(words.videoNote, { provider }))]),
      text("\n"),
    ],
  };
}

function element(tagName: string, className: string, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: { className: [className] }, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}

type Attributes = NonNullable<Schema["attributes"]>;
type PropertyDefinition = Attributes[string][number];

/**
 * `schema`, widened for the placeholder only: its classes on `div` and `p`,
 * and its three data attributes, each only in the shape made above (the
 * player's address one of the two patterns of PLAYER_URL).
 */
export function withVideoEmbeds(words: VideoWords, schema: Schema): Schema {
  const attributes = schema.attributes ?? {};
  return {
    ...schema,
    attributes: {
      ...attributes,
      div: [
        ...withClasses(attributes.div, VIDEO_CLASSES.embed, VIDEO_CLASSES.box),
        ["dataVideoPlayer", PLAYER_URL],
        ["dataVideoPlay", new RegExp(`^${templatePattern(words.videoPlay)}$`)],
        ["dataVideoFrame", new RegExp(`^(?:${templatePattern(words.videoNamed)}|${templatePattern(words.videoUnnamed)})$`)],
      ],
      p: withClasses(attributes.p, VIDEO_CLASSES.provider, VIDEO_CLASSES.title, VIDEO_CLASSES.note),
    },
  };
}

/** An element's allowed attributes with more allowed classes (the sanitiser heeds only the first `className` entry, so they are merged into it). */
function withClasses(allowed: PropertyDefinition[] | undefined, ...classNames: string[]): PropertyDefinition[] {
  const list = allowed ?? [];
  const classes = list.find((entry) => Array.isArray(entry) && entry[0] === "className");
  const others = list.filter((entry) => entry !== classes);
  return [...others, ["className", ...(Array.isArray(classes) ? classes.slice(1) : []), ...classNames]];
}
