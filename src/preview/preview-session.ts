/**
 * The live preview's builds: one full build at the start, then, for each
 * batch of saved files, the least work that leaves the served folder as
 * `npm run build` would write it for the same content.
 *
 * - In place: one article saved whose people, places, source, dates and
 *   draft flag are as before (a new title, summary, author, language, original
 *   URL or body). The file alone is checked and rendered, its view in the
 *   archive is updated in place, and only the pages that show it are rendered
 *   again: about twenty, whatever the size of the archive.
 * - Changed pages: any other saved, added or deleted articles. The archive is
 *   rebuilt from the articles already read and the files saved, and only the
 *   pages whose data changed are rendered again; pages that are gone are removed.
 * - Every page: a registry, `site.yaml` or a layout changed (or the last
 *   update failed half-way). The whole content folder is loaded and Eleventy
 *   renders every page, as `npm run build` does.
 *
 * Scheduled articles are shown, each page with a "Scheduled for …" notice:
 * apart from that notice, the folder is what `npm run build -- --future`
 * writes at the preview's "now".
 *
 * Mistakes never stop the preview: they are printed as `npm run check` prints
 * them and the last good pages stay. Started on broken content, the preview
 * shows every valid article.
 */
import { bodyWordsOf } from "../i18n/body-words.ts";
import fs from "node:fs";
import path from "node:path";
import { buildArchive } from "../archive/build-archive.ts";
import type { Archive } from "../archive/model.ts";
import type { Article } from "../content/article.ts";
import type { Schedule } from "../content/embargo.ts";
import { loadContent, toArticle } from "../content/load-content.ts";
import { findArticleImages } from "../content/article-images.ts";
import { copyPhotos } from "../images/copy-photos.ts";
import { copyFlags } from "../images/flag-files.ts";
import { PhotoProcessor } from "../images/photo-processor.ts";
import { publishPhotos } from "../images/publish-photos.ts";
import { publishPersonPhotos } from "../images/person-photos.ts";
import { readContentText } from "../content/content-text.ts";
import { parseArticle } from "../content/parse-article.ts";
import { ContentError, formatProblems, type Problem } from "../problems/problems.ts";
import { bodyStartLine, problemOf } from "../markdown/render-all.ts";
import type { RenderOutcome } from "../markdown/render-outcome.ts";
import { RenderPool } from "../markdown/render-pool.ts";
import { LAYOUTS_DIR, PUBLIC_DIR } from "../eleventy/paths.ts";
import { applyEdit, keepsItsPlace, listChange } from "./article-edit.ts";
import { sortChanges, type SortedChanges } from "./changed-files.ts";
import { buildEveryPage, type FullBuildOptions } from "./full-build.ts";
import { KnownErrors } from "./known-errors.ts";
import { pageChanges } from "./page-changes.ts";
import { PageWriter, type PageToWrite, type RenderedPage } from "./page-writer.ts";
import { pagesShowing } from "./pages-showing.ts";
import { ShownContent, type ShownView } from "./shown-content.ts";
import { copyStaticFiles } from "./static-files.ts";
import type { ContentPage } from "../content/content-page.ts";
import { copySiteImages, type SiteImages } from "../content/site-images.ts";
import { IMAGES_URL } from "../archive/urls.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";

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
  /**
   * The preview's "now" (milliseconds since the epoch): articles dated after
   * it are shown, as `npm run build --future` shows them, each with a
   * "Scheduled for …" notice on its page.
   */
  now: number;
  /**
   * Write the open-data files after an update without making the update, or
   * the next one, wait for them (the running preview: the browser reloads
   * first; `openDataWritten` waits for them). Off by default, so an awaited
   * update leaves the folder complete.
   */
  openDataInBackground?: boolean;
}

/**
 * What an update did to the pages: nothing (nothing the site is made of
 * changed, or only an unpublished draft), nothing because the content has
 * errors (printed; the last good pages stay), the pages showing one article
 * ("fast"), the pages whose data changed ("partial"), or every page ("full").
 */
export type UpdateKind = "none" | "kept" | "fast" | "partial" | "full";

