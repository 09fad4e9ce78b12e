import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { DEFAULT_SITE } from "../../src/content/site-settings.ts";
import { ENGLISH_STRINGS } from "../../src/i18n/interface-strings.ts";
import { countryIndex } from "../../src/entities/countries.ts";
import { EMPTY_REGISTRY, type Registry } from "../../src/entities/registry.ts";
import { archiveOf } from "../helpers/archive-of.ts";
import { makeArticle, NO_EMBARGO } from "../helpers/articles.ts";

const site = { ...DEFAULT_SITE, pageSize: 2 };

const registry: Registry = {
  people: [
    {
      name: "Asaad Hassan al-Shaibani",
      aliases: ["Assad Hassan Al-Shibani", "Asaad al-Shaibani"],
      description: "Foreign Minister",
      file: "/content/_data/people.yaml",
      line: 1,
    },
  ],
  places: [
    { name: "Aleppo", country: countryIndex().find("Syria")!, isCountry: false, aliases: ["Halab"], file: "/p.yaml", line: 1 },
  ],
};

describe("buildArchive", () => {
  it("should return a plain object: the model carries no Eleventy workaround", () => {
    const archive = buildArchive({ site, strings: ENGLISH_STRINGS, schedule: NO_EMBARGO, registry: EMPTY_REGISTRY, articles: [makeArticle({ title: "One" })] });
    assert.equal(Object.getPrototypeOf(archive), Object.prototype);
    assert.equal(archive.feeds[0]!.articles[0], archive.articles[0], "feeds list the archive's own views");
    assert.equal(archive.sitemap[0]!.url, archive.homePages[0]!.url, "the sitemap starts with the home page");
  });

  it("should list published articles newest first and leave drafts out", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [
        makeArticle({ stem: "old", title: "Old", date: "2023-01-01" }),
        makeArticle({ stem: "new", title: "New", date: "2025-01-01" }),
        makeArticle({ stem: "draft", title: "Draft", date: "2026-01-01", draft: true }),
        makeArticle({ stem: "mid", title: "Mid", date: "2024-06-01" }),
      ],
    });
    assert.deepEqual(archive.articles.map((a) => a.title), ["New", "Mid", "Old"]);
    assert.equal(archive.articles[0]?.url, "/articles/2025/01/new/");
    assert.equal(archive.articles[0]?.dateText, "1 January 2025");
  });

  it("should resolve every spelling of a person to one record with one page", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry,
      articles: [
        makeArticle({ stem: "a", people: ["Assad Hassan Al-Shibani"] }),
        makeArticle({ stem: "b", people: ["asaad al-shaibani"] }),
        makeArticle({ stem: "c", people: ["Asaad Hassan al-Shaibani", "Yalchin Rafiyev"] }),
      ],
    });
    assert.deepEqual(archive.people.map((p) => [p.name, p.slug, p.count]), [
      ["Asaad Hassan al-Shaibani", "asaad-hassan-al-shaibani", 3],
      ["Yalchin Rafiyev", "yalchin-rafiyev", 1],
    ]);
    const minister = archive.people[0]!;
    assert.equal(minister.description, "Foreign Minister");
    assert.ok(minister.aliases.includes("Assad Hassan Al-Shibani"));
    assert.deepEqual(minister.coMentioned.map((c) => [c.item.name, c.count]), [["Yalchin Rafiyev", 1]]);
    for (const article of archive.articles) {
      assert.equal(article.people[0]?.url, "/people/asaad-hassan-al-shaibani/");
    }
  });

  it("should send countries, capitals and registry places to one country page", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry,
      articles: [
        makeArticle({ stem: "a", places: ["Turkiye", "Damascus"] }),
        makeArticle({ stem: "b", places: ["Turkey", "Halab"] }),
        makeArticle({ stem: "c", places: ["Syrian Arab Republic", "Atlantis"] }),
      ],
    });
    assert.deepEqual(archive.countries.map((c) => [c.name, c.slug, c.count]), [
      ["Syria", "syria", 3],
      ["Türkiye", "turkiye", 2],
    ]);
    const syria = archive.countries[0]!;
    assert.deepEqual(syria.places.map((p) => [p.name, p.count]), [["Aleppo", 1], ["Damascus", 1]]);
    const [chipTurkey, chipDamascus] = archive.articles.find((a) => a.id.endsWith("/a.md"))!.places;
    assert.deepEqual(chipTurkey, { name: "Türkiye", url: "/countries/turkiye/", flag: "/flags/tr.svg" });
    assert.equal(chipDamascus?.url, "/countries/syria/");
    assert.deepEqual(archive.unresolvedPlaces, [{ name: "Atlantis", articles: ["articles/2024/12/c.md"] }]);
    const atlantis = archive.articles.find((a) => a.id.endsWith("/c.md"))!.places.find((p) => p.name === "Atlantis");
    assert.deepEqual(atlantis, { name: "Atlantis" });
  });

  it("should paginate entity pages and the home page by the site's page size", () => {
    const articles = Array.from({ length: 5 }, (_, i) =>
      makeArticle({ stem: `a${i}`, date: `2024-01-0${i + 1}`, people: ["Some One"], places: ["Syria"] }),
    );
    const archive = buildArchive({ site, strings: ENGLISH_STRINGS, schedule: NO_EMBARGO, registry: EMPTY_REGISTRY, articles });
    assert.deepEqual(archive.homePages.map((p) => p.url), ["/", "/page/2/", "/page/3/"]);
    assert.deepEqual(archive.personPages.map((p) => p.page.url), ["/people/some-one/", "/people/some-one/page/2/", "/people/some-one/page/3/"]);
    assert.equal(archive.countryPages.length, 3);
    assert.equal(archive.personPages[2]?.page.items.length, 1);
  });

  it("should give two articles with the same file name in the same month distinct URLs", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [
        makeArticle({ relPath: "articles/2024/12/visit.md", title: "Visit" }),
        makeArticle({ relPath: "articles/extra/visit.md", title: "Visit" }),
      ],
    });
    const urls = archive.articles.map((a) => a.url);
    assert.equal(new Set(urls).size, 2);
    assert.ok(urls.includes("/articles/2024/12/visit/"));
  });

  it("should make redirect pages for spellings whose slug differs from the canonical one", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry,
      articles: [makeArticle({ people: ["Assad Hassan Al-Shibani"], places: ["Turkey"] })],
    });
    const from = archive.redirects.map((r) => `${r.from} -> ${r.to}`);
    assert.ok(from.includes("/people/assad-hassan-al-shibani/ -> /people/asaad-hassan-al-shaibani/"));
    assert.ok(from.includes("/countries/turkey/ -> /countries/turkiye/"));
    assert.ok(!archive.redirects.some((r) => r.from === r.to));
  });

  it("should never share a slug between two people", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [makeArticle({ people: ["Li Qiang", "李强", "Li-Qiang!", "../li qiang"] })],
    });
    const slugs = archive.people.map((p) => p.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("should group people by the initial letter of their family name, in its own script, for the A–Z index", () => {
    const archive = buildArchive({
      strings: ENGLISH_STRINGS,
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [makeArticle({ people: ["Zed Zulu", "Ann Alpha", "Émile Ecru", "李强"] })],
    });
    assert.deepEqual(archive.peopleByLetter.map((g) => g.letter), ["A", "E", "Z", "李"]);
  });
});

