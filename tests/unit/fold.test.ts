import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { foldName, looseKey } from "../../src/entities/fold.ts";

describe("foldName", () => {
  it("should ignore case, accents and punctuation", () => {
    assert.equal(foldName("Türkiye"), foldName("TURKIYE"));
    assert.equal(foldName("Al-Shibani"), foldName("al shibani"));
    assert.equal(foldName("  Yalchin   Rafiyev "), "yalchin rafiyev");
    assert.equal(foldName("O’Brien"), foldName("O'Brien"));
  });

  it("should fold Azerbaijani and Turkish letters as English spelling does", () => {
    assert.equal(foldName("İlham Əliyev"), "ilham aliyev");
    assert.equal(foldName("Yalçın"), "yalcin");
  });

  it("should transliterate other scripts so that transliterated spellings meet", () => {
    assert.equal(foldName("Владимир Путин"), "vladimir putin");
  });
});

describe("looseKey", () => {
  it("should drop the al- particle and join words", () => {
    assert.equal(looseKey("Asaad al-Shaibani"), looseKey("Asaad Shaibani"));
    assert.equal(looseKey("Asaad Al Shaibani"), "asaadshaibani");
  });

  it("should not cut 'al' from the start of a longer word", () => {
    assert.equal(looseKey("Aliyev"), "aliyev");
  });
});