/** What one batch of saved files did to the served site. */
export interface Update {
  kind: UpdateKind;
  /** For "full": why every page was rendered. */
  reason?: string;
  /** For "fast": the article file saved. */
  file?: string;
  /** For "fast" and "partial": the pages whose content changed (written); the others rendered to the same bytes. */
  pages: RenderedPage[];
  /** For "fast" and "partial": how many pages were rendered. */
  rendered: number;
  /** Files of pages that no longer exist, removed from the site. */
  removed: string[];
  /** Files of `public/` copied to (or removed from) the site. */
  copied: string[];
  milliseconds: number;
}

/** A running preview's state: what is served, and how to update it. */
export class PreviewSession {
  private shown: ShownContent | undefined;
  private writer: PageWriter | undefined;
  private readonly errors = new KnownErrors();
  /** True once content without errors has been served: from then on, a mistake keeps the last good pages. */
  private servedGoodBuild = false;
  /** True while pages are being written: if that fails half-way, the next update renders every page. */
  private unsure = false;
  /**
   * True when the last archive had a URL clash (`archive.problems`): the saved
   * files that made it are not in the served archive, so the next update reads
   * every file again.
   */
  private clashed = false;
  private readonly input: string;
  private readonly output: string;
  private readonly log: PreviewLog;
  /** Every archive the preview builds publishes scheduled articles and marks them. */
  private readonly schedule: Schedule;
  /**
   * One render thread kept warm for saved articles: a body renders where the
   * time limit can stop it, and an edit does not wait for a thread to start.
   * An idle thread does not keep the process alive.
   */
  private bodies = new RenderPool({ size: 1, growAfter: Infinity });
  /** The open-data files being written (`withOpenData`), if any. */
  private openData: Promise<void> = Promise.resolve();
  /** The archive the next open-data writing is to be made from, once the running one is done; undefined when none is asked for. */
  private openDataNext: Archive | undefined;
  /** Photos, processed once and taken from the cache after that, whichever path an update takes. */
  private readonly photos = new PhotoProcessor();
  /** The pages and site images of the last full load: only a full build reads them again (a saved page or site.yaml rebuilds every page). */
  private siteParts: { pages: ContentPage[]; siteImages: SiteImages } = { pages: [], siteImages: {} };

  constructor(private readonly options: PreviewOptions) {
    this.input = path.resolve(options.input);
    this.output = path.resolve(options.output);
    this.log = options.log ?? { info: console.log, warn: console.warn, error: console.error };
    this.schedule = { now: options.now, future: true, mark: true };
  }

  /** The archive being served (for the search index), once the first build is done. */
  get archive(): ShownContent["archive"] | undefined {
    return this.shown?.archive;
  }

  /** The first build: loads the content and renders every page, even when some articles have errors. */
  async start(): Promise<Update> {
    this.bodies.warm();
    return this.withOpenData(await this.renderEveryPage("start", performance.now()));
  }

  /** Stops the render thread (tests; the preview's process just exits). */
  async close(): Promise<void> {
    await this.bodies.close();
  }

  /** Applies one batch of saved, added or deleted files (absolute paths) to the served site. */
  async update(files: readonly string[]): Promise<Update> {
    const started = performance.now();
    const changes = sortChanges(files, this.input, { layouts: LAYOUTS_DIR, public: PUBLIC_DIR, overrides: this.options.layouts });
    let update: Update | undefined;
    if (this.unsure || !this.shown) update = await this.renderEveryPage("the last update did not finish", started);
    else if (this.clashed) update = await this.renderEveryPage("the last update had a URL clash", started);
    else if (changes.needsRebuild) update = await this.renderEveryPage(rebuildReason(changes), started);
    else if (changes.articles.length === 0 && changes.images.length === 0) update = result("none", started);
    else update = (await this.applyArticles(this.articlesShowing(changes), started)) ?? (await this.renderEveryPage("the content has errors", started));
    // After a full build too: Eleventy copies public/ only when it has a build to do.
    update.copied = copyStaticFiles(changes.publicFiles, PUBLIC_DIR, this.output);
    return this.withOpenData(update);
  }

