import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { format } from "date-fns";
import * as dateFnsLocales from "date-fns/locale";
import { displayDate, displayMonth, parseArticleDate, type ArticleDate } from "../../src/content/dates.ts";
import { scheduledNotice } from "../../src/content/embargo.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { dateLocaleFor, dateStyleFor } from "../../src/i18n/date-style.ts";
import { ENGLISH_STRINGS, resolveInterfaceStrings } from "../../src/i18n/interface-strings.ts";
import { STRING_TABLES, SUPPORTED_LANGUAGES } from "../../src/i18n/languages.ts";
import { messagePattern, messagePlaceholders, placeholdersOf, PLURAL_CATEGORIES } from "../../src/i18n/message.ts";
import { en, type StringKey } from "../../src/i18n/strings/en.ts";
import { translate } from "../../src/i18n/translate.ts";
import { writeContent } from "../helpers/fixture.ts";

const KEYS = Object.keys(en).sort() as StringKey[];
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

describe("the built-in tables", () => {
  it("should cover at least English, French, German, Spanish, Russian, Turkish, Azerbaijani and Arabic", () => {
    for (const language of ["en", "fr", "de", "es", "ru", "tr", "az", "ar"]) assert.ok(SUPPORTED_LANGUAGES.includes(language), language);
  });

  for (const [language, table] of Object.entries(STRING_TABLES)) {
    it(`should give ${language} exactly the English keys, each with English's placeholders`, () => {
      assert.deepEqual(Object.keys(table).sort(), KEYS);
      for (const key of KEYS) {
        const reference = en[key];
        const message = table[key];
        assert.equal(typeof message, typeof reference, `${language} ${key}: a counted string in English is counted in every language`);
        assert.deepEqual(messagePlaceholders(message), messagePlaceholders(reference), `${language} ${key}`);
        if (typeof message !== "string") {
          for (const text of Object.values(message)) {
            for (const name of placeholdersOf(text!)) assert.ok(messagePlaceholders(reference).includes(name), `${language} ${key}: {${name}}`);
          }
        }
        const texts = typeof message === "string" ? [message] : Object.values(message);
        for (const text of texts) assert.ok(text!.trim().length > 0 && text === text!.trim(), `${language} ${key} is empty or padded`);
      }
    });

    it(`should give ${language}'s counted strings a form for every plural category Intl.PluralRules names`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of KEYS) {
        const message = table[key];
        if (typeof message === "string") continue;
        for (const category of categories) assert.ok(message[category], `${language} ${key} has no "${category}" form`);
        for (const form of Object.keys(message)) assert.ok((PLURAL_CATEGORIES as readonly string[]).includes(form), `${language} ${key}: ${form}`);
      }
    });

    it(`should format ${language}'s date patterns with date-fns in the language's own month names`, () => {
      const style = dateStyleFor(resolveInterfaceStrings(language));
      const day = displayDate({ year: 2024, month: 12, day: 30 }, style);
      assert.match(day, /30/);
      assert.match(day, /2024/);
      assert.equal(displayMonth(2024, 12, style), format(new Date(2024, 11, 1), style.month, { locale: style.locale }));
    });
  }

  it("should not leave an untranslated English sentence in another table (apart from words the languages share)", () => {
    const shared = new Set(["Articles", "Sources", "Filters", "Search", "Archive", "Correction: {title}", "Photo: {credit}", "Pages", "source", "date", "Feeds", "Person", "Wikidata"]);
    // A text of placeholders and punctuation only ("{month}: {articles}") has nothing to translate.
    const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{[a-zA-Z]+\}/g, ""));
    for (const [language, table] of Object.entries(STRING_TABLES)) {
      if (language === "en") continue;
      const same = KEYS.filter((key) => !key.startsWith("date.") && typeof en[key] === "string" && table[key] === en[key] && !shared.has(en[key] as string) && !wordless(en[key] as string));
      assert.ok(same.length <= 6, `${language} repeats English for ${same.join(", ")}`);
    }
  });
});

