/**
 * Spotting two records that are probably one person: names equal once case,
 * accents, hyphens and the "al-"/"el-" particle are ignored, or names within a
 * small edit distance of each other. Comparisons stay near-linear: names are
 * bucketed by their loose key's first letters before any pair is compared.
 */
import { getOrCreate } from "../util/collections.ts";
import { looseKey } from "./fold.ts";

/** A record that may be a duplicate: what the check needs of it. */
export interface DuplicateCandidate {
  name: string;
  count: number;
  articles: { id: string }[];
}

/** A probable duplicate: two records and why they look like one. */
export interface DuplicatePair<T> {
  keep: T;
  merge: T;
  reason: string;
}

/** Largest bucket whose members are compared pairwise; bigger buckets are skipped to stay fast. */
const MAX_BUCKET = 400;

/** Finds pairs of records whose names are probably one name. */
export function findProbableDuplicates<T extends DuplicateCandidate>(records: T[]): DuplicatePair<T>[] {
  const pairs: DuplicatePair<T>[] = [];
  const seen = new Set<string>();
  const byLoose = new Map<string, T[]>();
  for (const record of records) {
    const key = looseKey(record.name);
    if (!key) continue;
    getOrCreate(byLoose, key, (): T[] => []).push(record);
  }
  for (const group of byLoose.values()) {
    for (let i = 1; i < group.length; i++) {
      pairs.push({ keep: group[0]!, merge: group[i]!, reason: "same letters once case, accents and particles are ignored" });
      seen.add(pairKey(group[0]!.name, group[i]!.name));
    }
  }
  const buckets = new Map<string, { key: string; record: T }[]>();
  for (const [key, group] of byLoose) {
    getOrCreate(buckets, key.slice(0, 2), () => []).push({ key, record: group[0]! });
  }
  for (const list of buckets.values()) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const allowed = Math.min(a.key.length, b.key.length) >= 10 ? 2 : Math.min(a.key.length, b.key.length) >= 6 ? 1 : 0;
        if (allowed === 0 || Math.abs(a.key.length - b.key.length) > allowed) continue;
        if (editDistance(a.key, b.key, allowed) > allowed) continue;
        const id = pairKey(a.record.name, b.record.name);
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push({ keep: a.record, merge: b.record, reason: "the names differ by a letter or two" });
      }
    }
  }
  return pairs;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\0${b}` : `${b}\0${a}`;
}
