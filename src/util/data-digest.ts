/**
 * A fingerprint of plain data, for deciding whether a page's inputs changed
 * between two builds (two processes, so objects cannot be compared by
 * identity as the live preview's `DataComparer` does).
 *
 * The same data gives the same digest whatever object holds it: plain objects
 * by their keys and values in order, arrays item by item, a key holding
 * `undefined` as a missing key (a template prints both alike). An article's
 * view appears on many pages (its own, its people's, its countries', the home
 * page…), so the digest of each large object is remembered for the object: the
 * whole archive is hashed in time linear in its size, however often pages
 * share their items.
 */
import { createHash } from "node:crypto";

/** Digests longer than this are hashed (and remembered for their object); shorter ones are their own digest (docs/performance.md: why this length). */
const HASH_ABOVE = 300;

/** Digests plain data, remembering the digest of each large object it has seen. */
export class DataDigest {
  private readonly known = new WeakMap<object, string>();

  /** A string that is the same for equal data and, but for a hash collision, different otherwise. */
  of(value: unknown): string {
    switch (typeof value) {
      case "string":
        // As it is, after its length (which ends it unambiguously): no escaping, and hashed as part
        // of the object holding it, one hash per object rather than one per string.
        return `s${value.length}:${value}`;
      case "number":
      case "boolean":
        return String(value);
      case "bigint":
        return `${value}n`;
      case "undefined":
        return "u";
      case "object":
        return value === null ? "null" : this.ofObject(value);
      default:
        // A function or a symbol is code, not data: nothing a build can fingerprint.
        throw new TypeError(`cannot fingerprint a ${typeof value} in page data`);
    }
  }

  private ofObject(value: object): string {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (Array.isArray(value)) {
      // Concatenated as it goes (V8 joins the pieces lazily, once): faster than building an array of parts and joining it.
      text = "[";
      for (let index = 0; index < value.length; index++) text += `${index ? "," : ""}${this.of(value[index])}`;
      text += "]";
    }
    else if (value instanceof Date) text = `D${value.toISOString()}`;
    else if (value instanceof Map) text = `M${this.of([...value])}`;
    else if (value instanceof Set) text = `S${this.of([...value])}`;
    else {
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`cannot fingerprint a ${prototype?.constructor?.name ?? "class instance"} in page data`);
      text = "{";
      // A plain object (checked above) inherits no enumerable key: `for…in` walks its own, in `Object.keys` order, without making their array.
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined) text += `${text.length > 1 ? "," : ""}${key.length}:${key}${this.of(item)}`;
      }
      text += "}";
    }
    if (text.length <= HASH_ABOVE) return text;
    const digest = `#${hash(text)}`;
    this.known.set(value, digest);
    return digest;
  }
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}
