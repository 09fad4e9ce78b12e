/** Splitting lists into pages, with the links a pagination control needs. */

/** A link in a pagination control: a page number, or a gap between numbers. */
export type PageLink = { number: number; url: string; current: boolean } | { gap: true };

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  total: number;
  /** Site-relative URL of this page (without path prefix), ending in `/`. */
  url: string;
  prev?: string;
  next?: string;
  /** Numbered links: first, last and the pages around this one, with gaps. */
  links: PageLink[];
}

/** URL of page `n` of a list whose first page is at `base` (`/people/x/` → `/people/x/page/2/`). */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

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
