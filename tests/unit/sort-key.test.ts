import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collatorFor, filingLetter, initialsOf, sortName } from "../../src/entities/sort-key.ts";

describe("sortName", () => {
  it("should file a name under its last word, the rest after it", () => {
    assert.deepEqual(sortName("Ilham Aliyev"), { family: "Aliyev", key: "Aliyev, Ilham" });
    assert.deepEqual(sortName("Rami L. Haddad-Aliyeva"), { family: "Haddad-Aliyeva", key: "Haddad-Aliyeva, Rami L." });
    assert.deepEqual(sortName("Madonna"), { family: "Madonna", key: "Madonna" });
  });

  it("should not sort on the Arabic article, in Latin or Arabic script", () => {
    assert.equal(sortName("Asaad Hassan al-Shaibani").family, "Shaibani");
    assert.equal(sortName("Nabil El-Arabi").family, "Arabi");
    assert.equal(sortName("سامي الحداد الخليل").family, "خليل");
    // A word that is only the article, or too short to be a name without it, stays as written.
    assert.equal(sortName("Ali Al").family, "Al");
    assert.equal(sortName("Omar الم").family, "الم");
  });

  it("should skip a trailing Russian patronymic", () => {
    assert.equal(sortName("Алексей Петров Ильхамович").family, "Петров");
    assert.equal(sortName("Ольга Соколова Тимуровна").family, "Соколова");
    // Two words: the second is the family name, whatever it ends in.
    assert.equal(sortName("Пётр Иванович").family, "Иванович");
  });

  it("should take sort_as as written", () => {
    assert.deepEqual(sortName("Ilham Aliyev", "  Aliyev, Ilham "), { family: "Aliyev", key: "Aliyev, Ilham" });
    assert.deepEqual(sortName("Xi Jinping", "Xi Jinping"), { family: "Xi Jinping", key: "Xi Jinping" });
  });
});

describe("filingLetter", () => {
  it("should give the first letter, capitalised, in its own script", () => {
    assert.equal(filingLetter("aliyev", "en"), "A");
    assert.equal(filingLetter("Петров", "en"), "П");
    assert.equal(filingLetter("خليل", "ar"), "خ");
    assert.equal(filingLetter("42nd", "en"), "#");
  });

  it("should file an accented letter with its base letter only where the language does", () => {
    assert.equal(filingLetter("Özkan", "en"), "O");
    assert.equal(filingLetter("Özkan", "de"), "O");
    assert.equal(filingLetter("Özkan", "tr"), "Ö");
    assert.equal(filingLetter("Əliyev", "az"), "Ə");
    assert.equal(filingLetter("iz", "tr"), "İ");
  });
});

describe("initialsOf", () => {
  it("should take the first letters of the first word and of the family name", () => {
    assert.equal(initialsOf("Asaad Hassan al-Shaibani", "Shaibani", "en"), "AS");
    assert.equal(initialsOf("Алексей Петров Ильхамович", "Петров", "ru"), "АП");
    assert.equal(initialsOf("سامي الحداد الخليل", "خليل", "ar"), "سخ");
    assert.equal(initialsOf("Madonna", "Madonna", "en"), "M");
    assert.equal(initialsOf("'Abd Ali", "Ali", "en"), "AA");
  });
});

describe("collatorFor", () => {
  it("should sort as the site's language does", () => {
    const sorted = (language: string) => ["Zorlu", "Özkan", "Oral"].sort(collatorFor(language).compare);
    assert.deepEqual(sorted("en"), ["Oral", "Özkan", "Zorlu"]);
    assert.deepEqual(sorted("tr"), ["Oral", "Özkan", "Zorlu"]);
    assert.deepEqual(["Zorlu", "Özkan", "Pekkan"].sort(collatorFor("tr").compare), ["Özkan", "Pekkan", "Zorlu"]);
    assert.deepEqual(["Zorlu", "Özkan", "Pekkan"].sort(collatorFor("sv").compare), ["Pekkan", "Zorlu", "Özkan"]);
  });
});
