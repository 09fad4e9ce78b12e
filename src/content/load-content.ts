/**
 * Reads a content folder: every article under `articles/`, the registries and
 * the site settings. Every problem in every file is collected before anything
 * fails, so an editor sees all their mistakes at once.
 */
import path from "node:path";
import { loadRegistry, type Registry } from "../entities/registry.ts";
import { foldKey } from "../entities/resolver.ts";
import { BodyRenderer, bodyStartLine, startRenderPool } from "../markdown/render-all.ts";
import { RenderCache } from "../markdown/render-cache.ts";
import type { Article } from "./article.ts";
import { findArticleImages, type ArticleImages } from "./article-images.ts";
import { inventoryProblems, takeInventory } from "./content-inventory.ts";
import { readContentText } from "./content-text.ts";
import { detached, ParseCache } from "./parse-cache.ts";
import { FileStamps, type FileStamp } from "./file-stamps.ts";
import { parseArticle, type ParsedArticle } from "./parse-article.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { pageSegments, toContentPage, type ContentPage } from "./content-page.ts";
import { parsePage, type ParsedPage } from "./parse-page.ts";
import { printable, type Rendered } from "../markdown/stored-body.ts";
import { loadSiteSettings, type SiteSettings } from "./site-settings.ts";
import { loadSiteImages, type SiteImages } from "./site-images.ts";
import { uniqueBy } from "../util/collections.ts";
import { resolveInterfaceStrings, type InterfaceStrings } from "../i18n/interface-strings.ts";
import { loadStringOverrides } from "../i18n/strings-overrides.ts";
import { bodyWordsOf } from "../i18n/body-words.ts";

/** Everything read from a content folder. */
export interface LoadedContent {
  contentDir: string;
  articles: Article[];
  registry: Registry;
  site: SiteSettings;
  /** The interface strings of the site's language, with `_data/strings.yaml` laid over them. */
  strings: InterfaceStrings;
  /** The logo and social image site.yaml names, checked and measured. */
  siteImages: SiteImages;
  /** The site's own pages (`pages/**\/*.md`), drafts included, each valid one rendered. */
  pages: ContentPage[];
  /** Errors and warnings from every file. */
  problems: Problem[];
}

/** Options for loading. */
export interface LoadOptions {
  /** Render bodies (default true); `check` only validates. */
  render?: boolean;
  /** Use the on-disk caches of parsed files and rendered bodies (default true). */
  cache?: boolean;
  /** Keep those caches in memory for the next load in this process (the preview); default false. */
  remember?: boolean;
  /** Take an article file whose stamp has not changed since the last load from the caches without reading it (default true; `--full` says false). */
  stamps?: boolean;
}

/** Lists the Markdown files under `<contentDir>/articles`, sorted, as absolute paths; links and hidden files are never listed. */
export function listArticleFiles(contentDir: string): string[] {
  return takeInventory(contentDir).articles;
}

