/**
 * How an article body's Markdown becomes HTML beyond remark-html's defaults,
 * and the sanitiser's schema that lets exactly those additions through.
 *
 * - `##` and `###` headings get an id (section-ids.ts) and a link to
 *   themselves, `<a class="heading-anchor">`, named for screen readers.
 * - A table is wrapped in a focusable, labelled region that scrolls sideways
 *   (`<div class="table-scroll">`), so a wide one never widens the page; its
 *   columns' alignment is a class (`align-left|center|right`), as `align` is
 *   obsolete HTML.
 * - A task list's checkbox is named ("Done" / "To do"): an unlabelled input
 *   fails html-validate and axe.
 * - A YouTube or Vimeo link alone in its paragraph is a click-to-load
 *   player's placeholder (video-embeds.ts).
 *
 * The names are the site language's interface strings (`BodyWords`, from
 * src/i18n/body-words.ts), so they are part of the render's input and of its
 * cache key.
 *
 * Everything else is remark-html's, sanitised with GitHub's schema
 * (hast-util-sanitize's default), widened here only for the attributes above.
 */
import type { Element, ElementContent, Properties } from "hast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, ListItem, Paragraph, Table } from "mdast";
import { defaultHandlers, type Handlers, type State } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { SectionIds } from "./section-ids.ts";
import { videoEmbed, withVideoEmbeds } from "./video-embeds.ts";
import { fillPlaceholders, messagePattern } from "../i18n/message.ts";
import { escapeRegExp } from "../util/regexp.ts";

/** The interface strings a rendered body contains: the names of section links, table regions and task checkboxes. */
export interface BodyWords {
  /** With `{title}`. */
  sectionLink: string;
  sectionLinkUntitled: string;
  table: string;
  /** With `{number}`. */
  tableNumbered: string;
  taskDone: string;
  taskOpen: string;
  /** A video's play button, with `{title}`. */
  videoPlay: string;
  /** A video player's title, with `{provider}` and `{title}`; the next without a title. */
  videoNamed: string;
  videoUnnamed: string;
  /** The line under a video, with `{provider}`. */
  videoNote: string;
}

/** The English words, as bodies rendered without a site (tests, golden fixtures) get them. */
export const ENGLISH_BODY_WORDS: BodyWords = {
  sectionLink: "Link to this section: {title}",
  sectionLinkUntitled: "Link to this section",
  table: "Table",
  tableNumbered: "Table {number}",
  taskDone: "Done",
  taskOpen: "To do",
  videoPlay: "Play video: {title}",
  videoNamed: "{provider} video: {title}",
  videoUnnamed: "{provider} video",
  videoNote: "Playing loads the video from {provider}, which may record that you watched it.",
};

/** What the sanitiser puts before every id (GitHub's schema). */
export const ID_PREFIX = defaultSchema.clobberPrefix ?? "user-content-";

/** The class of a heading's link to itself. */
export const HEADING_ANCHOR_CLASS = "heading-anchor";
/** The class of a table's scrolling wrapper. */
export const TABLE_SCROLL_CLASS = "table-scroll";

const ALIGN_CLASSES = ["align-left", "align-center", "align-right"];

/** Each rendered body's section ids, and its tables counted (their regions need distinct names). */
const bodies = new WeakMap<State, { ids: SectionIds; tables: number }>();

function bodyOf(state: State): { ids: SectionIds; tables: number } {
  let body = bodies.get(state);
  if (!body) {
    body = { ids: new SectionIds(), tables: 0 };
    bodies.set(state, body);
  }
  return body;
}

function text(value: string): ElementContent {
  return { type: "text", value };
}

/** An `h2`/`h3` with its id and a link to itself after its text. */
function heading(state: State, node: Heading, words: BodyWords): Element {
  const element = defaultHandlers.heading(state, node);
  if (node.depth !== 2 && node.depth !== 3) return element;
  const title = toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
  const id = bodyOf(state).ids.next(title);
  element.properties.id = id;
  element.children.push(text(" "), {
    type: "element",
    tagName: "a",
    properties: { href: `#${ID_PREFIX}${id}`, className: [HEADING_ANCHOR_CLASS], ariaLabel: title ? fillPlaceholders(words.sectionLink, { title }) : words.sectionLinkUntitled },
    children: [text("#")],
  });
  return element;
}

