/**
 * YAML that remembers where each value was written.
 *
 * Front matter and registries are parsed with `yaml` (YAML 1.2 core schema, so
 * `2024-12-30` stays the string the editor wrote and `no` is not `false`), keeping
 * the document so that a problem at `people.1` can be reported at its own line.
 */
import { isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { stripUnwanted } from "../content/content-text.ts";

/** Parsed YAML with a way back from a value's path to its line. */
export interface YamlSource {
  /** The plain data, or undefined for an empty document. */
  data: unknown;
  /** 1-based line (in the parsed text) where the value at `path` starts; the nearest parent's line when the path is missing. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /**
   * 1-based line and column of the same place: the key's for a mapping's value,
   * or with `value: true` the value's own column when it starts on the key's line.
   */
  positionOf(path: readonly PropertyKey[], options?: { value?: boolean }): { line: number; column: number } | undefined;
  /** Control characters and noncharacters that quoted values' escapes (`"\u0007"`) made; they are removed from `data`. */
  escaped: EscapedCharacters[];
}

/** Where escapes in one value made characters that are removed, and which (`U+0007`). */
export interface EscapedCharacters {
  line: number;
  column: number;
  found: string[];
}

/** A YAML syntax error with its 1-based line in the parsed text. */
export interface YamlSyntaxError {
  line: number | undefined;
  /** 1-based column, when the parser knows it. */
  column?: number;
  message: string;
  /** The `yaml` package's error code (e.g. `MISSING_CHAR`), or YAML_TAG for a tag, for advice in plain words. */
  code?: string;
  /** For YAML_TAG: the tag as written (`!!timestamp`), the key it is under and the value as written without it. */
  tag?: { written: string; key?: string; value?: string };
}

/** The code of a tagged node: tags are refused, never resolved (see `taggedNodes`). */
export const YAML_TAG = "YAML_TAG";

/** Parses YAML text; returns the data with line lookup, or the syntax errors found. */
export function parseYamlSource(text: string): YamlSource | { errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({
        line: error.linePos?.[0]?.line,
        column: error.linePos?.[0]?.col,
        message: firstLine(error.message),
        code: error.code,
      })),
    };
  }
  const tagged = taggedNodes(doc, text, lineCounter);
  if (tagged.length > 0) return { errors: tagged };
  const escaped = removeEscapedControls(doc, lineCounter);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and similar are refused here rather than expanded.
    return { errors: [{ line: 1, message: firstLine((error as Error).message) }] };
  }
  const positionOf = (path: readonly PropertyKey[], options?: { value?: boolean }) => {
    const at = positionOfPath(doc, lineCounter, path);
    if (!at || !options?.value) return at;
    const keys = path.map((key) => (typeof key === "symbol" ? String(key) : key));
    const range = (doc.getIn(keys, true) as { range?: [number, number, number] } | undefined)?.range;
    const value = range ? lineCounter.linePos(range[0]) : undefined;
    return value && value.line === at.line ? { line: at.line, column: value.col } : at;
  };
  return { data, lineOf: (path) => positionOf(path)?.line, positionOf, escaped };
}

/** Strips control characters and noncharacters from every string scalar (the text was cleaned, but escapes make new ones). */
function removeEscapedControls(doc: Document, lineCounter: LineCounter): EscapedCharacters[] {
  const escaped: EscapedCharacters[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      const { text, found } = stripUnwanted(node.value);
      if (found.length === 0) return;
      node.value = text;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      escaped.push({ line, column: col, found });
    },
  });
  return escaped;
}

/**
 * Every explicit tag in the document, as an error. The core schema would read
 * `!!timestamp 2024-12-30` as a plain string and warn about `!!js/function` and
 * `!custom` as unresolved, while `!!set` and `!!binary` change the value's type:
 * a tag never means what the editor hoped, so none is accepted.
 */
function taggedNodes(doc: Document, text: string, lineCounter: LineCounter): YamlSyntaxError[] {
  const errors: YamlSyntaxError[] = [];
  visit(doc, {
    Node(_key, node, path) {
      if (!node.tag || !node.range) return;
      const start = node.range[0];
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      // The node's range starts at its value; the tag is the last `!…` word before it on its line.
      const before = /(?:^|[\s[{,:-])(!\S*)(?:\s+&\S+)?\s*$/.exec(text.slice(lineStart, start));
      const written = before?.[1] ?? shortTag(node.tag);
      const offset = before ? lineStart + before.index + before[0].indexOf(written) : start;
      const { line, col } = lineCounter.linePos(offset);
      const parent = path[path.length - 1];
      const key = isPair(parent) && parent.value === node && isScalar(parent.key) ? String(parent.key.value) : undefined;
      const value = text.slice(start, node.range[1]).trim();
      errors.push({
        line,
        column: col,
        message: `YAML tags like \`${written}\` are not supported`,
        code: YAML_TAG,
        tag: { written, key, value: value && !value.includes("\n") && value.length <= 80 ? value : undefined },
      });
    },
  });
  return errors;
}

/** `tag:yaml.org,2002:timestamp` as an editor writes it: `!!timestamp`. */
function shortTag(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}

function positionOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth).map((key) => (typeof key === "symbol" ? String(key) : key));
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    const offset = nodeOffset(node, doc, prefix);
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return undefined;
}

function nodeOffset(node: unknown, doc: Document, path: readonly (string | number)[]): number | undefined {
  // For a mapping value, the key's line reads better than the value's
  // (a list under `people:` starts on the next line).
  if (path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isCollection(parent)) {
      const last = path[path.length - 1];
      const pair = (parent.items as unknown[]).find(
        (item) => isPairWithKey(item, last),
      ) as { key?: { range?: [number, number, number] } } | undefined;
      if (pair?.key?.range) return pair.key.range[0];
    }
  }
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function isPairWithKey(item: unknown, key: unknown): boolean {
  if (!item || typeof item !== "object" || !("key" in item)) return false;
  const k = (item as { key: unknown }).key;
  const value = k && typeof k === "object" && "value" in k ? (k as { value: unknown }).value : k;
  return value === key;
}

function firstLine(message: string): string {
  // Pretty errors append " at line L, column C:" and a code frame; we report the line ourselves.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}