/** Reads and validates a whole content folder; rendering happens only for valid articles. */
export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const dir = path.resolve(contentDir);
  const startedAt = Date.now();
  const problems: Problem[] = [];
  const parsed: ParsedArticle[] = [];
  const bodyLines: (number | undefined)[] = [];
  const render = options.render ?? true;
  const remember = options.remember ?? false;
  // A render thread starts before anything is read (it takes longer to start than a warm build
  // takes to read every file), so it is ready for the first body that misses the cache.
  const pool = render ? startRenderPool() : undefined;
  let caches: { cache?: RenderCache; parseCache?: ParseCache; stamps?: FileStamps };
  let settings: ReturnType<typeof readSettings>;
  try {
    caches = {
      cache: render && (options.cache ?? true) ? new RenderCache(undefined, undefined, remember).load() : undefined,
      parseCache: options.cache ?? true ? new ParseCache(undefined, remember).load() : undefined,
    };
    settings = readSettings(dir);
    // Stamps stand for the caches' keys, so they are used only with both caches.
    if (caches.cache && caches.parseCache && (options.stamps ?? true)) {
      caches.stamps = new FileStamps(JSON.stringify(bodyWordsOf(settings.strings)), startedAt, undefined, remember).load();
    }
  } catch (error) {
    await pool?.close();
    throw error;
  }
  const { cache, parseCache, stamps } = caches;
  const { registry, site, siteLine, strings, problems: settingsProblems } = settings;
  // Bodies are rendered (in worker threads when many are new) while the files are still being read.
  const renderer = pool ? new BodyRenderer(cache, { pool }, bodyWordsOf(strings)) : undefined;
  let read = 0;
  const parsedPages: { page: ParsedPage; segments: string[]; index: number }[] = [];
  try {
    // One walk finds the articles and names every file the build ignores and every link it skips.
    const inventory = takeInventory(dir);
    // A person's photo may live anywhere in the folder (docs suggest people/): it is used, so not "ignored".
    const portraits = new Set(registry.people.flatMap((person) => (person.image ? [person.image.relPath] : [])));
    inventory.ignored = inventory.ignored.filter((entry) => !portraits.has(entry.relPath));
    problems.push(...inventoryProblems(inventory));
    /** Takes an article whose file has the stamp it had when last read from the caches, without reading it; false when it must be read. */
    const takeUnchanged = (file: string, stamp: FileStamp | undefined): boolean => {
      const known = stamp && stamps?.unchanged(file, stamp);
      if (!known) return false;
      const fields = parseCache?.fieldsOf(file, known.parseKey);
      // The render is looked up last: once added, the article is taken.
      if (!fields?.article || renderer?.addCached(known.renderKey) === undefined) return false;
      problems.push(...fields.problems);
      parsed.push(fields.article);
      bodyLines.push(known.bodyLine);
      return true;
    };
    for (const file of inventory.articles) {
      // The stamp is taken before the file is read: a write in between leaves the record older than the text, so the file is read again next time.
      const stamp = stamps && FileStamps.stampOf(file);
      if (!takeUnchanged(file, stamp)) {
        const { text, problems: readProblems } = readContentText(file);
        problems.push(...readProblems);
        if (text !== undefined) {
          const parseKey = parseCache && ParseCache.keyOf(file, text);
          const result = parseCache ? parseCache.parse(file, text, parseKey) : parseArticle(file, text);
          problems.push(...result.problems);
          if (result.article) {
            const { body, ...fields } = result.article;
            // The body goes to the renderer only, and the fields keep no slice of the file's text, so a read file is not held until every file is read.
            parsed.push({ ...(parseCache ? fields : detached(fields)), body: "" });
            const line = bodyStartLine(text, body);
            bodyLines.push(line);
            if (renderer) {
              const renderKey = renderer.keyOf(body);
              renderer.add(body, { file, line }, renderKey);
              if (stamp && parseKey) stamps.set(file, { stamp, parseKey, renderKey, bodyLine: line });
            }
          }
        }
      }
      // Let finished renders in, and more work out to the threads (a warm build's few changed bodies need not wait for a full batch), now and then.
      if (++read % 64 === 0) {
        renderer?.flush();
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // Pages go through the same renderer, after the articles: their renders follow the articles' in its result.
    for (const file of inventory.pages) {
      const { text, problems: readProblems } = readContentText(file);
      problems.push(...readProblems);
      if (text === undefined) continue;
      const named = pageSegments(path.relative(dir, file).split(path.sep).join("/"));
      if ("mistake" in named) {
        problems.push(problem("invalid-page-name", { file, line: 1, message: named.mistake }));
        continue;
      }
      const result = parsePage(file, text);
      problems.push(...result.problems);
      if (!result.page) continue;
      const index = renderer ? renderer.add(result.page.body, { file, line: bodyStartLine(text, result.page.body) }) : -1;
      parsedPages.push({ page: result.page, segments: named.segments, index });
    }
    renderer?.flush();
  } catch (error) {
    await renderer?.abort();
    throw error;
  }
  parseCache?.save();
  stamps?.save();
  problems.push(...settingsProblems);
  const { images: siteImages, problems: siteImageProblems } = await loadSiteImages(dir, site, siteLine);
  problems.push(...siteImageProblems);

  const rendered = renderer ? await renderer.finish() : undefined;
  if (rendered) problems.push(...rendered.problems);
  // An article whose body could not be rendered has an error, like one with bad front matter: it is left out.
  const articles = parsed.flatMap((article, index): Article[] => {
    if (!rendered) return [toArticle(dir, article, { html: "", text: "", excerpt: "", words: 0, readingMinutes: 1 })];
    const body = rendered.renders[index];
    if (!body) return [];
    // Photos are found (not yet processed) for every article, so `check` names a missing one too; one that cannot be used leaves the article out.
    const found = findArticleImages(dir, article, body, bodyLines[index]);
    problems.push(...found.problems);
    if (found.problems.some((p) => p.severity === "error")) return [];
    return [toArticle(dir, article, body, found.images)];
  });
  const pages = parsedPages.flatMap(({ page, segments, index }): ContentPage[] => {
    const body = rendered ? rendered.renders[index] : { html: "", text: "", excerpt: "", words: 0, readingMinutes: 1 };
    if (!body) return [];
    // A photo in a page's text would need the article photo pipeline: refused rather than printed broken.
    if ((body.images?.length ?? 0) > 0) {
      problems.push(problem("page-photo", { file: page.file, line: 1, message: "has a photo in its text; pages show text and links only" }));
      return [];
    }
    // A page prints `rendered.html` as it is: a stored one gets getters that read it.
    return [toContentPage(dir, page, segments, printable(body))];
  });
  return { contentDir: dir, articles, registry, site, strings, siteImages, pages, problems };
}

/** The registries, the site settings and the interface strings; the site's language comes first, as the words a body's HTML names things with are part of its render. */
function readSettings(dir: string) {
  const { registry, problems: registryProblems } = loadRegistry(dir);
  const { site, problems: siteProblems, lineOf: siteLine } = loadSiteSettings(dir);
  const { overrides, problems: stringProblems } = loadStringOverrides(dir);
  const strings = resolveInterfaceStrings(site.language, overrides);
  return { registry, site, siteLine, strings, problems: [...registryProblems, ...siteProblems, ...stringProblems] };
}

/** The Article of one parsed file of the content folder `dir`, with its body rendered (the live preview reads single files with it). */
export function toArticle(dir: string, article: ParsedArticle, rendered: Rendered, images?: ArticleImages): Article {
  const fm = article.frontMatter;
  const relPath = path.relative(dir, article.file).split(path.sep).join("/");
  return {
    file: article.file,
    relPath,
    stem: articleStem(article.file),
    title: fm.title,
    date: fm.date,
    updated: fm.updated,
    source: fm.source,
    // A name written twice (equal once folded) is kept once, in its first spelling.
    people: uniqueBy(fm.people, foldKey),
    places: uniqueBy(fm.places, foldKey),
    url: fm.url,
    summary: fm.summary || undefined,
    author: fm.author || undefined,
    lang: fm.lang,
    draft: fm.draft,
    corrections: fm.corrections,
    ...(fm.slug !== undefined && { slug: fm.slug }),
    aliases: fm.aliases,
    rendered,
    ...(images && { images }),
    nameLines: article.nameLines,
    urlLines: article.urlLines,
  };
}

/** The basis of an article's slug: its file name without `.md`, or for a bundle's `index.md` its folder's name. */
export function articleStem(file: string): string {
  const name = path.basename(file, ".md");
  return name === "index" ? path.basename(path.dirname(file)) : name;
}