describe("translate", () => {
  const ru = resolveInterfaceStrings("ru");
  const ar = resolveInterfaceStrings("ar");

  it("should pick Russian's one, few and many forms", () => {
    assert.deepEqual(
      COUNTS.map((count) => translate(ru, "count.articles", { count })),
      ["0 статей", "1 статья", "2 статьи", "3 статьи", "5 статей", "11 статей", "21 статья", "100 статей"],
    );
  });

  it("should pick Arabic's zero, one, two, few, many and other forms", () => {
    assert.deepEqual(
      COUNTS.map((count) => translate(ar, "count.articles", { count })),
      ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "5 مقالات", "11 مقالًا", "21 مقالًا", "100 مقال"],
    );
  });

  it("should pick English's and French's forms (French counts 0 as one)", () => {
    assert.deepEqual(COUNTS.map((count) => translate(ENGLISH_STRINGS, "count.people", { count })), ["0 people", "1 person", "2 people", "3 people", "5 people", "11 people", "21 people", "100 people"]);
    const fr = resolveInterfaceStrings("fr");
    assert.equal(translate(fr, "count.articles", { count: 0 }), "0 article");
    assert.equal(translate(fr, "count.articles", { count: 2 }), "2 articles");
  });

  it("should show every count in every language's counted strings, or name it in words", () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const strings = resolveInterfaceStrings(language);
      for (const count of COUNTS) {
        const text = translate(strings, "count.articles", { count });
        assert.ok(text.includes(String(count)) || count <= 2, `${language} ${count}: ${text}`);
      }
    }
  });

  it("should fill placeholders and leave plain text unescaped (layouts escape it)", () => {
    assert.equal(translate(ENGLISH_STRINGS, "person.description", { name: "Asaad Hassan al-Shaibani" }), "Articles mentioning Asaad Hassan al-Shaibani.");
    assert.equal(translate(ENGLISH_STRINGS, "country.description", { name: "<Syria & co>" }), "Articles about <Syria & co>.");
    assert.equal(translate(ENGLISH_STRINGS, "count.articles"), "{count} articles", "a counted string without a count keeps its other form");
  });

  it("should refuse a key no table has", () => {
    assert.throws(() => translate(ENGLISH_STRINGS, "nav.peopel" as StringKey), /no interface string "nav.peopel"/);
  });
});

describe("an unsupported language", () => {
  it("should fall back to English strings and keep its own plural rules and date-fns locale", () => {
    const pt = resolveInterfaceStrings("pt");
    assert.equal(pt.tableLanguage, "en");
    assert.equal(translate(pt, "nav.people"), "People");
    assert.equal(translate(pt, "count.articles", { count: 1 }), "1 article");
    assert.equal(dateLocaleFor("pt")?.code, "pt");
    assert.equal(dateLocaleFor("pt-BR")?.code, "pt-BR");
    assert.equal(displayDate({ year: 2024, month: 12, day: 30 }, dateStyleFor(pt)), "30 dezembro 2024");
    assert.equal(dateLocaleFor("en")?.code, "en-GB");
    assert.equal(dateLocaleFor("xx"), undefined);
  });

  it("should find every locale date-fns has, in any case, though it loads only the one asked for", () => {
    const all = Object.values(dateFnsLocales as Record<string, { code: string; localize: { month: (n: number) => string } }>);
    assert.ok(all.length > 90);
    for (const locale of all) {
      for (const tag of [locale.code, locale.code.toLowerCase(), locale.code.toUpperCase()]) {
        const found = dateLocaleFor(tag);
        assert.equal(found?.code, locale.code, tag);
        assert.equal(found.localize.month(11), locale.localize.month(11), tag);
      }
    }
  });

  it("should take a region or script subtag's language table (fr-CA, az-Latn)", () => {
    assert.equal(translate(resolveInterfaceStrings("fr-CA"), "nav.people"), "Personnes");
    assert.equal(translate(resolveInterfaceStrings("az-Latn"), "nav.people"), "Şəxslər");
  });

  it("should warn in site.yaml, naming the supported languages and strings.yaml", () => {
    const dir = writeContent([], { "site.yaml": "title: Notícias\nlanguage: pt\n" });
    const { site, problems } = loadSiteSettings(dir);
    assert.equal(site.language, "pt");
    assert.equal(problems.length, 1);
    const [warning] = problems;
    assert.equal(warning!.code, "unsupported-language");
    assert.equal(warning!.severity, "warning");
    assert.equal(warning!.line, 2);
    assert.equal(warning!.field, "language");
    assert.match(warning!.hint!, /en, fr, de, es, ru, tr, az, ar/);
    assert.match(warning!.hint!, /strings\.yaml/);
    assert.deepEqual(loadSiteSettings(writeContent([], { "site.yaml": "language: ar\n" })).problems, []);
  });
});

describe("the preview's scheduled notice", () => {
  it("should give the moment in the site's language, English as the rest of the site writes it", () => {
    const date = parseArticleDate("2030-01-01T09:00") as ArticleDate;
    const schedule = { now: Date.UTC(2029, 0, 1), future: true, mark: true };
    assert.equal(scheduledNotice(date, schedule, "Europe/Paris", "en")?.text, "1 January 2030 at 09:00 (Europe/Paris)");
    assert.equal(scheduledNotice(date, schedule, "Europe/Paris", "fr")?.text, "1 janvier 2030 à 09:00 (Europe/Paris)");
    assert.match(scheduledNotice(date, schedule, "Europe/Paris", "ar")!.text, /^1 يناير 2030/);
  });
});

describe("messagePattern", () => {
  it("should match exactly what fillPlaceholders makes, with the given placeholders' patterns and the rest literal", () => {
    const pattern = new RegExp(`^${messagePattern("Table {number} (of {total}) [x]?", { number: "[1-9]\\d*" })}$`);
    assert.ok(pattern.test("Table 12 (of {total}) [x]?"));
    assert.ok(!pattern.test("Table 012 (of {total}) [x]?"));
    assert.ok(!pattern.test("Table 1 (of 3) [x]?"));
    assert.ok(!pattern.test("Table 1 (of {total}) x"));
  });
});
