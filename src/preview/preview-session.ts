/**
 * The live preview's builds: one full build at the start, then, for each
 * batch of saved files, either the fast path or a full rebuild.
 *
 * Fast path: one article saved whose people, places, source, dates and draft
 * flag are as before. The file alone is checked and rendered, its view in the
 * archive is updated in place, and only the pages that show it are rendered
 * again (about twenty pages, whatever the size of the archive).
 *
 * Full rebuild: anything else (a new or deleted article, one of those fields,
 * a registry, `site.yaml`, a layout). The whole content folder is loaded and
 * Eleventy renders every page, as `npm run build` does.
 *
 * Mistakes never stop the preview: they are printed as `npm run check` prints
 * them and the last good pages stay. Started on broken content, the preview
 * shows every valid article.
 */
import fs from "node:fs";
import path from "node:path";
import type nunjucks from "nunjucks";
import { buildArchive } from "../archive/build-archive.ts";
import { loadContent } from "../content/load-content.ts";
import { parseArticle } from "../content/parse-article.ts";
import { ContentError, formatProblems, type Problem } from "../content/problems.ts";
import { renderMarkdown } from "../markdown/pipeline.ts";
import { applyEdit, keepsItsPlace, listChange, savedArticle } from "./article-edit.ts";
import { LAYOUTS_DIR, PUBLIC_DIR } from "../site/paths.ts";
import { sortChanges, type SortedChanges } from "./changed-files.ts";
import { buildEveryPage, type FullBuildOptions } from "./full-build.ts";
import { KnownErrors } from "./known-errors.ts";
import { PageWriter, type RenderedPage } from "./page-writer.ts";
import { pagesShowing } from "./pages-showing.ts";
import { ShownContent } from "./shown-content.ts";
import { copyStaticFiles } from "./static-files.ts";

/** Where the preview prints: the terminal, or a test's buffer. */
export interface PreviewLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options of a preview session. */
export interface PreviewOptions extends FullBuildOptions {
  /** Print less: no summary of the content, no line per update. */
  quiet?: boolean;
  log?: PreviewLog;
}

/** What was done to the pages: nothing (or only an unpublished draft changed), nothing because the content has errors (printed; the last good pages stay), the pages showing one article, or every page. */
export type UpdateKind = "none" | "kept" | "fast" | "full";

/** What one batch of saved files did to the served site. */
export interface Update {
  kind: UpdateKind;
  /** For "full": why every page was rendered. */
  reason?: string;
  /** For "fast": the article file saved. */
  file?: string;
  /** For "fast": the pages whose content changed (written); the others rendered to the same bytes. */
  pages: RenderedPage[];
  /** For "fast": how many pages were rendered. */
  rendered: number;
  /** Files of `public/` copied to (or removed from) the site. */
  copied: string[];
  milliseconds: number;
}

/** A running preview's state: what is served, and how to update it. */
export class PreviewSession {
  private shown: ShownContent | undefined;
  private writer: PageWriter | undefined;
  private readonly errors = new KnownErrors();
  /** True once a build of content without errors has been served: from then on, a mistake keeps the last good pages. */
  private servedGoodBuild = false;
  private readonly log: PreviewLog;

  constructor(private readonly options: PreviewOptions) {
    this.log = options.log ?? { info: console.log, warn: console.warn, error: console.error };
  }

  /** The archive being served (for the search index), once the first build is done. */
  get archive(): ShownContent["archive"] | undefined {
    return this.shown?.archive;
  }

  /** The first build: loads the content and renders every page, even when some articles have errors. */
  async start(): Promise<Update> {
    return this.rebuild("start", performance.now());
  }

  /** Applies one batch of saved, added or deleted files (absolute paths) to the served site. */
  async update(files: readonly string[]): Promise<Update> {
    const started = performance.now();
    const changes = sortChanges(files, this.options.input, { layouts: LAYOUTS_DIR, public: PUBLIC_DIR });
    let update: Update | undefined;
    if (changes.articles.length === 0 && !changes.needsRebuild) update = this.result("none", started);
    else if (changes.articles.length === 1 && !changes.needsRebuild) update = await this.tryFastPath(changes.articles[0]!, started);
    update ??= await this.rebuild(rebuildReason(changes), started);
    // After a full build too: Eleventy copies public/ only when it has a build to do.
    update.copied = copyStaticFiles(changes.publicFiles, PUBLIC_DIR, path.resolve(this.options.output));
    return update;
  }