  /**
   * Writes the open data (`/data/`) again after an update that rendered pages:
   * any edit may change a record (a title, a word count, a new person). The
   * files are streamed from the archive the pages were rendered from, one
   * writing at a time; with `openDataInBackground` (the running preview)
   * neither the reload nor the next update waits for them. At 100,000
   * articles a writing takes seconds, and an editor's next save would wait
   * behind it. A save made meanwhile may edit the archive in place while it
   * is streamed; the writing it asks for comes next, from the newest
   * archive, so the files end as that archive says (each file is renamed into
   * place whole). Saves made while one writing runs ask for one more, not
   * one each.
   */
  private async withOpenData(update: Update): Promise<Update> {
    if (this.shown && (update.kind === "fast" || update.kind === "partial" || update.kind === "full")) {
      const queued = this.openDataNext !== undefined;
      this.openDataNext = this.shown.archive;
      if (!queued) {
        this.openData = this.openData
          .then(() => {
            const archive = this.openDataNext!;
            this.openDataNext = undefined;
            return writeOpenData(this.output, archive, this.options.pathPrefix);
          })
          .then(
            () => undefined,
            (error: Error) => this.log.error(`[dateline] open data not written: ${error.message}`),
          );
      }
      if (!this.options.openDataInBackground) await this.openData;
    }
    return update;
  }

  /** Resolves once the open-data files of the last update are written. */
  async openDataWritten(): Promise<void> {
    await this.openData;
  }

  /**
   * The article files to check again for a batch: those saved, and for a
   * saved, added or deleted photo every shown article that uses it and every
   * article with errors (a photo it missed may have arrived).
   */
  private articlesShowing(changes: SortedChanges): string[] {
    const files = new Set(changes.articles);
    if (changes.images.length > 0) {
      const images = new Set(changes.images);
      for (const article of this.shown!.articles()) {
        const used = [...(article.images?.body ?? []), ...(article.images?.lead ? [article.images.lead] : [])];
        if (used.some((photo) => images.has(photo.file))) files.add(article.file);
      }
      for (const problem of this.errors.all()) if (problem.file.endsWith(".md")) files.add(problem.file);
    }
    return [...files];
  }

  /** Saved, added or deleted articles: checked one by one, then applied in place or by rendering the changed pages; undefined when only a full build will do. */
  private async applyArticles(files: string[], started: number): Promise<Update | undefined> {
    const shown = this.shown!;
    const wasFailing = this.errors.any;
    const saved = new Map<string, Article | null>();
    for (const file of files) {
      if (!fs.existsSync(file)) {
        saved.set(file, null);
        this.errors.update(file, []);
        continue;
      }
      // Read as the build reads: UTF-8 only, never through a link.
      const read = readContentText(file);
      const checked: ReturnType<typeof parseArticle> = read.text === undefined ? { problems: read.problems } : parseArticle(file, read.text);
      const problems = [...checked.problems];
      if (checked.article && read.text !== undefined) {
        const { body } = checked.article;
        const outcome = await this.renderBody(body);
        if (outcome.failure) problems.push(problemOf(outcome.failure, { file, line: bodyStartLine(read.text, body) }));
        else {
          const found = findArticleImages(this.input, checked.article, outcome.rendered, bodyStartLine(read.text, body));
          problems.push(...found.problems);
          if (!found.problems.some((problem) => problem.severity === "error")) {
            // The preview publishes every article that is not a draft (scheduled ones too, marked).
            const photos = await publishPhotos([toArticle(this.input, checked.article, outcome.rendered, found.images)], this.schedule, this.timeZone(), this.photos);
            problems.push(...photos.problems);
            if (photos.problems.length === 0) {
              copyPhotos(photos.files, photos.folder, this.output);
              saved.set(file, photos.articles[0]!);
            }
          }
        }
      }
      this.errors.update(file, problems);
      const warnings = problems.filter((problem) => problem.severity === "warning");
      if (warnings.length > 0) this.log.warn(formatProblems(warnings));
    }
    if (this.errors.any) {
      // Started on broken content, a full build shows every valid article, as it always has.
      if (!this.servedGoodBuild) return undefined;
      this.log.error(`${new ContentError(this.errors.all()).message}\n[dateline] Still serving the last good build; save a fix to rebuild.`);
      return result("kept", started);
    }
    if (wasFailing) this.log.info("[dateline] The content is valid again.");

    if (saved.size === 1) {
      const [file, article] = [...saved][0]!;
      const before = shown.article(file);
      if (article && before && !listChange(before, article)) {
        const place = shown.view(before);
        if (!place) {
          // A draft, still a draft: no page shows it.
          shown.replace(article);
          return result("none", started);
        }
        if (keepsItsPlace(shown.archive, place.index, article, (view) => shown.articleOf(view))) {
          return this.applyInPlace(file, place, article, started);
        }
      }
    }
    return this.renderChangedPages(saved, started);
  }

