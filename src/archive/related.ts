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
 * nothing is left out. Keeping the shared keys rather than a count costs the
 * same: one entry per (mention, candidate) pair, which was already counted.
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

  return items.map((_, index) => {
    const shared = new Map<number, string[]>();
    for (const { key, list, at } of positions[index]!) {
      for (const other of nearestInTime(list, at, perEntity, items)) getOrCreate(shared, other, (): string[] => []).push(key);
    }
    return [...shared.entries()]
      .map(([other, keys]) => ({ index: other, shared: keys.length, keys }))
      .sort((a, b) => b.shared - a.shared || a.index - b.index)
      .slice(0, limit);
  });
}

/** Up to `count` entries of `list` (other than position `at`) nearest in time to it, walking out both ways. */
function nearestInTime(list: number[], at: number, count: number, items: readonly RelatedInput[]): number[] {
  const found: number[] = [];
  const instant = items[list[at]!]!.instant;
  let newer = at - 1;
  let older = at + 1;
  while (found.length < count && (newer >= 0 || older < list.length)) {
    const newerGap = newer >= 0 ? items[list[newer]!]!.instant - instant : Infinity;
    const olderGap = older < list.length ? instant - items[list[older]!]!.instant : Infinity;
    // On equal gaps, the newer one first: recent articles win ties everywhere.
    if (newerGap <= olderGap) found.push(list[newer--]!);
    else found.push(list[older++]!);
  }
  return found;
}
