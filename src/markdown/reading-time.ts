/** Word counts and reading time. */

/** Words a reader reads in a minute, a common figure for news prose. */
export const WORDS_PER_MINUTE = 220;

/** Counts words in plain text: runs of letters or digits (scripts without spaces count per character group). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read `words` words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