  /** Renders a saved body in the warm thread; a pool that failed (its thread could not start) is replaced once, so one failure does not stop every later edit. */
  private async renderBody(body: string): Promise<RenderOutcome> {
    for (let attempt = 0; ; attempt++) {
      const rendering = this.bodies.render(body, this.shown && bodyWordsOf(this.shown.archive.strings));
      this.bodies.flush();
      try {
        return await rendering;
      } catch (error) {
        if (attempt > 0) throw error;
        void this.bodies.close();
        this.bodies = new RenderPool({ size: 1, growAfter: Infinity });
      }
    }
  }

  /** The fast path: the article's view is updated in place and the pages that show it rendered again. */
  private async applyInPlace(file: string, place: ShownView, article: Article, started: number): Promise<Update> {
    const shown = this.shown!;
    this.unsure = true;
    applyEdit(shown.archive, place.view, article);
    shown.replace(article);
    const jobs = pagesShowing(shown.archive, place.view);
    const pages = await this.write(jobs, shown.archive);
    this.unsure = false;
    this.servedGoodBuild = true;
    const update: Update = { ...result("fast", started), file, pages, rendered: jobs.length };
    if (!this.options.quiet) {
      this.log.info(`[dateline] ${this.relative(file)}: ${jobs.length} pages show it, ${pages.length} updated, in ${Math.round(update.milliseconds)} ms`);
    }
    return update;
  }

  /** The archive rebuilt from the articles already read and the saved ones; the pages whose data changed rendered again, and pages that are gone removed. */
  private async renderChangedPages(saved: ReadonlyMap<string, Article | null>, started: number): Promise<Update> {
    const shown = this.shown!;
    const writer = this.writer!;
    const articles = shown.articlesWith(saved);
    // A person with a photo may be mentioned for the first time.
    const portraits = await publishPersonPhotos(shown.registry, articles, this.schedule, this.timeZone(), this.photos);
    copyPhotos(portraits.files, this.photos.folder, this.output);
    const archive = buildArchive({ articles, registry: portraits.registry, site: shown.site, strings: shown.archive.strings, schedule: this.schedule, ...this.siteParts });
    if (this.refusedForClashes(archive)) return result("kept", started);
    const next = new ShownContent(archive, articles, portraits.registry, shown.site);
    const permalinkOf = (page: PageToWrite) => writer.permalinkOf(page);
    const { render, removed } = pageChanges(shown.sitePages(permalinkOf), next.sitePages(permalinkOf));
    this.unsure = true;
    this.shown = next;
    const pages = await this.write(render, archive);
    // An edit that names a new country needs its flag, which only a full build copies.
    copyFlags(archive.countries, this.output);
    const removedFiles = this.remove(removed);
    this.unsure = false;
    this.servedGoodBuild = true;
    const update: Update = { ...result("partial", started), pages, rendered: render.length, removed: removedFiles };
    if (!this.options.quiet) {
      const what = saved.size === 1 ? this.relative([...saved.keys()][0]!) : `${saved.size} articles`;
      const gone = removedFiles.length > 0 ? `, ${removedFiles.length} removed` : "";
      this.log.info(`[dateline] ${what}: ${render.length} pages rendered again, ${pages.length} updated${gone}, in ${Math.round(update.milliseconds)} ms`);
    }
    return update;
  }