describe("buildArchive: corrections", () => {
  const corrected = [
    { title: "Old", date: "2024-10-01", corrections: [{ date: "2024-10-05", text: "First fix." }, { date: "2025-01-03", text: "Latest fix." }] },
    { title: "New", date: "2024-12-30", corrections: [{ date: "2025-01-02", text: "A fix." }, { date: "2025-01-02", text: "Same day, later." }] },
    { title: "Plain", date: "2024-12-31" },
    { title: "Draft", date: "2024-12-29", draft: true, corrections: [{ date: "2025-02-01", text: "Never shown." }] },
  ];

  it("should list every published correction newest first, each pointing at its notice on the article", () => {
    const { corrections } = archiveOf(corrected);
    assert.equal(corrections.url, "/corrections/");
    assert.equal(corrections.feedUrl, "/corrections/feed.xml");
    assert.deepEqual(
      corrections.entries.map((entry) => [entry.notice.date.ymd, entry.article.title, entry.notice.text, entry.url]),
      [
        ["2025-01-03", "Old", "Latest fix.", "/articles/2024/10/old/#correction-2025-01-03-1"],
        ["2025-01-02", "New", "Same day, later.", "/articles/2024/12/new/#correction-2025-01-02-2"],
        ["2025-01-02", "New", "A fix.", "/articles/2024/12/new/#correction-2025-01-02-1"],
        ["2024-10-05", "Old", "First fix.", "/articles/2024/10/old/#correction-2024-10-05-1"],
      ],
    );
    assert.equal(corrections.updated, "2025-01-03T00:00:00Z");
    assert.equal(corrections.lastModified?.ymd, "2025-01-03");
    assert.deepEqual(corrections.feedEntries, corrections.entries);
  });

  it("should give each article its corrections newest first, with the dates as the site prints them", () => {
    const archive = archiveOf(corrected);
    const old = archive.articles.find((article) => article.title === "Old")!;
    assert.deepEqual(
      old.corrections.map((c) => [c.id, c.dateText, c.text]),
      [
        ["correction-2025-01-03-1", "3 January 2025", "Latest fix."],
        ["correction-2024-10-05-1", "5 October 2024", "First fix."],
      ],
    );
    assert.deepEqual(archive.articles.find((article) => article.title === "Plain")!.corrections, []);
  });

  it("should have an empty corrections list, dated by no correction, when no article has one", () => {
    const { corrections } = archiveOf([{ title: "Plain" }]);
    assert.deepEqual(corrections.entries, []);
    assert.equal(corrections.lastModified, undefined);
    assert.equal(corrections.updated, "1970-01-01T00:00:00Z");
  });

  it("should take the newest correction as the article's last change only when it is later than updated and date", () => {
    const modified = (fields: Parameters<typeof archiveOf>[0][number]) => archiveOf([fields]).articles[0]!.modified.written;
    assert.equal(modified({ date: "2024-12-30" }), "2024-12-30");
    assert.equal(modified({ date: "2024-12-30", updated: "2025-01-04" }), "2025-01-04");
    assert.equal(modified({ date: "2024-12-30", updated: "2025-01-04", corrections: [{ date: "2025-01-05", text: "x" }] }), "2025-01-05");
    assert.equal(modified({ date: "2024-12-30", updated: "2025-01-04T10:00:00Z", corrections: [{ date: "2025-01-04", text: "x" }] }), "2025-01-04T10:00:00Z");
    assert.equal(modified({ date: "2024-12-30", corrections: [{ date: "2024-12-30", text: "same day" }] }), "2024-12-30");
    assert.equal(modified({ date: "2024-12-30", updated: "2024-12-01", corrections: [{ date: "2024-12-15", text: "before date" }] }), "2024-12-01");
  });
});

