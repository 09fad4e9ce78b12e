/**
 * One saved article compared with the version the preview shows. An edit to
 * what only the article's own page and its list entries print (title, summary,
 * author, lang, url, body) is applied to the archive in place; a change that
 * moves the article between lists or pages (people, places, source, date,
 * updated, draft), or changes its corrections (which change the corrections
 * page and feed, and the dates feeds and the sitemap print), its URL (`slug`)
 * or its old paths (`aliases`, each a redirect page and a line of
 * `_redirects`), needs the whole archive rebuilt; so does a new title or
 * language of an article with aliases, which their redirect pages print.
 */
import { dateStyleFor } from "../i18n/date-style.ts";
import type { Archive, ArticleLink, ArticleView } from "../archive/model.ts";
import { articleLink } from "../archive/reading-aids.ts";
import { articleView, newestFirst } from "../archive/views.ts";
import type { Article, Correction } from "../content/article.ts";
import { copyBody } from "../markdown/stored-body.ts";
import type { ArticleDate } from "../content/dates.ts";

/**
 * View fields that later passes of `buildArchive` fill in from the whole
 * archive (entity links, reading aids). An edit that passes `listChange`
 * leaves them as they are; every other field is recomputed from the article.
 */
const LINKED_FIELDS = new Set<keyof ArticleView>(["source", "people", "places", "prev", "next", "related"]);

/** View fields of the body: data in the view, or getters reading the body store under `body` (markdown/stored-body.ts), copied by `copyBody`. */
const BODY_FIELDS = ["html", "text", "body"] as const;

/** View fields that `articleView` sets only when the article has them. */
const OPTIONAL_FIELDS: (keyof ArticleView)[] = ["image"];

/** The first front matter field whose change moves the article between lists or pages, or undefined when the edit changes none. */
export function listChange(shown: Article, saved: Article): string | undefined {
  if (saved.draft !== shown.draft) return "draft";
  if (!sameDate(saved.date, shown.date)) return "date";
  if (!sameDate(saved.updated, shown.updated)) return "updated";
  if (!sameCorrections(saved.corrections, shown.corrections)) return "corrections";
  if (saved.source !== shown.source) return "source";
  // Compared as written: a new spelling changes a person's aliases and maybe their name.
  if (!sameList(saved.people, shown.people)) return "people";
  if (!sameList(saved.places, shown.places)) return "places";
  if (saved.slug !== shown.slug) return "slug";
  if (!sameList(saved.aliases, shown.aliases)) return "aliases";
  // An alias's redirect page prints the title, in the article's language.
  if (saved.aliases.length > 0 && saved.title !== shown.title) return "title";
  if (saved.aliases.length > 0 && saved.lang !== shown.lang) return "lang";
  return undefined;
}

/**
 * True when the saved title keeps the article where it is in the archive's
 * order. Articles are sorted newest first, then by title: a new title can move
 * an article past others dated the same instant, which changes previous/next
 * links and list pages, so that needs a rebuild.
 */
export function keepsItsPlace(archive: Pick<Archive, "articles">, index: number, saved: Article, articleOf: (view: ArticleView) => Article | undefined): boolean {
  const newer = archive.articles[index - 1];
  const older = archive.articles[index + 1];
  const newerArticle = newer && articleOf(newer);
  const olderArticle = older && articleOf(older);
  if ((newer && !newerArticle) || (older && !olderArticle)) return false;
  return (!newerArticle || newestFirst(newerArticle, saved) < 0) && (!olderArticle || newestFirst(saved, olderArticle) < 0);
}

/**
 * Applies an accepted edit to the archive in place: the article's view (which
 * every list shares by reference) gets the saved fields, and every copy of its
 * link in other articles' previous/next and related lists the saved title and language.
 */
export function applyEdit(archive: Pick<Archive, "articles" | "site" | "strings">, view: ArticleView, saved: Article): void {
  const fresh = articleView(saved, view.url, archive.site.language, dateStyleFor(archive.strings));
  if (fresh.id !== view.id || fresh.date.written !== view.date.written) {
    throw new Error(`preview: ${saved.relPath} cannot be edited in place (it is not the article at ${view.url})`);
  }
  const target = view as unknown as Record<string, unknown>;
  copyBody(target, fresh);
  for (const [key, value] of Object.entries(fresh)) {
    if (!LINKED_FIELDS.has(key as keyof ArticleView) && !(BODY_FIELDS as readonly string[]).includes(key)) target[key] = value;
  }
  // An optional field the saved version no longer has (a lead photo taken out) must not linger.
  for (const key of OPTIONAL_FIELDS) if (!(key in fresh)) delete target[key];
  const link = articleLink(view);
  for (const other of archive.articles) {
    for (const copy of linksIn(other)) {
      if (copy.url !== view.url) continue;
      // `lang` is only set when the article has one: a removed language must not linger.
      delete copy.lang;
      Object.assign(copy, link);
    }
  }
}

/** The links to other articles that an article's page prints: previous, next and related. */
export function linksIn(view: ArticleView): ArticleLink[] {
  const links: ArticleLink[] = [];
  if (view.prev) links.push(view.prev);
  if (view.next) links.push(view.next);
  if (view.related) links.push(...view.related);
  return links;
}

function sameDate(a: ArticleDate | undefined, b: ArticleDate | undefined): boolean {
  return a?.written === b?.written;
}

function sameCorrections(a: readonly Correction[], b: readonly Correction[]): boolean {
  return a.length === b.length && a.every((correction, i) => sameDate(correction.date, b[i]!.date) && correction.text === b[i]!.text);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
