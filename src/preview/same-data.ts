/**
 * Whether two values print the same: the live preview compares each page's
 * data in the archive it serves with the data in a rebuilt archive, and renders
 * again only the pages whose data differ.
 *
 * Plain objects and arrays are compared by content, everything else by
 * identity (so an object of any other kind counts as changed unless it is the
 * very same object: safe, at worst a page is rendered for nothing). A missing
 * key and a key holding `undefined` are the same to a template. Objects appear
 * on many pages (an article is in its people's, countries' and source's
 * lists), so every comparison of two objects is remembered.
 */

/** Compares values structurally, remembering the answer for each pair of objects. */
export class DataComparer {
  private readonly answers = new Map<object, Map<object, boolean>>();

  /** True when `a` and `b` hold the same data. */
  same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
    let known = this.answers.get(a);
    const answer = known?.get(b);
    if (answer !== undefined) return answer;
    if (!known) this.answers.set(a, (known = new Map()));
    // Assumed equal while comparing, so that a cycle ends (the archive has none today).
    known.set(b, true);
    const result = Array.isArray(a) ? this.sameArrays(a, b as unknown[]) : this.sameObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    known.set(b, result);
    return result;
  }

  private sameArrays(a: unknown[], b: unknown[]): boolean {
    return a.length === b.length && a.every((item, i) => this.same(item, b[i]));
  }

  private sameObjects(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
    for (const key of Object.keys(a)) if (!this.same(a[key], b[key])) return false;
    // Keys only `b` has: the same unless they hold a value.
    for (const key of Object.keys(b)) if (!(key in a) && b[key] !== undefined) return false;
    return true;
  }
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}
