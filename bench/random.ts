/** A seeded pseudo-random generator and a Zipf sampler: the same seed gives the same corpus on every machine. */

/** A deterministic source of random numbers (mulberry32: small, fast, good enough for test data). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Draws indexes 0..n-1 with probability proportional to 1/(rank+1)^s: a few are everywhere, most are rare. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1) {
    if (n < 1) throw new Error("a Zipf distribution needs at least one item");
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k++) this.cumulative[k]! /= total;
  }

  /** One index, drawn with `random`. */
  sample(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `count` distinct indexes (fewer if the distribution has fewer items). */
  sampleDistinct(random: Random, count: number): number[] {
    const picked = new Set<number>();
    const wanted = Math.min(count, this.cumulative.length);
    for (let tries = 0; picked.size < wanted && tries < wanted * 20; tries++) picked.add(this.sample(random));
    return [...picked];
  }
}
