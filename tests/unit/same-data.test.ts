import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataComparer } from "../../src/preview/same-data.ts";

const same = (a: unknown, b: unknown) => new DataComparer().same(a, b);

describe("DataComparer", () => {
  it("should compare plain objects and arrays by content, at any depth", () => {
    assert.equal(same({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 }), true);
    assert.equal(same({ a: 1, b: [1, { c: "x" }] }, { a: 1, b: [1, { c: "y" }] }), false);
    assert.equal(same([1, 2], [2, 1]), false, "order matters in lists");
    assert.equal(same([1, 2], [1, 2, 3]), false);
    assert.equal(same({ a: 1 }, [1]), false);
  });

  it("should treat a missing key and a key holding undefined alike, as a template does", () => {
    assert.equal(same({ a: 1, lang: undefined }, { a: 1 }), true);
    assert.equal(same({ a: 1 }, { a: 1, lang: undefined }), true);
    assert.equal(same({ a: 1 }, { a: 1, lang: "fr" }), false);
    assert.equal(same({ a: 1, lang: "fr" }, { a: 1 }), false);
  });

  it("should compare primitives by value and anything but plain objects by identity", () => {
    assert.equal(same("x", "x"), true);
    assert.equal(same(1, "1"), false);
    assert.equal(same(null, undefined), false);
    assert.equal(same(new Map([[1, 1]]), new Map([[1, 2]])), false, "a Map is never looked into");
    const map = new Map();
    assert.equal(same({ m: map }, { m: map }), true);
    assert.equal(same(new Date(0), new Date(0)), false);
  });

  it("should remember answers for pairs of objects, and end on cycles", () => {
    const comparer = new DataComparer();
    const a: Record<string, unknown> = { name: "a" };
    const b: Record<string, unknown> = { name: "a" };
    a.self = a;
    b.self = b;
    assert.equal(comparer.same(a, b), true);
    const shared = { big: "x".repeat(10) };
    const copy = { big: "x".repeat(10) };
    assert.equal(comparer.same([shared, shared], [copy, copy]), true);
    shared.big = "changed";
    assert.equal(comparer.same(shared, copy), true, "the remembered answer, as the comparer is made for one comparison of two archives");
  });
});
