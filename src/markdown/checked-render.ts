/**
 * One body rendered the way the render threads do it: refused by the
 * pre-scan when its nesting or its delimiters would make remark recurse too
 * deep or run too long, and a stack overflow inside remark (what the pre-scan
 * cannot foresee) turned into the same kind of failure instead of a crash.
 */
import { renderMarkdown, type RenderedMarkdown } from "./pipeline.ts";
import { ENGLISH_BODY_WORDS, type BodyWords } from "./body-html.ts";
import { scanMarkdown, TOO_DEEP_HINT } from "./markdown-limits.ts";
import type { RenderOutcome } from "./render-outcome.ts";

/** Renders a body, or says why it cannot be (`render` is the pipeline; tests pass one that fails). */
export function renderChecked(
  body: string,
  render: (body: string, words: BodyWords) => RenderedMarkdown = renderMarkdown,
  words: BodyWords = ENGLISH_BODY_WORDS,
): RenderOutcome {
  const refused = scanMarkdown(body);
  if (refused) return { failure: refused };
  try {
    return { rendered: render(body, words) };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { failure: { code: "markdown-too-deep", message: "the article's text is nested too deeply to render", hint: TOO_DEEP_HINT } };
    }
    return {
      failure: {
        code: "markdown-render-failed",
        message: `the article's text could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
        hint: "look for unusual Markdown in the article's text, or report this with the file attached",
      },
    };
  }
}
