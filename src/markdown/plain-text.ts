/** Plain text of a Markdown tree: block by block, raw HTML left out. */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";

/** Joins the text of each top-level block with blank lines, skipping raw HTML; a table's cells are kept apart (a row a line). */
export function plainTextOf(tree: Root): string {
  return tree.children
    .filter((node) => node.type !== "html" && node.type !== "definition")
    .map((node: Nodes) => (node.type === "table" ? node.children.map((row) => row.children.map(textOf).join(" ")).join("\n") : textOf(node)).trim())
    .filter((block) => block.length > 0)
    .join("\n\n");
}

function textOf(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: true }).trim();
}
