/**
 * What `npm run check` finds in a content folder: every error and warning in
 * every article and registry, found without building, in a stable order.
 */
import fs from "node:fs";
import path from "node:path";
import { buildArchive } from "../archive/build-archive.ts";
import { isScheduled, publicationInstant, type Schedule } from "../content/embargo.ts";
import { listArticleFiles, loadContent } from "../content/load-content.ts";
import { publishPhotos } from "../images/publish-photos.ts";
import { publishPersonPhotos } from "../images/person-photos.ts";
import { PhotoProcessor } from "../images/photo-processor.ts";
import { formatProblems, problem, sortProblems, type Problem } from "../problems/problems.ts";
import { entityWarnings } from "./entity-warnings.ts";
import { BODY_PLACEHOLDER } from "./scaffold-article.ts";
import { NameSuggester } from "./suggest-names.ts";
import { folderDateWarnings, redirectLimitWarnings } from "./url-warnings.ts";
import { displayPath } from "../util/paths.ts";

/** The findings of one check. */
export interface CheckResult {
  contentDir: string;
  /** Article files found under `articles/`. */
  files: number;
  /** Articles valid enough to build. */
  valid: number;
  errors: Problem[];
  warnings: Problem[];
  /** Valid articles (drafts aside) whose publication instant is after the check's "now". */
  scheduled: ScheduledSummary;
}

/** How many articles are scheduled, and when the next one goes live. */
export interface ScheduledSummary {
  count: number;
  /** ISO 8601 (UTC) instant at which the first scheduled article goes live; undefined when none is scheduled. */
  next?: string;
  /** True when the check was given `--future`: a build with it publishes them now. */
  future: boolean;
}

/** Checks a content folder as of `schedule.now`; throws a plain Error when the folder does not exist. */
export async function checkContent(contentDir: string, schedule: Schedule): Promise<CheckResult> {
  const dir = path.resolve(contentDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(`there is no content folder at ${dir}; pass --input=<the folder holding articles/ and _data/>`);
  }
  const files = listArticleFiles(dir).length;
  // Bodies are rendered as the build renders them, so a body the build would refuse (nested too deep, too slow) is an error here too; the render cache keeps a second check cheap.
  const content = await loadContent(dir);
  // Warnings about people and places come from the valid articles even when
  // others have errors, so that an editor sees every problem in one run; scheduled
  // articles are checked too, as they will be published.
  const archive = buildArchive({ ...content, schedule: { now: schedule.now, future: true } });
  // Photos are decoded as the build decodes them, into the same cache (so the build that follows
  // takes them from it): a photo the build would refuse (truncated, too many pixels) is an error here too.
  const processor = new PhotoProcessor();
  const photos = await publishPhotos(content.articles, { now: schedule.now, future: true }, content.site.timezone, processor);
  const portraits = await publishPersonPhotos(content.registry, content.articles, { now: schedule.now, future: true }, content.site.timezone, processor);
  const suggester = new NameSuggester(content.registry, archive.people);
  const suggestPlaces = (name: string) => suggester.place(name).didYouMean;
  const problems: Problem[] = [
    ...content.problems,
    ...photos.problems,
    ...portraits.problems,
    ...entityWarnings(content, archive, suggestPlaces),
    ...placeholderWarnings(content.articles.map((article) => article.file)),
    ...archive.problems,
    ...folderDateWarnings(content.articles),
    ...redirectLimitWarnings(archive.redirectRules, dir),
  ];
  return {
    contentDir: dir,
    files,
    valid: content.articles.length,
    errors: sortProblems(problems.filter((p) => p.severity === "error")),
    warnings: sortProblems(problems.filter((p) => p.severity === "warning")),
    scheduled: scheduledSummary(content.articles.filter((article) => !article.draft).map((article) => article.date), content.site.timezone, schedule),
  };
}

/** Counts the dates scheduled after `schedule.now` in `timeZone`, and finds the first instant one of them goes live. */
export function scheduledSummary(dates: Parameters<typeof publicationInstant>[0][], timeZone: string, schedule: Schedule): ScheduledSummary {
  const instants = dates.filter((date) => isScheduled(date, schedule.now, timeZone)).map((date) => publicationInstant(date, timeZone));
  // A loop, not Math.min(...instants): a spread of a very large archive's dates would overflow the stack.
  const first = instants.reduce((min, instant) => Math.min(min, instant), Infinity);
  const next = instants.length > 0 ? new Date(first).toISOString().replace(/\.000Z$/, "Z") : undefined;
  return { count: instants.length, next, future: schedule.future };
}

/** Warns about articles whose body still holds the placeholder `npm run new` wrote, which would be published as it is. */
export function placeholderWarnings(files: string[]): Problem[] {
  const warnings: Problem[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
    const index = lines.findIndex((line) => line.includes(BODY_PLACEHOLDER));
    if (index < 0) continue;
    warnings.push(problem("placeholder-body", { file, line: index + 1, message: "the article's text is still the placeholder written by npm run new" }));
  }
  return warnings;
}

/** The report for people: errors, then warnings, each under a heading, then a one-line summary. */
export function formatCheckText(result: CheckResult, cwd = process.cwd()): string {
  const blocks: string[] = [];
  if (result.errors.length > 0) {
    blocks.push(`${count(result.errors.length, "error")} (the site will not build until ${result.errors.length === 1 ? "it is" : "they are"} fixed):\n\n${formatProblems(result.errors, cwd)}`);
  }
  if (result.warnings.length > 0) {
    blocks.push(`${count(result.warnings.length, "warning")} (the site builds; have a look):\n\n${formatProblems(result.warnings, cwd)}`);
  }
  const broken = result.files - result.valid;
  blocks.push(
    `${count(result.files, "article")} checked${broken > 0 ? `, ${broken} with errors` : ""}: ${count(result.errors.length, "error")}, ${count(result.warnings.length, "warning")}.${scheduledLine(result.scheduled)}`,
  );
  return blocks.join("\n\n");
}

/** The same findings as JSON for tools and CI; paths relative to `cwd` when inside it. */
export function formatCheckJson(result: CheckResult, cwd = process.cwd()): string {
  const relative = (problem: Problem) => ({ ...problem, file: displayPath(problem.file, cwd) });
  return JSON.stringify(
    {
      ok: result.errors.length === 0,
      articles: result.files,
      valid: result.valid,
      errors: result.errors.map(relative),
      warnings: result.warnings.map(relative),
      scheduled: { count: result.scheduled.count, next: result.scheduled.next ?? null, future: result.scheduled.future },
    },
    null,
    2,
  );
}

/** "\n2 articles are scheduled; the next goes live at 2030-01-01T08:00:00Z." after the summary, or nothing when none is. */
function scheduledLine({ count: n, next, future }: ScheduledSummary): string {
  if (n === 0) return "";
  const verb = n === 1 ? "is" : "are";
  const published = future ? ` (${n === 1 ? "it is" : "they are"} published anyway: --future)` : "";
  return `\n${count(n, "article")} ${verb} scheduled${published}; the next goes live at ${next}.`;
}


function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
