/**
 * Renders single pages the way Eleventy renders them in a full build, and
 * writes them where Eleventy would: the same Nunjucks environment (with every
 * filter Eleventy added to it), the same virtual template and permalink per
 * page kind (`src/eleventy/pages.ts`), and the same data the layouts read:
 * `dateline`, `pageKind`, the kind's pagination alias, and `page.url`
 * (`layouts/partials/meta.njk`). The live preview's test builds the same
 * content with `npm run build` and compares every file byte for byte.
 */
import fs from "node:fs/promises";
import path from "node:path";
import nunjucks from "nunjucks";
import { PAGE_KINDS, pageTemplate, type PageKind } from "../eleventy/pages.ts";
import { permalinkOf, type PageToWrite } from "../eleventy/site-pages.ts";

export type { PageToWrite } from "../eleventy/site-pages.ts";

/** One page the writer rendered. */
export interface RenderedPage {
  /** Absolute path of the output file. */
  file: string;
  /** The page's URL path without the path prefix, as Eleventy's `page.url` (`/people/x/`, `/feed.xml`). */
  url: string;
  content: string;
  /** False when the file already held exactly this content (it was not written again). */
  changed: boolean;
}

interface CompiledKind {
  kind: PageKind;
  body: nunjucks.Template;
}

/** Renders pages of any kind with one Nunjucks environment into one output folder. */
export class PageWriter {
  private readonly compiled = new Map<string, CompiledKind>();

  /**
   * @param environment the Nunjucks environment Eleventy rendered the last full build with
   * @param outputDir the site folder Eleventy wrote
   */
  constructor(
    private readonly environment: nunjucks.Environment,
    private readonly outputDir: string,
  ) {}

  /** Where a page is written, relative to the site folder: its permalink (`/people/x/index.html`). */
  permalinkOf(job: PageToWrite): string {
    return permalinkOf(job);
  }

  /** The absolute path of a page's file. */
  fileOf(permalink: string): string {
    return path.join(this.outputDir, permalink);
  }

  /** Renders one page with `dateline` as the archive and writes it, unless the file already holds the same bytes. */
  async write(job: PageToWrite, dateline: unknown): Promise<RenderedPage> {
    const { kind, body } = this.compile(job.kind);
    const data: Record<string, unknown> = {
      dateline,
      pageKind: kind.name,
      permalink: kind.permalink,
      eleventyExcludeFromCollections: true,
    };
    if (kind.alias) data[kind.alias] = job.item;
    const relative = kind.permalink(data);
    const file = this.fileOf(relative);
    // Eleventy's `page.url`: the permalink, without a trailing `index.html`.
    const url = relative.endsWith("/index.html") ? relative.slice(0, -"index.html".length) : relative;
    data.page = { url, outputPath: file };
    const content = await render(body, data);
    const changed = (await readIfExists(file)) !== content;
    if (changed) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
    }
    return { file, url, content, changed };
  }

  private compile(name: string): CompiledKind {
    let compiled = this.compiled.get(name);
    if (!compiled) {
      const kind = PAGE_KINDS.find((k) => k.name === name);
      if (!kind) throw new Error(`preview: "${name}" is not a page kind (src/eleventy/pages.ts)`);
      compiled = {
        kind,
        body: new nunjucks.Template(pageTemplate(kind), this.environment),
      };
      this.compiled.set(name, compiled);
    }
    return compiled;
  }
}

function render(template: nunjucks.Template, data: object): Promise<string> {
  // The callback form: feeds use an asynchronous filter (`feedContent`) inside `asyncEach`.
  return new Promise((resolve, reject) => {
    template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? "")));
  });
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch {
    return undefined;
  }
}
