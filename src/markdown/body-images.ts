/**
 * Images in an article body, as the render threads leave them: each Markdown
 * image becomes a marker in the HTML and an entry in the render's `images`
 * list (its path as written, alt text, title and line), and the main thread
 * puts the processed `<picture>` (or `<figure>`) in its place
 * (src/images/place-photos.ts).
 *
 * Why markers: a render is cached by the body's hash alone, while a photo's
 * markup depends on its folder and its bytes. Leaving the image part out of
 * the render keeps the body cache keyed by the body, and the photo cache by
 * the photo (docs/architecture.md). The marker is delimited by U+0000, which
 * Markdown parsing replaces with U+FFFD wherever an author writes it, so no
 * body can forge one; nothing about an image passes through the sanitiser,
 * and raw HTML (`<img>` included) is still dropped by it.
 */
import type { ElementContent } from "hast";
import type { Definition, Image, ImageReference, Nodes, Paragraph, Parents, Root } from "mdast";
import { defaultHandlers, type Handlers, type State } from "mdast-util-to-hast";

/** One image of a body, in the order of its markers' indexes. */
export interface BodyImage {
  /** The path as written in the Markdown (`photo.jpg`), not yet resolved. */
  url: string;
  /** The alt text (empty when none was written). */
  alt: string;
  /** The Markdown title (`"Caption. Photo: Agency"`): the caption of a figure. */
  title?: string;
  /** Line within the body (1-based), when known. */
  line?: number;
  /** True when the image is alone in its paragraph: it becomes a `<figure>` with its title as caption. */
  figure: boolean;
}

declare module "mdast" {
  interface ImageData {
    /** Index in the render's `images`, set by `collectImages`. */
    datelineImage?: number;
  }
  interface ImageReferenceData {
    datelineImage?: number;
  }
}

/** The marker of image `index` in rendered HTML. */
export function imageMarker(index: number): string {
  return `\u0000dateline-image:${index}\u0000`;
}

/** Every marker in rendered HTML; group 1 is the image's index. */
export const IMAGE_MARKER = /\u0000dateline-image:(\d+)\u0000/g;

/**
 * Lists the images of a parsed body in document order and numbers them for
 * the handlers; an image reference without a definition stays text, as
 * Markdown has it.
 */
export function collectImages(tree: Root): BodyImage[] {
  const definitions = new Map<string, Definition>();
  walk(tree, undefined, (node) => {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const images: BodyImage[] = [];
  walk(tree, undefined, (node, parent) => {
    if (node.type !== "image" && node.type !== "imageReference") return;
    const target = node.type === "image" ? node : definitions.get(node.identifier);
    if (!target) return;
    node.data = { ...node.data, datelineImage: images.length };
    const title = target.title?.trim();
    images.push({
      url: target.url,
      alt: node.alt?.trim() ?? "",
      ...(title ? { title } : {}),
      ...(node.position ? { line: node.position.start.line } : {}),
      figure: parent?.type === "paragraph" && isAlone(parent, node),
    });
  });
  return images;
}

function walk(node: Nodes, parent: Parents | undefined, visit: (node: Nodes, parent: Parents | undefined) => void): void {
  visit(node, parent);
  if ("children" in node) for (const child of node.children) walk(child, node, visit);
}

/** True when `image` is the only thing in `paragraph` but white space. */
function isAlone(paragraph: Paragraph, image: Image | ImageReference): boolean {
  return paragraph.children.every((child) => child === image || (child.type === "text" && child.value.trim() === ""));
}

function marker(node: Image | ImageReference): ElementContent | undefined {
  const index = node.data?.datelineImage;
  return index === undefined ? undefined : { type: "text", value: imageMarker(index) };
}

/**
 * `handlers` (remark-html's) with images as markers, and no `<p>` around an
 * image that becomes a figure; any other paragraph goes to `handlers`' own
 * paragraph handler (body-html.ts may have one), else remark-html's.
 */
export function withImageHandlers(handlers: Handlers): Handlers {
  const otherParagraph = handlers.paragraph ?? defaultHandlers.paragraph;
  return {
    ...handlers,
    image: (state: State, node: Image) => marker(node) ?? defaultHandlers.image(state, node),
    imageReference: (state: State, node: ImageReference) => marker(node) ?? defaultHandlers.imageReference(state, node),
    paragraph(state: State, node: Paragraph, parent: Parents | undefined) {
      const only = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
      const image = only.length === 1 && (only[0]!.type === "image" || only[0]!.type === "imageReference") ? only[0] : undefined;
      return (image && marker(image)) ?? otherParagraph(state, node, parent);
    },
  };
}
