/**
 * Markdown bodies for the render limits' tests: realistic articles of any
 * size (prose with emphasis and links, nested lists and quotes, pipe tables,
 * pasted HTML tables, code fences holding Markdown-like text), and the
 * pathological bodies an attacker writes.
 */
import { Random } from "../../bench/random.ts";

const WORDS =
  "the minister said talks would continue next week after a meeting in the capital where officials discussed trade energy water roads schools prices budget council agreement delegation report election court border harvest port railway".split(
    " ",
  );

/** A realistic article body of about `bytes` characters; deterministic for a seed. */
export function realisticBody(bytes: number, seed = 7): string {
  const random = new Random(seed);
  const words = (n: number) => Array.from({ length: n }, () => random.pick(WORDS)).join(" ");
  const sentence = () => {
    const parts = [words(random.int(4, 10))];
    const roll = random.next();
    if (roll < 0.15) parts.push(`*${words(2)}*`);
    else if (roll < 0.25) parts.push(`**${words(2)}**`);
    else if (roll < 0.35) parts.push(`[${words(3)}](https://example.org/news/${random.int(1, 9999)})`);
    else if (roll < 0.4) parts.push(`\`${words(1)}_${words(1)}\``);
    else if (roll < 0.42) parts.push(`<abbr title="${words(2)}">UN</abbr>`);
    parts.push(words(random.int(3, 8)));
    const text = parts.join(" ");
    return text[0]!.toUpperCase() + text.slice(1) + ".";
  };
  const paragraph = () => Array.from({ length: random.int(3, 8) }, sentence).join(" ");
  const blocks: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const kind = random.next();
    let block: string;
    if (kind < 0.55) block = paragraph();
    else if (kind < 0.6) block = `## Section ${++section}: ${words(4)}`;
    else if (kind < 0.66) {
      // Lists nested four deep, bullets and numbers.
      const lines: string[] = [];
      for (let i = 0; i < random.int(3, 8); i++) {
        lines.push(`- ${sentence()}`);
        if (random.next() < 0.5) lines.push(`  1. ${sentence()}`, `     - ${words(5)}`, `       - *${words(3)}*`);
      }
      block = lines.join("\n");
    } else if (kind < 0.7) block = `> ${sentence()}\n> ${sentence()}\n>\n> > ${sentence()}\n>\n> — ${words(2)}`;
    else if (kind < 0.74) {
      // A pipe table (plain text to remark without GFM, but editors write them).
      const rows = [`| Date | Story | Who | Note |`, `|---|---|---|---|`];
      for (let i = 0; i < random.int(20, 150); i++) {
        rows.push(`| 2024-03-${String((i % 28) + 1).padStart(2, "0")} | [${words(3)}](https://example.org/${i}) | **${words(2)}** | ${words(4)} |`);
      }
      block = rows.join("\n");
    } else if (kind < 0.76) {
      // A pasted HTML table: literal to remark, however many tags.
      const rows = ["<table>", "<thead><tr><th>Region</th><th>Votes</th><th>Share</th></tr></thead>", "<tbody>"];
      for (let i = 0; i < random.int(50, 400); i++) rows.push(`<tr><td>${words(2)}</td><td>${random.int(100, 99999)}</td><td>${random.int(1, 99)}%</td></tr>`);
      rows.push("</tbody>", "</table>");
      block = rows.join("\n");
    } else if (kind < 0.8) {
      // Code holding what would be Markdown outside it.
      block = ["```text", "*".repeat(random.int(5, 3000)), "> > > > quoted", "- - - - - - item", "[[[[ ((( <<<< ____", "```"].join("\n");
    } else if (kind < 0.82) block = "* * *";
    else if (kind < 0.85) block = `![${words(3)}](https://example.org/i/${random.int(1, 999)}.jpg "${words(2)}")`;
    else block = `${sentence()}  \n${sentence()}`;
    blocks.push(block);
    size += block.length + 2;
  }
  return blocks.join("\n\n") + "\n";
}

/** The bodies an attacker writes, by name, at about `bytes` characters (nesting attacks by depth instead). */
export const PATHOLOGICAL = {
  /** `>` nested `depth` deep. */
  quotes: (depth: number) => "> ".repeat(depth) + "deep\n",
  /** A list nested `depth` deep by indentation, one item a line. */
  indentedList: (depth: number) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n") + "\n",
  /** A list nested `depth` deep on one line. */
  inlineList: (depth: number) => "- ".repeat(depth) + "deep\n",
  /** `*a` repeated: remark's emphasis matching goes quadratic. */
  stars: (bytes: number) => "*a".repeat(bytes / 2) + "\n",
  /** `[a](b ` repeated: unclosed link destinations. */
  openLinks: (bytes: number) => "[a](b ".repeat(Math.ceil(bytes / 6)) + "\n",
  /** `</` then `<!--` repeated: unclosed HTML comments. */
  comments: (bytes: number) => "</" + "<!--".repeat(bytes / 4) + "\n",
  /** `![` nested: images in images. */
  nestedImages: (depth: number) => "![".repeat(depth) + "a" + "](b)".repeat(depth) + "\n",
  /** `*` alone on each line: a list of empty items. */
  emptyItems: (bytes: number) => "*\n".repeat(bytes / 2),
};
