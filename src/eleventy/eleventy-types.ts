/**
 * The slice of Eleventy's configuration API that Dateline uses. Eleventy 3
 * ships no TypeScript types, so we name what we call, and nothing more.
 */

/** Eleventy's configuration object, as passed to a plugin. */
export interface EleventyConfig {
  directories: { input: string; output: string; includes: string; data: string };
  pathPrefix?: string;
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options?: Options): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addNunjucksAsyncFilter(name: string, filter: (...args: never[]) => void): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, library: unknown): void;
  setNunjucksPrecompiledTemplates(templates: Readonly<Record<string, unknown>>): void;
  setTemplateFormats(formats: string[]): void;
  setDataFileSuffixes(suffixes: string[]): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
  ignores: Set<string>;
  setUseGitIgnore(use: boolean): void;
  setServerOptions(options: Record<string, unknown>): void;
  getFilter(name: string): ((...args: never[]) => unknown) | undefined;
}
