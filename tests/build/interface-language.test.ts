/**
 * A French site and an Arabic site built by the real build: every page's own
 * words (navigation, headings, counts, labels, dates) in the site's language,
 * `strings.yaml` overrides printed, and the rendered bodies' names cached per
 * language. The articles are in the site's language too, so any English left
 * on a page is the interface's.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";
import { htmlErrors } from "../helpers/site-check.ts";

/** Phrases of the English interface that no French or Arabic page may show (case-sensitive, whole words). */
const ENGLISH = [
  "Home", "People", "Countries", "Archive", "Search", "min read", "Updated", "Read the original", "Related articles",
  "Previous article", "Next article", "Back to top", "Skip to content", "Page not found", "Link to this section",
  "To do", "Done", "Follow", "Breadcrumb", "Newer", "Older", "Latest articles", "December", "January", "newest",
  "mentioned", "Correction", "Scheduled", "Main", "Order", "Best match", "in common", "A to Z", "by letter", "per month",
  "Also written", "Articles about", "Articles mentioning", "Articles from", "Places", "Mentioned with", "No articles",
  "Table", "Corrections", "Articles over time", "as a table", "On the map", "World map",
];

/** Page paths every language is checked on: the chrome of each kind. */
const PAGES = ["/", "/articles/2024/12/delegation-damascus/", "/people/yalchin-rafiyev/", "/countries/syria/", "/search/", "/404.html", "/archive/", "/archive/2024/12/", "/people/", "/countries/", "/corrections/"];

function englishIn(html: string): string[] {
  // JSON-LD's vocabulary ("@type": "Person") is schema.org's, not the interface's.
  const shown = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "");
  return ENGLISH.filter((phrase) => new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, "u").test(shown));
}

function articles(text: { title: string; summary: string; body: string; correction: string }): FixtureArticle[] {
  return [
    {
      path: "2024/12/delegation-damascus.md",
      frontMatter: {
        title: text.title,
        date: "2024-12-30",
        updated: "2025-01-02",
        source: "AzerNews",
        people: ["Yalchin Rafiyev", "Asaad Hassan al-Shaibani"],
        places: ["Damascus", "Syria", "Azerbaijan"],
        url: "https://www.azernews.az/nation/235703.html",
        summary: text.summary,
        corrections: [{ date: "2025-01-03", text: text.correction }],
      },
      body: text.body,
    },
    {
      path: "2025/01/baku-follow-up.md",
      frontMatter: { title: `${text.title} (2)`, date: "2025-01-15", source: "AzerNews", people: ["Yalchin Rafiyev"], places: ["Syria"] },
      body: text.body,
    },
  ];
}

const FRENCH = articles({
  title: "Une délégation azerbaïdjanaise à Damas",
  summary: "Le vice-ministre Yalchin Rafiyev a rencontré son homologue syrien.",
  correction: "Le nom du ministre a été corrigé.",
  body: "Le vice-ministre a rencontré le ministre syrien à Damas.\n\n## Les suites\n\n| Pays | Visites |\n| --- | ---: |\n| Syrie | 2 |\n\n- [x] Ambassade rouverte\n- [ ] Vols directs\n",
});

const ARABIC = articles({
  title: "وفد أذربيجاني في دمشق",
  summary: "التقى نائب الوزير يالتشين رفييف نظيره السوري.",
  correction: "صُحِّح اسم الوزير.",
  body: "التقى نائب الوزير بالوزير السوري في دمشق.\n\n## ما بعد الزيارة\n\n| البلد | الزيارات |\n| --- | ---: |\n| سوريا | 2 |\n\n- [x] إعادة فتح السفارة\n- [ ] رحلات مباشرة\n",
});

