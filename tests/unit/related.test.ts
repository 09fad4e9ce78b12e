import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { relatedArticles, RELATED_LIMIT, type RelatedInput } from "../../src/archive/related.ts";

const DAY = 86_400_000;

/** Items newest first: item i is i days old. */
function items(...keys: string[][]): RelatedInput[] {
  return keys.map((k, i) => ({ instant: (1000 - i) * DAY, keys: k }));
}

describe("relatedArticles", () => {
  it("should rank by entities shared, the more recent first among equals", () => {
    const result = relatedArticles(
      items(["a", "b"], ["a"], ["a", "b"], ["c"], ["a", "b", "c"], ["b"]),
    );
    // Item 0 shares a+b with 2 and 4, one entity with 1 and 5, nothing with 3.
    assert.deepEqual(result[0], [
      { index: 2, shared: 2, keys: ["a", "b"] },
      { index: 4, shared: 2, keys: ["a", "b"] },
      { index: 1, shared: 1, keys: ["a"] },
      { index: 5, shared: 1, keys: ["b"] },
    ]);
    assert.deepEqual(result[3], [{ index: 4, shared: 1, keys: ["c"] }]);
  });

  it("should never relate an article to itself, and count an entity written twice once", () => {
    const result = relatedArticles(items(["a", "a", "b"], ["a", "b", "b"]));
    assert.deepEqual(result, [[{ index: 1, shared: 2, keys: ["a", "b"] }], [{ index: 0, shared: 2, keys: ["a", "b"] }]]);
  });

  it("should give an article with no entities, or none shared, no related articles", () => {
    assert.deepEqual(relatedArticles(items([], ["x"], ["y"])), [[], [], []]);
    assert.deepEqual(relatedArticles([]), []);
  });

  it("should keep at most `limit` related articles, five by default", () => {
    const many = items(...Array.from({ length: 12 }, () => ["a"]));
    assert.equal(RELATED_LIMIT, 5);
    assert.equal(relatedArticles(many)[6]!.length, 5);
    assert.equal(relatedArticles(many, { limit: 2 })[6]!.length, 2);
    assert.equal(relatedArticles(many, { limit: 0 })[6]!.length, 0);
  });

  it("should only consider the `perEntity` articles nearest in time in one entity's list", () => {
    // One busy entity in 100 articles, one day apart: article 50 sees only 48, 49, 51, 52 through it.
    const busy = items(...Array.from({ length: 100 }, () => ["busy"]));
    const result = relatedArticles(busy, { perEntity: 4, limit: 10 });
    assert.deepEqual(
      result[50]!.map((r) => r.index),
      [48, 49, 51, 52],
    );
    // At the newest end, the nearest are all older ones.
    assert.deepEqual(result[0]!.map((r) => r.index), [1, 2, 3, 4]);
  });

  it("should walk out by time, not by position, when gaps differ", () => {
    const input: RelatedInput[] = [
      { instant: 100 * DAY, keys: ["a"] },
      { instant: 99 * DAY, keys: ["a"] },
      { instant: 60 * DAY, keys: ["a"] },
      { instant: 59 * DAY, keys: ["a"] },
      { instant: 10 * DAY, keys: ["a"] },
    ];
    // From item 2 (day 60): day 59 (1 day) then day 99 (39 days), before day 10 (50 days).
    assert.deepEqual(relatedArticles(input, { perEntity: 2 })[2]!.map((r) => r.index), [1, 3]);
  });

  it("should stay near-linear when one entity is in every article", () => {
    const n = 20_000;
    const everywhere = Array.from({ length: n }, (_, i) => ({ instant: (n - i) * DAY, keys: ["president", "capital", `own-${i}`] }));
    const started = performance.now();
    const result = relatedArticles(everywhere);
    const elapsed = performance.now() - started;
    assert.equal(result.length, n);
    assert.deepEqual(result[100]!.map((r) => r.shared), [2, 2, 2, 2, 2]);
    // Every pair would be 2×10⁸ pairs (minutes); 40 candidates per entity take well under a second.
    assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
  });

  it("should say which entities are shared, in the article's own order, whatever the other's order", () => {
    const result = relatedArticles(items(["person:x", "country:SY", "place:damascus"], ["place:damascus", "person:y", "country:SY"]));
    assert.deepEqual(result[0], [{ index: 1, shared: 2, keys: ["country:SY", "place:damascus"] }]);
    assert.deepEqual(result[1], [{ index: 0, shared: 2, keys: ["place:damascus", "country:SY"] }]);
  });

  it("should refuse input that is not newest first, and nonsense options", () => {
    assert.throws(() => relatedArticles([{ instant: 1, keys: [] }, { instant: 2, keys: [] }]), /newest first/);
    assert.throws(() => relatedArticles([], { limit: -1 }), /limit/);
    assert.throws(() => relatedArticles([], { perEntity: 0 }), /perEntity/);
    assert.throws(() => relatedArticles([], { perEntity: 1.5 }), /perEntity/);
  });

  it("should find what counting every candidate in a map and sorting them all finds", () => {
    // The plain way the ranking is defined, kept here as the reference.
    const reference = (list: RelatedInput[], limit: number, perEntity: number) => {
      const byKey = new Map<string, number[]>();
      const keysOf = list.map((item, index) => [...new Set(item.keys)].map((key) => {
        const articles = byKey.get(key) ?? [];
        byKey.set(key, articles);
        articles.push(index);
        return { key, articles, at: articles.length - 1 };
      }));
      return list.map((item, index) => {
        const shared = new Map<number, string[]>();
        for (const { key, articles, at } of keysOf[index]!) {
          let newer = at - 1;
          let older = at + 1;
          for (let found = 0; found < perEntity && (newer >= 0 || older < articles.length); found++) {
            const newerGap = newer >= 0 ? list[articles[newer]!]!.instant - item.instant : Infinity;
            const olderGap = older < articles.length ? item.instant - list[articles[older]!]!.instant : Infinity;
            const other = newerGap <= olderGap ? articles[newer--]! : articles[older++]!;
            shared.set(other, [...(shared.get(other) ?? []), key]);
          }
        }
        return [...shared]
          .map(([other, keys]) => ({ index: other, shared: keys.length, keys }))
          .sort((a, b) => b.shared - a.shared || a.index - b.index)
          .slice(0, limit);
      });
    };
    const archive = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), { maxLength: 6 })), { maxLength: 80 })
      .map((rows) => rows.map(([day, keys]) => ({ instant: day * DAY, keys })).sort((x, y) => y.instant - x.instant));
    fc.assert(
      fc.property(archive, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 8 }), (list, limit, perEntity) => {
        assert.deepEqual(relatedArticles(list, { limit, perEntity }), reference(list, limit, perEntity));
      }),
      { numRuns: 300 },
    );
  });
});
