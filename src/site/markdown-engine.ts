/**
 * Eleventy's Markdown engine, replaced by Dateline's remark pipeline, so that
 * any Markdown Eleventy renders is sanitised the same way as article bodies.
 */
import { renderMarkdownHtml } from "../markdown/pipeline.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Sets remark (sanitising) as the library for `.md`. */
export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", {
    render: (markdown: string) => renderMarkdownHtml(markdown),
    set: () => undefined,
    disable: () => undefined,
  });
}
