/**
 * GitHub-flavoured Markdown without the searching a body cannot need: the
 * same remark-gfm, with the two costly constructs a body's source rules out
 * taken out of its tokenizer, and its autolink-literal pass over the tree
 * skipped when no text node could hold one. The HTML is byte-identical to
 * the full remark-gfm's (tests/unit/lean-gfm.test.ts compares them);
 * docs/performance.md says what it saves.
 *
 * Where the time went, and why each cut cannot change the result (read in
 * micromark-extension-gfm-autolink-literal, -gfm-table and
 * mdast-util-gfm-autolink-literal):
 *
 * - **Email autolink literals** (`contact@example.org`): micromark tries the
 *   construct at the start of every word (it is registered on every ASCII
 *   letter, digit and `+-._`), the largest part of GFM's cost. It succeeds
 *   only after consuming a literal `@`, so a body without `@` in its source
 *   cannot have one (a `&#64;` reference is not an `@` to the tokenizer).
 *   The www and http(s) literals stay: they are tried only after a space or
 *   `(*_[]~` before `w`/`h`, and are cheap.
 * - **Tables**: tried at the start of every block. A table needs a
 *   delimiter row, which holds a `|`, or a `:` next to a `-` (`:--`, `--:`);
 *   a body with none of `|`, `:-`, `-:` cannot have one.
 * - **mdast-util-gfm-autolink-literal's transform** walks the tree four
 *   times with four regular expressions, turning `www.`, `http://`,
 *   `https://` (any case) and anything with `@` in text nodes outside links
 *   into links. One walk that finds none of those in any text node lets it
 *   be skipped; text nodes hold decoded text, so references and escapes are
 *   seen as what they stand for.
 *
 * Everything else (footnotes, strikethrough, task lists, the other
 * autolinks, and mdast/HTML handlers such as body-html.ts's `bodyHandlers`)
 * is the same in every variant: the variants differ only in micromark
 * constructs that could not have matched, so a handler added to
 * `bodyHandlers` applies to every body whichever variant parses it.
 */
import type { Root, RootContent } from "mdast";
import type { Processor } from "unified";

/** Which of the costly GFM constructs a body's source could hold. */
export interface GfmNeeds {
  /** An `@` somewhere: an email autolink literal is possible. */
  emailLiterals: boolean;
  /** A `|`, `:-` or `-:` somewhere: a table is possible. */
  tables: boolean;
}

/** What a body's source rules out (a cheap scan of the source, no parsing). */
export function gfmNeeds(markdown: string): GfmNeeds {
  return { emailLiterals: markdown.includes("@"), tables: TABLE_TRIGGER.test(markdown) };
}

const TABLE_TRIGGER = /\||:-|-:/;

/** What mdast-util-gfm-autolink-literal's transform looks for in a text node (its four patterns need one of these). */
const LITERAL_IN_TEXT = /@|https?:\/\/|www\./i;

// The parts of micromark's and mdast-util-from-markdown's extension objects
// this module reads, typed here rather than importing remark-gfm's
// dependencies' types.
interface Construct {
  name?: string;
}
type ConstructList = Construct | Construct[];
interface MicromarkExtension {
  text?: Record<string, ConstructList>;
  flow?: Record<string, ConstructList>;
  [field: string]: unknown;
}
type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Transform[];
  [field: string]: unknown;
}

/**
 * A unified plugin to `use` right after remark-gfm: replaces the extensions
 * remark-gfm registered with copies that leave out what `needs` rules out,
 * and guards the autolink-literal transform with a cheaper look at the text.
 */
export function remarkLeanGfm(this: Processor, needs: GfmNeeds): void {
  const data = this.data() as { micromarkExtensions?: MicromarkExtension[]; fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[] };
  const dropped = new Set<string>();
  if (!needs.emailLiterals) dropped.add("emailAutolink");
  if (!needs.tables) dropped.add("table");
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => withoutConstructs(extension, dropped));
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((entry) => (Array.isArray(entry) ? entry.map(withGuardedTransforms) : withGuardedTransforms(entry)));
}

/** A micromark extension without the named constructs, every other construct in its place and order. */
function withoutConstructs(extension: MicromarkExtension, names: ReadonlySet<string>): MicromarkExtension {
  if (names.size === 0) return extension;
  const copy: MicromarkExtension = { ...extension };
  for (const field of ["text", "flow"] as const) {
    const record = extension[field];
    if (!record) continue;
    const kept: Record<string, ConstructList> = {};
    for (const [code, list] of Object.entries(record)) {
      const constructs = (Array.isArray(list) ? list : [list]).filter((construct) => !(construct.name && names.has(construct.name)));
      if (constructs.length > 0) kept[code] = constructs;
    }
    copy[field] = kept;
  }
  return copy;
}

/** The autolink-literal mdast extension with its transform run only when some text node could hold a literal; any other extension as it is. */
function withGuardedTransforms(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (!extension.transforms || extension.transforms.length === 0 || !extension.enter || !("literalAutolink" in extension.enter)) return extension;
  const transforms = extension.transforms.map((transform): Transform => (tree) => (anyTextMatches(tree.children, LITERAL_IN_TEXT) ? transform(tree) : undefined));
  return { ...extension, transforms };
}

/** Whether any text node under `nodes` matches `pattern`. */
function anyTextMatches(nodes: RootContent[], pattern: RegExp): boolean {
  for (const node of nodes) {
    if (node.type === "text" ? pattern.test(node.value) : "children" in node && anyTextMatches(node.children, pattern)) return true;
  }
  return false;
}
