/**
 * What `npm run check` says about URLs that the build itself accepts: an
 * article filed in the folder of another month than its date (its URL follows
 * the date, so the folder misleads whoever looks for it), and a `_redirects`
 * file longer than Cloudflare Pages reads.
 *
 * Only a folder that looks like `articles/YYYY/MM/` (or `articles/YYYY/`) is
 * compared with the date: archives filed flat, or by topic, are left alone.
 */
import path from "node:path";
import { CLOUDFLARE_RULE_LIMIT } from "../archive/redirect-rules.ts";
import type { RedirectRule } from "../archive/model.ts";
import { monthFolder } from "../archive/urls.ts";
import type { Article } from "../content/article.ts";
import { problem, type Problem } from "../problems/problems.ts";

/** A year folder, and a month folder under it when there is one: `articles/2024/12/…`. */
const DATED_FOLDER = /^articles\/(\d{4})\/(?:(\d{2})\/)?/;

/** Warns about each article under a `YYYY/MM` (or `YYYY`) folder that disagrees with its `date`. */
export function folderDateWarnings(articles: readonly Article[]): Problem[] {
  const warnings: Problem[] = [];
  for (const article of articles) {
    const match = DATED_FOLDER.exec(article.relPath);
    if (!match) continue;
    const year = Number(match[1]);
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const { date } = article;
    if (year === date.year && (month === undefined || month === date.month)) continue;
    const folder = month === undefined ? match[1]! : `${match[1]}/${match[2]}`;
    const target = month === undefined ? String(date.year) : monthFolder(date.year, date.month);
    warnings.push(
      problem("folder-date-mismatch", {
        file: article.file,
        line: article.urlLines?.date,
        field: "date",
        message: `the article is dated ${date.ymd} but filed under articles/${folder}/; its URL follows the date`,
        hint: `move it to articles/${target}/${fileName(article.relPath)}; if it was published under another date, list its old URL under aliases:`,
      }),
    );
  }
  return warnings;
}

/** The file to move: the article's file, or a bundle's folder (`<slug>/` holding `index.md`). */
function fileName(relPath: string): string {
  const base = path.posix.basename(relPath);
  return base === "index.md" ? `${path.posix.basename(path.posix.dirname(relPath))}/` : base;
}

/** Warns when the `_redirects` file would have more rules than Cloudflare Pages reads; `contentDir` is where the warning points. */
export function redirectLimitWarnings(rules: readonly RedirectRule[], contentDir: string): Problem[] {
  if (rules.length <= CLOUDFLARE_RULE_LIMIT) return [];
  const past = rules.length - CLOUDFLARE_RULE_LIMIT;
  return [
    problem("redirects-over-limit", {
      file: contentDir,
      message: `_redirects would have ${rules.length} rules; Cloudflare Pages reads only the first ${CLOUDFLARE_RULE_LIMIT}, so ${past} old ${past === 1 ? "URL is" : "URLs are"} sent on by ${past === 1 ? "its" : "their"} redirect ${past === 1 ? "page" : "pages"} instead of a 301`,
      hint: "nothing breaks; remove aliases nobody links to any more to keep every redirect a 301 on Cloudflare (articles' aliases come first in the file, then variant spellings of people and countries)",
    }),
  ];
}
