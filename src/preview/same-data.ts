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
 * lists), so the answer for each object is remembered.
 */

/** Compares values structurally, remembering the answer for each object compared. */
export class DataComparer {
  /**
   * The answer for each object of the first archive, with the object it was
   * compared with: nearly always one partner (the same article's view in the
   * second archive), so one entry per object rather than a map per object.
   */
  private readonly answers = new Map<object, { other: object; same: boolean }>();

  /** True when `a` and `b` hold the same data. */
  same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
    const known = this.answers.get(a);
    if (known?.other === b) return known.same;
    // Assumed equal while comparing, so that a cycle ends (the archive has none today).
    const answer = { other: b, same: true };
    if (!known) this.answers.set(a, answer);
    answer.same = Array.isArray(a) ? this.sameArrays(a, b as unknown[]) : this.sameObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    return answer.same;
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