  /** Loads the whole content folder and renders every page with Eleventy, unless the content has errors and good pages are being served. */
  private async renderEveryPage(reason: string, started: number): Promise<Update> {
    const wasFailing = this.errors.any;
    // The preview builds again and again: its caches stay in memory between builds.
    const loaded = await loadContent(this.input, { remember: true });
    const photos = await publishPhotos(loaded.articles, this.schedule, loaded.site.timezone, this.photos);
    copyPhotos(photos.files, photos.folder, this.output);
    const portraits = await publishPersonPhotos(loaded.registry, loaded.articles, this.schedule, loaded.site.timezone, this.photos);
    copyPhotos(portraits.files, photos.folder, this.output);
    const content = { ...loaded, registry: portraits.registry, articles: photos.articles, problems: [...loaded.problems, ...photos.problems, ...portraits.problems] };
    this.errors.reset(content.problems);
    const warnings = content.problems.filter((problem) => problem.severity === "warning");
    if (this.errors.any) {
      if (this.servedGoodBuild) {
        this.log.error(`${new ContentError(content.problems).message}\n[dateline] Still serving the last good build; save a fix to rebuild.`);
        return result("kept", started);
      }
      // Started on broken content: there is no good build to keep, so show
      // every article that is valid rather than stop the preview.
      this.log.error(`${new ContentError(content.problems).message}\n[dateline] Serving the articles without errors; save a fix to rebuild.`);
    } else if (wasFailing) {
      this.log.info("[dateline] The content is valid again; rebuilding every page.");
    }
    if (warnings.length > 0) this.log.warn(formatProblems(warnings));
    if (reason !== "start" && !this.errors.any && !this.options.quiet) this.log.info(`[dateline] ${reason}: rebuilding every page`);

    const archive = buildArchive({ ...content, schedule: this.schedule });
    this.siteParts = { pages: content.pages, siteImages: content.siteImages };
    copySiteImages(content.siteImages, path.join(this.output, IMAGES_URL));
    if (this.refusedForClashes(archive)) return result("kept", started);
    if (reason === "start" && !this.options.quiet) {
      this.log.info(`[dateline] ${archive.articles.length} articles, ${archive.people.length} people, ${archive.countries.length} countries`);
    }
    const before = this.shown && this.writer ? this.shown.sitePages((page) => this.writer!.permalinkOf(page)) : undefined;
    this.unsure = true;
    const environment = await buildEveryPage({ archive }, { ...this.options, input: this.input, output: this.output });
    this.shown = new ShownContent(archive, content.articles, content.registry, content.site);
    this.writer = new PageWriter(environment, this.output);
    // Eleventy writes over the folder: remove the pages of articles, people, … that are gone.
    const removed = before ? this.remove(pageChanges(before, this.shown.sitePages((page) => this.writer!.permalinkOf(page))).removed) : [];
    this.unsure = false;
    if (!this.errors.any && !this.clashed) this.servedGoodBuild = true;
    const update: Update = { ...result("full", started), reason, removed };
    if (!this.options.quiet) this.log.info(`[dateline] every page built in ${(update.milliseconds / 1000).toFixed(1)} s`);
    return update;
  }

  /**
   * Reports the URL clashes of a rebuilt archive; true when the last good
   * pages stay instead. Started on content with a clash, the pages are
   * rendered all the same (each clashing article at a URL of its own), as
   * articles with errors are left out rather than stop the preview.
   */
  private refusedForClashes(archive: { problems: readonly Problem[] }): boolean {
    const clashes = archive.problems.filter((problem) => problem.severity === "error");
    this.clashed = clashes.length > 0;
    if (!this.clashed) return false;
    const keep = this.servedGoodBuild;
    const then = keep ? "Still serving the last good build" : "Serving every article meanwhile";
    this.log.error(`${new ContentError(clashes).message}\n[dateline] ${then}; save a fix to rebuild.`);
    return keep;
  }

  private async write(jobs: readonly PageToWrite[], archive: ShownContent["archive"]): Promise<RenderedPage[]> {
    const written: RenderedPage[] = [];
    for (const job of jobs) {
      const page = await this.writer!.write(job, archive);
      if (page.changed) written.push(page);
    }
    return written;
  }

  private remove(permalinks: readonly string[]): string[] {
    return permalinks.map((permalink) => {
      const file = this.writer!.fileOf(permalink);
      fs.rmSync(file, { force: true });
      return file;
    });
  }

  /** The site's time zone, for the embargo rule. */
  private timeZone(): string {
    return this.shown?.site.timezone ?? "UTC";
  }

  private relative(file: string): string {
    return path.relative(this.input, file).split(path.sep).join("/");
  }
}

function result(kind: UpdateKind, started: number): Update {
  return { kind, pages: [], rendered: 0, removed: [], copied: [], milliseconds: performance.now() - started };
}

function rebuildReason(changes: SortedChanges): string {
  if (changes.layouts.length > 0) return "a layout changed";
  return `${changes.data.map((file) => path.basename(file)).join(", ")} changed`;
}
