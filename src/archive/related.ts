/**
 * Related articles: for each article, the ones sharing the most people and
 * places with it, the more recent first among equals, each with the keys it
 * shares, so the page can say why it is related ("Also about: Syria").
 *
 * Counting every pair of articles that share an entity is O(n²) when one
 * entity (a president, a big country) is in thousands of articles. So each
 * article only looks, in each of its entities' lists, at the `perEntity`
 * articles nearest to it in time. The cost is O(mentions × perEntity), and
 * for an entity with few articles (the case where "related" says the most)
 * nothing is left out. Candidates are counted in one array indexed by
 * article, and the keys each shares are looked up only for the few kept.
 */
import { getOrCreate, unique } from "../util/collections.ts";

/** One article as related-article search sees it. */
export interface RelatedInput {
  /** Sort instant of the article's date (ms since the epoch). */
  instant: number;
  /** Keys of the entities it mentions (people, countries, places); duplicates are ignored. */
  keys: readonly string[];
}

/** One related article: its index in the input and the entities it shares, in the order the article lists them. */
export interface RelatedMatch {
  index: number;
  /** The number of shared keys (`keys.length`), which ranks the matches. */
  shared: number;
  keys: string[];
}

/** Options for `relatedArticles`. */
export interface RelatedOptions {
  /** How many related articles each article gets. */
  limit?: number;
  /** How many of an entity's articles nearest in time each article considers. */
  perEntity?: number;
}

/** Default number of related articles shown on an article page. */
export const RELATED_LIMIT = 5;

/** Default cap on candidates taken from one entity's list: the nearest 40 in time. */
export const RELATED_PER_ENTITY = 40;

/**
 * Finds related articles for every item. `items` must be sorted newest first
 * (the archive's order): index order is then recency, which breaks ties.
 */
export function relatedArticles(items: readonly RelatedInput[], options: RelatedOptions = {}): RelatedMatch[][] {
  const limit = options.limit ?? RELATED_LIMIT;
  const perEntity = options.perEntity ?? RELATED_PER_ENTITY;
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`related: limit must be a whole number ≥ 0, not ${limit}`);
  if (!Number.isInteger(perEntity) || perEntity < 1) {
    throw new Error(`related: perEntity must be a whole number ≥ 1, not ${perEntity}`);
  }
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.instant > items[i - 1]!.instant) throw new Error("related: items must be sorted newest first");
  }

  // Each entity's articles, in input order (newest first), and where each article sits in them.
  const lists = new Map<string, number[]>();
  const positions = items.map((item, index) =>
    unique(item.keys).map((key) => {
      const list = getOrCreate(lists, key, (): number[] => []);
      list.push(index);
      return { key, list, at: list.length - 1 };
    }),
  );

  // Shared-key counts by article index, reset after each article: an array
  // indexed by article rather than a map per article, since every article
  // looks at hundreds of candidates and keeps only `limit` of them.
  const counts = new Int32Array(items.length);
  const seen: number[] = [];
  return items.map((_, index) => {
    const windows = positions[index]!.map(({ key, list, at }) => {
      const window = nearestInTime(list, at, perEntity, items);
      for (let p = window.first; p <= window.last; p++) {
        if (p === at) continue;
        const other = list[p]!;
        if (counts[other] === 0) seen.push(other);
        counts[other]!++;
      }
      return { key, list, ...window };
    });
    const best = mostShared(seen, counts, limit);
    for (const other of seen) counts[other] = 0;
    seen.length = 0;
    return best.map((other) => {
      // A candidate shares a key when it is in that key's window (in the article's order of keys).
      const keys = windows.filter((window) => includesSorted(window.list, window.first, window.last, other)).map((window) => window.key);
      return { index: other, shared: keys.length, keys };
    });
  });
}

/**
 * The entries of `list` nearest in time to position `at`, up to `count` of
 * them besides `at`, walking out both ways: always a run of neighbours,
 * `list[first..last]` (`at` among them).
 */
function nearestInTime(list: readonly number[], at: number, count: number, items: readonly RelatedInput[]): { first: number; last: number } {
  const instant = items[list[at]!]!.instant;
  let newer = at - 1;
  let older = at + 1;
  for (let found = 0; found < count && (newer >= 0 || older < list.length); found++) {
    const newerGap = newer >= 0 ? items[list[newer]!]!.instant - instant : Infinity;
    const olderGap = older < list.length ? instant - items[list[older]!]!.instant : Infinity;
    // On equal gaps, the newer one first: recent articles win ties everywhere.
    if (newerGap <= olderGap) newer--;
    else older++;
  }
  return { first: newer + 1, last: older - 1 };
}

/** The `limit` candidates sharing the most keys, the more recent (lower index) first among equals, in that order. */
function mostShared(candidates: readonly number[], counts: Int32Array, limit: number): number[] {
  const ranksBefore = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
  const best: number[] = [];
  if (limit === 0) return best;
  for (const candidate of candidates) {
    if (best.length === limit) {
      if (!ranksBefore(candidate, best[limit - 1]!)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
  }
  return best;
}

/** True when the ascending `list` holds `value` between positions `first` and `last`. */
function includesSorted(list: readonly number[], first: number, last: number, value: number): boolean {
  let low = first;
  let high = last;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
