// The excerpt of one search result, from the article's own words only.
//
// A record's content is the headline, then the article's text, then lines that
// are there to be found but not read (the people and places, with every other
// spelling: src/search/search-index.ts). Its meta says where the readable text
// starts and ends, in words as Pagefind numbers them for its highlight
// locations, so the excerpt is a window of that text around the words found,
// and a match found only in the index lines shows the text's opening words.

/** Pagefind's word separator, as its pagefind.js splits content to place highlights. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const EXCERPT_WORDS = 30;

/**
 * The excerpt as parts to print as text, `mark` set on the words found.
 * `start` and `end` bound the readable words (end exclusive); a missing or
 * nonsensical bound falls back to the whole content.
 */
export function excerptParts(content, locations, start, end, length = EXCERPT_WORDS) {
  const words = String(content).split(WORD_SEPARATORS);
  // An article with no words besides its headline has no excerpt (never the index-only lines).
  if (Number.isInteger(start) && start === end && end <= words.length) return [];
  const sensible = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= words.length;
  const first = sensible ? start : 0;
  const last = sensible ? end : words.length;
  const found = [...new Set(locations)].filter((at) => Number.isInteger(at) && at >= first && at < last).sort((a, b) => a - b);
  let from = first;
  if (found.length > 0) {
    // The window holding the most words found, opening a few words before the first of them.
    // One pass with two indexes over the sorted locations: an article repeating a
    // word a hundred thousand times must not freeze the reader's tab.
    let best = found[0];
    let bestCount = 0;
    let end = 0;
    for (let i = 0; i < found.length; i++) {
      while (end < found.length && found[end] < found[i] + length) end++;
      if (end - i > bestCount) [best, bestCount] = [found[i], end - i];
    }
    from = Math.max(first, best - 3);
  }
  from = Math.max(first, Math.min(from, last - length));
  const to = Math.min(last, from + length);
  const marked = new Set(found);
  const parts = [];
  if (from > first) parts.push({ text: "… ", mark: false });
  for (let at = from; at < to; at++) {
    const separator = at > from ? " " : "";
    const previous = parts[parts.length - 1];
    if (marked.has(at)) {
      if (separator) appendText(parts, separator);
      parts.push({ text: words[at], mark: true });
    } else if (previous && !previous.mark) {
      previous.text += separator + words[at];
    } else {
      parts.push({ text: separator + words[at], mark: false });
    }
  }
  if (to < last) appendText(parts, " …");
  return parts;
}

function appendText(parts, text) {
  const previous = parts[parts.length - 1];
  if (previous && !previous.mark) previous.text += text;
  else parts.push({ text, mark: false });
}