describe("buildArchive: text direction", () => {
  const fields = [
    { title: "قمة الطاقة في باكو", date: "2025-01-03", lang: "ar", people: ["Ann Lee"] },
    { title: "Energy summit in Baku", date: "2025-01-02", people: ["Ann Lee"] },
    { title: "Bakı enerji sammiti", date: "2025-01-01", lang: "az-Latn", people: ["Ann Lee"] },
  ];

  it("should give an English site ltr, an Arabic article rtl and an article without lang the site's direction", () => {
    const archive = archiveOf(fields);
    assert.equal(archive.dir, "ltr");
    assert.deepEqual(archive.articles.map((a) => a.dir), ["rtl", "ltr", "ltr"]);
    const english = archive.articles[1]!;
    assert.deepEqual([english.next?.dir, english.prev?.dir], ["rtl", "ltr"], "previous/next links carry the direction");
    assert.ok(english.related?.some((r) => r.dir === "rtl"), "related links carry the direction");
  });

  it("should give an Arabic site rtl, and its articles without lang rtl too", () => {
    const archive = archiveOf(fields, { site: { language: "ar" } });
    assert.equal(archive.dir, "rtl");
    assert.deepEqual(archive.articles.map((a) => a.dir), ["rtl", "rtl", "ltr"]);
  });
});
