import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { DEFAULT_SITE } from "../../src/content/site-settings.ts";
import { countryIndex } from "../../src/entities/countries.ts";
import { EMPTY_REGISTRY, type Registry } from "../../src/entities/registry.ts";
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
    const archive = buildArchive({ site, schedule: NO_EMBARGO, registry: EMPTY_REGISTRY, articles: [makeArticle({ title: "One" })] });
    assert.equal(Object.getPrototypeOf(archive), Object.prototype);
    assert.equal(archive.feeds[0]!.articles[0], archive.articles[0], "feeds list the archive's own views");
    assert.equal(archive.sitemap[0]!.url, archive.homePages[0]!.url, "the sitemap starts with the home page");
  });

  it("should list published articles newest first and leave drafts out", () => {
    const archive = buildArchive({
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
    assert.deepEqual(chipTurkey, { name: "Türkiye", url: "/countries/turkiye/", flag: "🇹🇷" });
    assert.equal(chipDamascus?.url, "/countries/syria/");
    assert.deepEqual(archive.unresolvedPlaces, [{ name: "Atlantis", articles: ["articles/2024/12/c.md"] }]);
    const atlantis = archive.articles.find((a) => a.id.endsWith("/c.md"))!.places.find((p) => p.name === "Atlantis");
    assert.deepEqual(atlantis, { name: "Atlantis" });
  });

  it("should paginate entity pages and the home page by the site's page size", () => {
    const articles = Array.from({ length: 5 }, (_, i) =>
      makeArticle({ stem: `a${i}`, date: `2024-01-0${i + 1}`, people: ["Some One"], places: ["Syria"] }),
    );
    const archive = buildArchive({ site, schedule: NO_EMBARGO, registry: EMPTY_REGISTRY, articles });
    assert.deepEqual(archive.homePages.map((p) => p.url), ["/", "/page/2/", "/page/3/"]);
    assert.deepEqual(archive.personPages.map((p) => p.page.url), ["/people/some-one/", "/people/some-one/page/2/", "/people/some-one/page/3/"]);
    assert.equal(archive.countryPages.length, 3);
    assert.equal(archive.personPages[2]?.page.items.length, 1);
  });

  it("should give two articles with the same file name in the same month distinct URLs", () => {
    const archive = buildArchive({
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
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [makeArticle({ people: ["Li Qiang", "李强", "Li-Qiang!", "../li qiang"] })],
    });
    const slugs = archive.people.map((p) => p.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("should group people by initial letter for the A–Z index", () => {
    const archive = buildArchive({
      site,
      schedule: NO_EMBARGO,
      registry: EMPTY_REGISTRY,
      articles: [makeArticle({ people: ["Zed Zulu", "Ann Alpha", "Émile Ecru", "李强"] })],
    });
    assert.deepEqual(archive.peopleByLetter.map((g) => g.letter), ["A", "E", "L", "Z"]);
  });
});
