/**
 * What rendering one body gives: its render, or the reason it has none. A
 * failure is about the body's text (too deep, too slow to render), so it
 * becomes a content problem naming the article's file, not a crash.
 */
import type { ProblemCode } from "../problems/codes.ts";
import type { RenderedMarkdown } from "./pipeline.ts";

/** Why a body was not rendered; `line` is 1-based within the body, when known. */
export interface RenderFailure {
  /** A Problem code from the catalogue, e.g. `markdown-too-deep`. */
  code: ProblemCode;
  message: string;
  hint: string;
  line?: number;
}

/** One body's render, or why there is none. */
export type RenderOutcome = { rendered: RenderedMarkdown; failure?: undefined } | { failure: RenderFailure; rendered?: undefined };
