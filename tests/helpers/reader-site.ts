/**
 * The fixture site the browser tests read: the seed article with the project's
 * registries, and invented articles over several months and countries, enough
 * (with a page size of 5) for every list to have a second page.
 */
import fs from "node:fs";
import path from "node:path";
import { buildSite, type BuildResult } from "./build-site.ts";
import { PROJECT_CONTENT, writeContent, type FixtureArticle } from "./fixture.ts";
import { gfmArticleBody } from "./gfm-article.ts";

/** The seed article's URL in any build. */
export const SEED_URL = "/articles/2024/12/azerbaijani-delegation-visits-damascus/";

/** The invented article whose body ends with every GFM feature (a 12-column table among them). */
export const GFM_URL = "/articles/2025/01/invented-report-1/";

/** Articles with invented people; dates spread over months so timelines have shape. */
function inventedArticles(): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  const countries = [["Syria", "Aleppo"], ["Azerbaijan", "Baku"], ["Turkey"], ["Kenya", "Nairobi"], ["Brazil"], ["Japan"], ["Georgia"]];
  for (let i = 0; i < 14; i++) {
    const month = 1 + (i % 6);
    const day = 2 + i;
    const places = countries[i % countries.length]!;
    const people = i % 3 === 0 ? ["Yalchin Rafiyev", "Maren Talvik"] : i % 3 === 1 ? ["Maren Talvik", "Oskar Brenwald"] : ["Ilham Aliyev"];
    articles.push({
      path: `2025/${String(month).padStart(2, "0")}/invented-report-${i + 1}.md`,
      frontMatter: {
        title: `Invented report ${i + 1}: talks on trade corridors and reconstruction continue in ${places[places.length - 1]}`,
        date: `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        source: i % 2 === 0 ? "The Invented Courier" : "Fictional Wire",
        people,
        places,
        summary: `A made-up report for the fixture, number ${i + 1}, about ${places.join(" and ")}.`,
        // One corrected article, so the notice and the corrections page have something to show.
        ...(i === 1 && {
          corrections: [
            { date: "2025-02-10", text: "An earlier version gave the wrong length for the corridor." },
            { date: "2025-02-12", text: "The invented official's title was corrected." },
          ],
        }),
      },
      body: [
        `Delegates met in ${places[places.length - 1]} for a round of talks, the ${i + 1}th in an invented series.`,
        "",
        "A sentence with a very long unbroken address that must wrap on a phone: https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/spaces/at/all",
        "",
        "| Item | Value |",
        "| --- | --- |",
        "| Corridor length in kilometres | 1,240 |",
        "",
        "> A quoted remark from an invented official.",
        ...(i === 0 ? ["", gfmArticleBody()] : []),
      ].join("\n"),
    });
  }
  // An article written in French: its page must carry lang="fr".
  articles.push({
    path: "2025/03/rapport-en-francais.md",
    frontMatter: {
      title: "Rapport inventé : les pourparlers reprennent à Damas",
      date: "2025-03-20",
      source: "Fictional Wire",
      lang: "fr",
      people: ["Yalchin Rafiyev"],
      places: ["Syrie", "Damas"],
    },
    body: "Les délégués se sont réunis à Damas pour une nouvelle série de pourparlers.",
  });
  return articles;
}

/** Writes the fixture content and builds it with the real build command; throws with the build's output when it fails. */
export function buildReaderSite(options: { pathPrefix?: string } = {}): BuildResult & { content: string } {
  const seedDir = path.join(PROJECT_CONTENT, "articles/2024/12");
  const seed = fs.readdirSync(seedDir).map((name) => ({
    path: `2024/12/${name}`,
    text: fs.readFileSync(path.join(seedDir, name), "utf8"),
  }));
  const registry = (name: string) => fs.readFileSync(path.join(PROJECT_CONTENT, "_data", name), "utf8");
  const content = writeContent([...seed, ...inventedArticles()], {
    "people.yaml": registry("people.yaml"),
    "places.yaml": registry("places.yaml"),
    "site.yaml": "title: Dateline\ndescription: A test archive.\nlanguage: en\npageSize: 5\n",
  });
  const result = buildSite(content, { pathPrefix: options.pathPrefix });
  if (result.status !== 0) throw new Error(`fixture build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ...result, content };
}
