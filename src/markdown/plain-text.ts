/** Plain text of a Markdown tree: block by block, raw HTML left out. */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";

/** Joins the text of each top-level block with blank lines, skipping raw HTML. */
export function plainTextOf(tree: Root): string {
  return tree.children
    .filter((node) => node.type !== "html" && node.type !== "definition")
    .map((node: Nodes) => toString(node, { includeHtml: false, includeImageAlt: true }).trim())
    .filter((block) => block.length > 0)
    .join("\n\n");
}
