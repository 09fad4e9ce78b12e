/**
 * What the live preview is showing: the archive its pages were rendered from,
 * what that archive was built from (every valid article as the loader read it,
 * drafts too, the registry and the site settings), and its pages. Saved
 * articles are compared with these articles, not with the archive's views,
 * because the views hold canonical names while what decides a page's lists is
 * the spelling the file gives.
 */
import type { Archive, ArticleView } from "../archive/model.ts";
import type { Article } from "../content/article.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { Registry } from "../entities/registry.ts";
import { compareText } from "../util/collections.ts";
import { sitePages, type SitePages } from "./page-changes.ts";
import type { PageToWrite } from "./page-writer.ts";

/** A published article's view and its place in the archive's order (newest first). */
export interface ShownView {
  view: ArticleView;
  index: number;
}

/** The archive being served and what it was built from. */
export class ShownContent {
  private readonly byFile: Map<string, Article>;
  private readonly byRelPath = new Map<string, Article>();
  private readonly views = new Map<string, ShownView>();
  private pages: SitePages | undefined;

  /**
   * @param archive the archive the served pages were rendered from
   * @param articles every valid article of the content folder (drafts too)
   * @param registry the people and places registries it was built with
   * @param site the site settings it was built with
   */
  constructor(
    readonly archive: Archive,
    articles: readonly Article[],
    readonly registry: Registry,
    readonly site: SiteSettings,
  ) {
    this.byFile = new Map(articles.map((article) => [article.file, article]));
    for (const article of articles) this.byRelPath.set(article.relPath, article);
    archive.articles.forEach((view, index) => this.views.set(view.id, { view, index }));
  }

  /** The article as shown, read from `file` (an absolute path), or undefined if the preview shows no valid article from it. */
  article(file: string): Article | undefined {
    return this.byFile.get(file);
  }

  /** Every article read, drafts included. */
  articles(): Iterable<Article> {
    return this.byFile.values();
  }

  /** The published view of an article and its index in the archive's list, or undefined for a draft. */
  view(article: Article): ShownView | undefined {
    return this.views.get(article.relPath);
  }

  /** The article a view was made from. */
  articleOf(view: ArticleView): Article | undefined {
    return this.byRelPath.get(view.id);
  }

  /** Records an edit applied in place: later edits are compared with this version. */
  replace(article: Article): void {
    this.byFile.set(article.file, article);
    this.byRelPath.set(article.relPath, article);
  }

  /** Every article, with the saved files applied: an Article replaces or adds the file's, null removes it. */
  articlesWith(saved: ReadonlyMap<string, Article | null>): Article[] {
    const articles = new Map(this.byFile);
    for (const [file, article] of saved) {
      if (article) articles.set(file, article);
      else articles.delete(file);
    }
    // In file order, as the loader lists them (the archive does not depend on it, but stays reproducible).
    return [...articles.values()].sort((a, b) => compareText(a.file, b.file));
  }

  /** Every page of the archive by permalink, worked out once (the items are the archive's live objects, so edits in place keep it true). */
  sitePages(permalinkOf: (page: PageToWrite) => string): SitePages {
    this.pages ??= sitePages(this.archive, permalinkOf);
    return this.pages;
  }
}