  /** The fast path for one saved article, or undefined when the edit needs a full rebuild. */
  private async tryFastPath(file: string, started: number): Promise<Update | undefined> {
    const shown = this.shown?.article(file);
    if (!this.shown || !this.writer || !shown || !fs.existsSync(file)) return undefined;
    const checked = parseArticle(file, fs.readFileSync(file, "utf8"));
    const wasFailing = this.errors.any;
    this.errors.update(file, checked.problems);
    if (!checked.article) {
      this.reportErrors();
      return this.result("kept", started);
    }
    // Errors in other files: a full load decides what is shown, as it always has.
    if (this.errors.elsewhere(file)) return undefined;
    if (wasFailing) this.log.info("[dateline] The content is valid again.");
    const warnings = checked.problems.filter((problem) => problem.severity === "warning");
    if (warnings.length > 0) this.log.warn(formatProblems(warnings));

    if (listChange(shown, checked.article)) return undefined;
    const saved = savedArticle(shown, checked.article, renderMarkdown(checked.article.body));
    const place = this.shown.view(shown);
    if (!place) {
      // A draft, still a draft: no page shows it.
      this.shown.replace(saved);
      return this.result("none", started);
    }
    if (!keepsItsPlace(this.shown.archive, place.index, saved, (view) => this.shown!.articleOf(view))) return undefined;

    applyEdit(this.shown.archive, place.view, saved);
    this.shown.replace(saved);
    const jobs = pagesShowing(this.shown.archive, place.view);
    const pages: RenderedPage[] = [];
    for (const job of jobs) {
      const page = await this.writer.write(job, this.shown.archive);
      if (page.changed) pages.push(page);
    }
    const update: Update = { ...this.result("fast", started), file, pages, rendered: jobs.length };
    if (!this.options.quiet) {
      this.log.info(`[dateline] ${this.relative(file)}: ${jobs.length} pages show it, ${pages.length} updated, in ${Math.round(update.milliseconds)} ms`);
    }
    return update;
  }

  /** Loads the whole content folder and renders every page with Eleventy, unless the content has errors and good pages are being served. */
  private async rebuild(reason: string, started: number): Promise<Update> {
    const wasFailing = this.errors.any;
    const content = await loadContent(this.options.input);
    this.errors.reset(content.problems);
    const warnings = content.problems.filter((problem) => problem.severity === "warning");
    if (this.errors.any) {
      if (this.servedGoodBuild) {
        this.reportErrors();
        return this.result("kept", started);
      }
      // Started on broken content: there is no good build to keep, so show
      // every article that is valid rather than stop the preview.
      this.log.error(`${new ContentError(content.problems).message}\n[dateline] Serving the articles without errors; save a fix to rebuild.`);
    } else {
      if (wasFailing) this.log.info("[dateline] The content is valid again; rebuilding every page.");
      this.servedGoodBuild = true;
    }
    if (warnings.length > 0) this.log.warn(formatProblems(warnings));
    if (reason !== "start" && !this.options.quiet) this.log.info(`[dateline] ${reason}: rebuilding every page`);

    const archive = buildArchive(content);
    if (reason === "start" && !this.options.quiet) {
      this.log.info(`[dateline] ${archive.articles.length} articles, ${archive.people.length} people, ${archive.countries.length} countries`);
    }
    const environment: nunjucks.Environment = await buildEveryPage({ archive, warnings }, this.options);
    this.shown = new ShownContent(archive, content.articles, warnings);
    this.writer = new PageWriter(environment, path.resolve(this.options.output));
    const update = { ...this.result("full", started), reason };
    if (!this.options.quiet) this.log.info(`[dateline] every page built in ${(update.milliseconds / 1000).toFixed(1)} s`);
    return update;
  }

  private result(kind: UpdateKind, started: number): Update {
    return { kind, pages: [], rendered: 0, copied: [], milliseconds: performance.now() - started };
  }

  private reportErrors(): void {
    const problems: Problem[] = this.errors.all();
    this.log.error(`${new ContentError(problems).message}\n[dateline] Still serving the last good build; save a fix to rebuild.`);
  }

  private relative(file: string): string {
    return path.relative(this.options.input, file).split(path.sep).join("/");
  }
}

function rebuildReason(changes: SortedChanges): string {
  if (changes.layouts.length > 0) return "a layout changed";
  if (changes.data.length > 0) return `${changes.data.map((file) => path.basename(file)).join(", ")} changed`;
  if (changes.articles.length > 1) return `${changes.articles.length} articles changed`;
  return "an article was added, deleted, or moved between lists";
}
