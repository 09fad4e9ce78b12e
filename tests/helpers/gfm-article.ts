/**
 * An article body with every GitHub-flavoured Markdown feature editors use:
 * a 12-column table (wider than a phone), an aligned one, footnotes,
 * strikethrough, autolinks, a task list, and h2/h3 headings (one repeated,
 * one Cyrillic, one that looks like a footnote's id).
 */

/** The 12 column headings of the wide table. */
export const WIDE_COLUMNS = ["Region", "Registered", "Turnout", "Ballots", "Valid", "Invalid", "Party A", "Party B", "Party C", "Others", "Seats", "Change"];

export function gfmArticleBody(): string {
  const row = (region: string) => `| ${region} | 1,204,331 | 61.4% | 739,459 | 731,002 | 8,457 | 312,004 | 228,761 | 101,355 | 88,882 | 14 | +2 |`;
  return [
    "The commission published the count on Tuesday.[^commission] Turnout ~~fell~~ rose, according to https://example.org/results.",
    "",
    "## Results by region",
    "",
    `| ${WIDE_COLUMNS.join(" | ")} |`,
    `| ${WIDE_COLUMNS.map((_, i) => (i === 0 ? ":---" : "---:")).join(" | ")} |`,
    row("Northern Highlands and Coast"),
    row("Southern Plains"),
    row("Capital District"),
    "",
    "### Seats",
    "",
    "| Party | Seats | Change |",
    "| :---- | :---: | -----: |",
    "| Party A | 41 | +3 |",
    "| Party B | 30 | −1 |",
    "",
    "## Results by region",
    "",
    "A second section with the same heading.[^2]",
    "",
    "## Что дальше",
    "",
    "- [x] Count the postal votes",
    "- [ ] Publish the final tally",
    "",
    "## Fn 1",
    "",
    "A heading whose words look like a footnote's id.",
    "",
    "[^commission]: Electoral commission, press release.",
    "[^2]: Reported by our correspondent.",
  ].join("\n");
}