describe("a French site", () => {
  let site: BuildResult;
  before(() => {
    const input = writeContent(FRENCH, {
      "site.yaml": "title: Les Archives\ndescription: Des dépêches.\nlanguage: fr\nurl: https://archives.example.fr/\n",
      "strings.yaml": "nav.search: Chercher\ncount.articles:\n  one: \"{count} dépêche\"\n  other: \"{count} dépêches\"\n",
    });
    site = buildSite(input, { env: { DATELINE_CACHE_DIR: tempDir("dateline-cache-") } });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should show every page's own words in French, with no English left", () => {
    for (const page of PAGES) assert.deepEqual(englishIn(readPage(site.output, page)), [], page);
  });

  it("should print French dates, counts, labels and the body's names", () => {
    const html = readPage(site.output, "/articles/2024/12/delegation-damascus/");
    assert.match(html, /<time datetime="2024-12-30">30 décembre 2024<\/time>/);
    assert.match(html, /Mis à jour le <time datetime="2025-01-02">2 janvier 2025<\/time>/);
    assert.match(html, /<strong>Rectificatif du <time datetime="2025-01-03">3 janvier 2025<\/time>\u00a0:<\/strong>/);
    assert.match(html, /1 min de lecture · En <a href="\/archive\/2024\/12\/">décembre 2024<\/a>/);
    assert.match(html, />Lire l’original sur AzerNews<\/a>/);
    assert.match(html, /aria-label="Lien vers cette section\u00a0: Les suites"/);
    assert.match(html, /role="region" aria-label="Tableau"/);
    assert.match(html, /aria-label="Fait"/);
    assert.match(html, /aria-label="À faire"/);
    assert.match(html, /"inLanguage":"fr"/);
    assert.match(readPage(site.output, "/archive/2024/12/"), /<h1>Décembre 2024<\/h1>/);
    assert.match(readPage(site.output, "/people/yalchin-rafiyev/"), /2 dépêches/);
  });

  it("should print a strings.yaml override wherever its key is used", () => {
    const home = parseHtml(readPage(site.output, "/"));
    assert.ok(home.all("a").some((a) => attr(a, "href") === "/search/" && textOf(a) === "Chercher"));
    assert.match(readPage(site.output, "/sources/"), /2 dépêches/);
  });

  it("should give Pagefind and the feeds French", () => {
    // The search script's own words (data-strings) are French too.
    assert.match(readPage(site.output, "/search/"), /data-strings="[^"]*Trouver une personne/);
    const feed = fs.readFileSync(path.join(site.output, "people/yalchin-rafiyev/feed.xml"), "utf8");
    assert.match(feed, /xml:lang="fr"/);
    assert.match(feed, /<subtitle>Articles qui citent Yalchin Rafiyev\.<\/subtitle>/);
    assert.match(fs.readFileSync(path.join(site.output, "corrections/feed.xml"), "utf8"), /<title>Rectificatif\u00a0: Une délégation/);
  });

  it("should be valid HTML", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
  });
});

describe("an Arabic site", () => {
  let site: BuildResult;
  let cache: string;
  let input: string;
  before(() => {
    cache = tempDir("dateline-cache-");
    input = writeContent(ARABIC, { "site.yaml": "title: الأرشيف\ndescription: أرشيف الأخبار.\nlanguage: ar\nurl: https://archive.example.org/\n" });
    site = buildSite(input, { env: { DATELINE_CACHE_DIR: cache } });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should show every page's own words in Arabic, with no English left", () => {
    for (const page of PAGES) assert.deepEqual(englishIn(readPage(site.output, page)), [], page);
  });

  it("should print Arabic dates and Arabic plural forms", () => {
    const html = readPage(site.output, "/articles/2024/12/delegation-damascus/");
    assert.match(html, /<html lang="ar"/);
    assert.match(html, /<time datetime="2024-12-30">30 ديسمبر 2024<\/time>/);
    assert.match(html, /قراءة في دقيقة واحدة/);
    assert.match(html, /aria-label="جدول"/);
    assert.match(readPage(site.output, "/people/yalchin-rafiyev/"), /مقالان/);
    assert.match(readPage(site.output, "/archive/"), /مقالان على مدى سنتان\./);
  });

  it("should render bodies again, not from the cache, when the site's language changes", () => {
    fs.writeFileSync(path.join(input, "_data/site.yaml"), "title: The Archive\nlanguage: en\nurl: https://archive.example.org/\n");
    const english = buildSite(input, { env: { DATELINE_CACHE_DIR: cache } });
    assert.equal(english.status, 0, english.stderr);
    const html = readPage(english.output, "/articles/2024/12/delegation-damascus/");
    assert.match(html, /aria-label="Table"/);
    assert.match(html, /aria-label="Link to this section: ما بعد الزيارة"/);
  });

  it("should be valid HTML", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
  });
});
