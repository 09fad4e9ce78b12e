/**
 * YAML that remembers where each value was written.
 *
 * Front matter and registries are parsed with `yaml` (YAML 1.2 core schema, so
 * `2024-12-30` stays the string the editor wrote and `no` is not `false`), keeping
 * the document so that a problem at `people.1` can be reported at its own line.
 */
import { isCollection, LineCounter, parseDocument, type Document } from "yaml";

/** Parsed YAML with a way back from a value's path to its line. */
export interface YamlSource {
  /** The plain data, or undefined for an empty document. */
  data: unknown;
  /** 1-based line (in the parsed text) where the value at `path` starts; the nearest parent's line when the path is missing. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A YAML syntax error with its 1-based line in the parsed text. */
export interface YamlSyntaxError {
  line: number | undefined;
  message: string;
  /** The `yaml` package's error code (e.g. `MISSING_CHAR`), for advice in plain words. */
  code?: string;
}

/** Parses YAML text; returns the data with line lookup, or the syntax errors found. */
export function parseYamlSource(text: string): YamlSource | { errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({
        line: error.linePos?.[0]?.line,
        message: firstLine(error.message),
        code: error.code,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and similar are refused here rather than expanded.
    return { errors: [{ line: 1, message: firstLine((error as Error).message) }] };
  }
  return { data, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth).map((key) => (typeof key === "symbol" ? String(key) : key));
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    const offset = nodeOffset(node, doc, prefix);
    if (offset !== undefined) return lineCounter.linePos(offset).line;
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
