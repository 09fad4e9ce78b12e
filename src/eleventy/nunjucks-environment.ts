/**
 * Nunjucks, reading layouts from the override folder (`--layouts`, if given)
 * first, then Dateline's own `layouts/` folder, whatever the `--input` folder
 * is, with autoescaping on: every value a layout prints is
 * escaped unless the layout says `| safe`, which only sanitised HTML may use.
 */
import nunjucks from "nunjucks";
import type { EleventyConfig } from "./eleventy-types.ts";
import { PAGE_KINDS, pageTemplate } from "./pages.ts";
import { LAYOUTS_DIR } from "./paths.ts";

/** What Nunjucks 3 has and @types/nunjucks does not declare. */
interface EnvironmentInternals {
  invalidateCache(): void;
  loaders: nunjucks.ILoader[];
  extensions: Record<string, unknown>;
  extensionsList: unknown[];
}

/**
 * One environment for the life of the process. Eleventy keeps every template
 * library it is given until the process ends (`AMENDED_INSTANCES` in its
 * `TemplateEngine.js`), so a new environment per build, as the live preview's
 * full rebuilds made, kept every earlier build and its archive in memory.
 */
let shared: nunjucks.Environment | undefined;

/**
 * Registers the Nunjucks environment Dateline's layouts need; `options.layouts` is the override folder, already checked (src/eleventy/layout-overrides.ts).
 * `options.continuesBuild`: this Eleventy run renders another slice of the last run's build (src/cli/render-slices.ts), with the same layouts: the compiled layouts are kept.
 */
export function nunjucksPlugin(eleventyConfig: EleventyConfig, options: { layouts?: string; continuesBuild?: boolean } = {}): void {
  const environment = environmentForNewBuild(options.layouts, options.continuesBuild ?? false);
  eleventyConfig.setLibrary("njk", environment);
  // Eleventy compiles a template's text anew for every page it paginates into
  // (`new Template(text)`: a parse and a `new Function` each, ~0.7 s for 16,000
  // pages), unless it is told templates are precompiled: it then asks the
  // environment for each by its text, and Nunjucks compiles each page kind
  // once and keeps it (TemplateTextLoader, below). The map itself is not read
  // while Eleventy uses our environment; only that it is not empty.
  eleventyConfig.setNunjucksPrecompiledTemplates(PAGE_TEMPLATE_NAMES);
}

/** Each page kind's virtual template (`src/eleventy/pages.ts`) by its text, which is how Eleventy asks for it. */
const PAGE_TEMPLATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  PAGE_KINDS.map((kind) => [pageTemplate(kind), `dateline-${kind.name}.njk`]),
);

/**
 * Serves template text by its own text, as Eleventy asks for it in precompiled
 * mode: the page kinds' virtual templates, compiled once and kept. Nothing
 * else is served: Eleventy renders no other template (it never reads the
 * content folder), and a file name the layouts folder lacks must still fail
 * with "template not found".
 */
class TemplateTextLoader {
  cache: Record<string, unknown> = {};

  getSource(name: string): nunjucks.LoaderSource | null {
    const path = PAGE_TEMPLATE_NAMES[name];
    return path ? { src: name, path, noCache: false } : null;
  }
}

/** The loaders of a build: the override folder's files win over the built-in layouts of the same name. */
function loadersFor(layouts: string | undefined): nunjucks.ILoader[] {
  // Compiled layouts are cached, also while serving: without the cache every `include`
  // re-read and re-compiled its file for every page.
  const folders = layouts ? [layouts, LAYOUTS_DIR] : [LAYOUTS_DIR];
  return [new nunjucks.FileSystemLoader(folders), new TemplateTextLoader() as unknown as nunjucks.ILoader];
}

function environmentForNewBuild(layouts: string | undefined, continuesBuild: boolean): nunjucks.Environment {
  if (!shared) {
    shared = new nunjucks.Environment(loadersFor(layouts), {
      autoescape: true,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
    });
    return shared;
  }
  // A new configuration is a new build: read the layouts afresh, and drop the
  // tags the last build's Eleventy added (each holds that build's configuration
  // and data, and Nunjucks keeps a list of them that only grows). This build's
  // Eleventy adds its own, and its filters replace the last build's by name.
  const internals = shared as unknown as EnvironmentInternals;
  // The override folder may differ from the last build's: new loaders, with empty caches.
  // Another slice of the same build keeps them: compiling every layout again cost each run as much as ~700 pages.
  if (!continuesBuild) {
    internals.loaders = loadersFor(layouts);
    internals.invalidateCache();
  }
  internals.extensions = {};
  internals.extensionsList = [];
  return shared;
}