/** A table in its scrolling region, its cells' alignment as classes. */
function table(state: State, node: Table, words: BodyWords): Element {
  const element = defaultHandlers.table(state, node);
  for (const cell of descendants(element)) {
    if ((cell.tagName === "th" || cell.tagName === "td") && typeof cell.properties.align === "string") {
      cell.properties.className = [`align-${cell.properties.align}`];
      delete cell.properties.align;
    }
  }
  const body = bodyOf(state);
  body.tables++;
  const properties: Properties = {
    className: [TABLE_SCROLL_CLASS],
    role: "region",
    ariaLabel: tableName(words, body.tables),
    tabIndex: 0,
  };
  return { type: "element", tagName: "div", properties, children: [text("\n"), element, text("\n")] };
}

/** A task list item with its checkbox named. */
function listItem(state: State, node: ListItem, parent: Parameters<typeof defaultHandlers.listItem>[2], words: BodyWords): Element {
  const element = defaultHandlers.listItem(state, node, parent);
  if (typeof node.checked !== "boolean") return element;
  for (const child of descendants(element)) {
    if (child.tagName === "input") {
      child.properties.ariaLabel = node.checked ? words.taskDone : words.taskOpen;
      break;
    }
  }
  return element;
}

/** A paragraph, or the placeholder of the video it links to alone. */
function paragraph(state: State, node: Paragraph, words: BodyWords): Element {
  return videoEmbed(state, node, words) ?? defaultHandlers.paragraph(state, node);
}

/** Elements under `element`, depth first (not `element` itself). */
function* descendants(element: Element): Generator<Element> {
  for (const child of element.children) {
    if (child.type !== "element") continue;
    yield child;
    yield* descendants(child);
  }
}

/** The name of a body's `n`th table region ("Table", "Table 2"). */
function tableName(words: BodyWords, n: number): string {
  return n === 1 ? words.table : fillPlaceholders(words.tableNumbered, { number: String(n) });
}

/** remark-html's `handlers`: how headings, tables, task list items and video links become HTML, named in `words`. */
export function bodyHandlers(words: BodyWords): Handlers {
  return {
    heading: (state, node) => heading(state, node, words),
    table: (state, node) => table(state, node, words),
    listItem: (state, node, parent) => listItem(state, node, parent, words),
    paragraph: (state, node) => paragraph(state, node, words),
  };
}

const attributes = defaultSchema.attributes ?? {};
type PropertyDefinition = NonNullable<Schema["attributes"]>[string][number];

/**
 * GitHub's schema, and only what the handlers above add: the heading link's
 * class, the table region's class, role and name, alignment classes on
 * cells, and a task checkbox's two names. (Ids, `tabindex` and `href="#…"`
 * are allowed by GitHub's schema already; ids keep its `user-content-`
 * prefix.) Then the video placeholder's classes and data attributes.
 */
export function bodySchema(words: BodyWords): Schema {
  return withVideoEmbeds(words, {
    ...defaultSchema,
    attributes: {
      ...attributes,
      a: withClass(attributes.a, HEADING_ANCHOR_CLASS),
      div: [...(attributes.div ?? []), ["className", TABLE_SCROLL_CLASS], ["role", "region"], ["ariaLabel", tableNamePattern(words)]],
      th: [...(attributes.th ?? []), ["className", ...ALIGN_CLASSES]],
      td: [...(attributes.td ?? []), ["className", ...ALIGN_CLASSES]],
      input: [...(attributes.input ?? []), ["ariaLabel", words.taskDone, words.taskOpen]],
    },
  });
}

/** Exactly the names `tableName` gives: the first table's, or the numbered one's with a number in place of `{number}`. */
function tableNamePattern(words: BodyWords): RegExp {
  return new RegExp(`^(?:${escapeRegExp(words.table)}|${messagePattern(words.tableNumbered, { number: "[1-9]\\d*" })})$`);
}

/** An element's allowed attributes with one more allowed class (the sanitiser heeds only the first `className` entry, so they are merged). */
function withClass(allowed: PropertyDefinition[] | undefined, className: string): PropertyDefinition[] {
  const list = allowed ?? [];
  const classes = list.find((entry) => Array.isArray(entry) && entry[0] === "className");
  const others = list.filter((entry) => entry !== classes);
  return [...others, ["className", ...(Array.isArray(classes) ? classes.slice(1) : []), className]];
}

/**
 * GFM's footnotes are given ids that already start with `user-content-`
 * (mdast-util-to-hast's default `clobberPrefix`, which remark-html does not
 * let us change), and the sanitiser adds it again: the links say
 * `#user-content-fn-1`, the notes `id="user-content-user-content-fn-1"`.
 * This takes the second prefix off footnotes' ids in the sanitised HTML, so
 * links and notes meet; every id still starts with `user-content-`.
 */
export function fixFootnoteIds(html: string): string {
  return html.replaceAll(/ id="user-content-user-content-(fn|fnref)-/g, ' id="user-content-$1-');
}
