import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SlugAllocator, slugifyName } from "../../src/entities/slug.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("slugifyName", () => {
  it("should transliterate Latin letters with diacritics the way news spells them", () => {
    assert.equal(slugifyName("Türkiye"), "turkiye");
    assert.equal(slugifyName("İlham Əliyev"), "ilham-aliyev");
    assert.equal(slugifyName("Côte d’Ivoire"), "cote-d-ivoire");
    assert.equal(slugifyName("Gdańsk Łódź"), "gdansk-lodz");
  });

  it("should transliterate Cyrillic and Arabic", () => {
    assert.equal(slugifyName("Владимир Путин"), "vladimir-putin");
    assert.match(slugifyName("أسعد الشيباني"), SLUG);
    assert.notEqual(slugifyName("أسعد الشيباني"), "");
  });

  it("should give CJK names a readable, stable slug", () => {
    assert.equal(slugifyName("李强"), "li-qiang");
    assert.equal(slugifyName("李强"), slugifyName("李强"));
  });

  it("should never return an empty slug", () => {
    for (const name of ["...", "???", "—", " ", "🙂", "\u200b"]) {
      const slug = slugifyName(name);
      assert.match(slug, SLUG, JSON.stringify(name));
    }
  });

  it("should never let a name step outside its folder", () => {
    for (const name of ["../../etc/passwd", "/root", "a/b\\c", "..", "%2e%2e%2f"]) {
      const slug = slugifyName(name);
      assert.match(slug, SLUG, name);
    }
  });

  it("should cap very long names", () => {
    assert.ok(slugifyName("word ".repeat(100)).length <= 80);
  });
});

describe("SlugAllocator", () => {
  it("should give two records with the same slug distinct slugs, the suffix from the record's key", () => {
    const allocator = new SlugAllocator();
    const first = allocator.claim("person:li qiang", "Li Qiang");
    const second = allocator.claim("person:liqiang", "李强");
    assert.equal(first, "li-qiang");
    assert.match(second, /^li-qiang-[0-9a-f]{4}$/);
    assert.equal(allocator.claim("person:li qiang", "Li Qiang"), "li-qiang");
  });

  it("should give the same record the same suffix whatever else was claimed", () => {
    const a = new SlugAllocator();
    a.claim("k1", "Name");
    const fromA = a.claim("k2", "Name");
    const b = new SlugAllocator();
    b.claim("k0", "Other");
    b.claim("k1", "Name");
    assert.equal(b.claim("k2", "Name"), fromA);
  });

  it("should keep reserved slugs free", () => {
    const allocator = new SlugAllocator(["page"]);
    assert.notEqual(allocator.claim("x", "Page"), "page");
  });
});
