/** Reading built HTML with a real parser (parse5), not regular expressions. */
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A parsed document with the few queries tests need. */
export interface Html {
  /** Elements with this tag name (`*` for all), in document order. */
  all(tag: string): Element[];
  /** Text content of the first element with this tag name. */
  text(tag: string): string;
}

/** Parses an HTML document. */
export function parseHtml(html: string): Html {
  const document = parse(html);
  const elements: Element[] = [];
  walk(document, (node) => {
    if ("tagName" in node) elements.push(node as Element);
  });
  return {
    all: (tag) => (tag === "*" ? elements : elements.filter((element) => element.tagName === tag)),
    text: (tag) => {
      const first = elements.find((element) => element.tagName === tag);
      return first ? textOf(first) : "";
    },
  };
}

/** The value of an attribute, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text content of a node. */
export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  const children = "childNodes" in node ? node.childNodes : [];
  return children.map((child) => textOf(child as Node)).join("");
}

/** Every element in a node's subtree (the node included when it is an element). */
export function elementsIn(node: Node): Element[] {
  const found: Element[] = [];
  walk(node, (n) => {
    if ("tagName" in n) found.push(n as Element);
  });
  return found;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) walk(child as Node, visit);
  const content = (node as { content?: Node }).content;
  if (content) walk(content, visit);
}
