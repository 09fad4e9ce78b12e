/**
 * Small helpers over arrays, maps and strings that every layer uses: the one
 * machine-independent string order, and the few Map and Set idioms that were
 * written out again in each module that needed them.
 *
 * This folder is the floor of the layer rule: it imports nothing from `src/`,
 * so content, problems, entities, archive and everything above may use it.
 */

/** Compares by UTF-16 code unit: the same order on every machine and in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value of `key` in `map`, made with `create` and stored first when there is none. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Adds `by` (1 unless given) to the count of `key` in `counts`, starting from 0. */
export function countUp<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** The items without repeats, each where it first appears. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The items without those whose `key` an earlier item already had: the first of each key is kept. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
