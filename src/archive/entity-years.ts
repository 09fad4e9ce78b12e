/**
 * An entity's articles year by year: the years a person, country or source
 * has articles in, and the lists that narrow its page to one year
 * (`/people/<slug>/2024/`). Only an entity with articles in two or more years
 * and more articles than one page holds gets year lists: otherwise its own
 * first page already shows every year's articles, and at newsroom scale most
 * people have a handful of articles, so this keeps the page count down
 * (figures in docs/performance.md).
 */
import type { ArticleView, EntityKind, EntityLink, EntityYear, EntityYearView } from "./model.ts";
import { getOrCreate } from "../util/collections.ts";
import { entityYearUrl } from "./urls.ts";

/**
 * The years of `articles` (newest first, as every entity list is), oldest
 * year first, each with its articles in the list's order; one pass over the
 * list. Grouped by the year as written, which the list's order by instant can
 * interleave around New Year when dates carry different offsets.
 */
export function entityYears(entityUrl: string, articles: readonly ArticleView[], pageSize: number): EntityYear[] {
  const byYear = new Map<number, EntityYear>();
  for (const article of articles) {
    const year = article.date.year;
    const entry = getOrCreate(byYear, year, () => ({ year, name: String(year), url: entityYearUrl(entityUrl, year), listed: true, count: 0, articles: [] }));
    entry.articles.push(article);
    entry.count++;
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  if (years.length < 2 || articles.length <= pageSize) {
    for (const year of years) Object.assign(year, { url: entityUrl, listed: false });
  }
  return years;
}

/** The pages of the years of an entity that have lists of their own. */
export function yearUrls(years: readonly EntityYear[]): Map<number, string> {
  return new Map(years.filter((year) => year.listed).map((year) => [year.year, year.url]));
}

/** One view per year list of each entity (entities in the order given, years oldest first). */
export function entityYearViews(kind: EntityKind, entities: readonly (EntityLink & { count: number; years: EntityYear[] })[]): EntityYearView[] {
  return entities.flatMap((entity) => {
    if (!entity.years.some((year) => year.listed)) return [];
    const owner = { name: entity.name, url: entity.url, count: entity.count };
    return entity.years.map((year) => ({ ...year, kind, owner, years: entity.years }));
  });
}
