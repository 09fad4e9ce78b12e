/** Splitting lists into pages, with the links a pagination control needs. */
import type { ArticleView, EntityPage, Page, PageLink } from "./model.ts";
import { pageUrl } from "./urls.ts";

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: Page<T>[] = [];
  for (let number = 1; number <= total; number++) {
    pages.push({
      items: items.slice((number - 1) * size, number * size),
      number,
      total,
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < total ? pageUrl(base, number + 1) : undefined,
      links: pageLinks(number, total, base),
    });
  }
  return pages;
}

/** One generated page per page of each entity's articles (a person, a country, a source, a year, a month), entities in the order given. */
export function entityPages<T extends { url: string; articles: ArticleView[] }>(entities: readonly T[], size: number): EntityPage<T>[] {
  return entities.flatMap((entity) => paginate(entity.articles, size, entity.url).map((page) => ({ entity, page })));
}

/** Numbered links for page `current` of `total`: 1, …, current-2 … current+2, …, total. */
export function pageLinks(current: number, total: number, base: string, around = 2): PageLink[] {
  if (total <= 1) return [];
  const numbers = new Set<number>([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of sorted) {
    if (number - previous === 2) links.push(link(previous + 1, current, base));
    else if (number - previous > 2) links.push({ gap: true });
    links.push(link(number, current, base));
    previous = number;
  }
  return links;
}

function link(number: number, current: number, base: string): PageLink {
  return { number, url: pageUrl(base, number), current: number === current };
}
