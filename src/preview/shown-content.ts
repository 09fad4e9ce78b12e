/**
 * What the live preview is showing: the archive its pages were rendered from,
 * and every valid article as the loader read it (drafts too), by file. Edits
 * are compared with these articles, not with the archive's views, because the
 * views hold canonical names while what decides a page's lists is the
 * spelling the file gives.
 */
import type { Archive } from "../archive/build-archive.ts";
import type { ArticleView } from "../archive/types.ts";
import type { Article } from "../content/article.ts";
import type { Problem } from "../content/problems.ts";

/** A published article's view and its place in the archive's order (newest first). */
export interface ShownView {
  view: ArticleView;
  index: number;
}

/** The archive being served and the articles it was built from. */
export class ShownContent {
  private readonly byFile: Map<string, Article>;
  private readonly byRelPath = new Map<string, Article>();
  private readonly views = new Map<string, ShownView>();

  /**
   * @param archive the archive the served pages were rendered from
   * @param articles every valid article of the content folder (drafts too)
   * @param warnings the warnings found while loading it
   */
  constructor(
    readonly archive: Archive,
    articles: readonly Article[],
    readonly warnings: readonly Problem[],
  ) {
    this.byFile = new Map(articles.map((article) => [article.file, article]));
    for (const article of articles) this.byRelPath.set(article.relPath, article);
    archive.articles.forEach((view, index) => this.views.set(view.id, { view, index }));
  }

  /** The article as shown, read from `file` (an absolute path), or undefined if the preview shows no valid article from it. */
  article(file: string): Article | undefined {
    return this.byFile.get(file);
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
}
