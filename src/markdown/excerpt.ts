/** A short excerpt of an article, for lists and meta descriptions. */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";

/** How long an excerpt may be, in characters; about two lines in a list. */
export const EXCERPT_LENGTH = 200;

/** Takes the text of the first paragraphs, cut at a word boundary near `limit` characters. */
export function excerptOf(tree: Root, limit = EXCERPT_LENGTH): string {
  let text = "";
  for (const node of tree.children) {
    if (node.type !== "paragraph") continue;
    const paragraph = toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
    if (!paragraph) continue;
    text = text ? `${text} ${paragraph}` : paragraph;
    if (text.length >= limit) break;
  }
  return truncateWords(text, limit);
}

/** Cuts text at the last word boundary before `limit`, adding an ellipsis when it was cut. */
export function truncateWords(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const boundary = cut.lastIndexOf(" ");
  const head = (boundary > limit * 0.6 ? cut.slice(0, boundary) : text.slice(0, limit)).replace(/[\s,;:.–—-]+$/u, "");
  return `${head}…`;
}
