/**
 * Problems found in content: one record per mistake, with where it is and what to do.
 *
 * Every message an editor sees goes through here, so the shape is the same for
 * articles, registries and site settings: `path:line: field: message`, then a hint.
 */
import { compareText } from "../util/collections.ts";
import { PROBLEM_CODES, type Place, type ProblemCode, type ProblemKind, type Severity } from "./codes.ts";
import { displayPath } from "../util/paths.ts";

export type { ProblemCode, Severity } from "./codes.ts";

/** One mistake in one file. */
export interface Problem {
  /** Stable name of the kind of problem, e.g. `missing-field`, from the catalogue (codes.ts); tools may match on it. */
  code: ProblemCode;
  severity: Severity;
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in the file, when it is known. */
  line?: number;
  /** 1-based column in that line, when the parser knows it. */
  column?: number;
  /** The front-matter field or registry path, e.g. `people.1`. */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** The place argument `problem()` needs for a kind whose severity depends on where it is, and no argument otherwise. */
type PlaceFor<C extends ProblemCode> = (typeof PROBLEM_CODES)[C]["severity"] extends Severity ? [] : [place: Place];

/**
 * A problem of a catalogued kind: its severity comes from the catalogue (for
 * `place`, when it depends on it), and so does its hint when `details` has none.
 */
export function problem<C extends ProblemCode>(code: C, details: Omit<Problem, "code" | "severity">, ...place: PlaceFor<C>): Problem {
  const kind: ProblemKind = PROBLEM_CODES[code];
  const severity = typeof kind.severity === "string" ? kind.severity : kind.severity[(place as Place[])[0] ?? "article"];
  return { code, severity, ...details, ...(!("hint" in details) && kind.hint !== undefined && { hint: kind.hint }) };
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(`${errors.length} content ${errors.length === 1 ? "error" : "errors"}:\n${formatProblems(errors)}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Formats one problem as `path:line: field: message`, with the hint on an indented second line. */
export function formatProblem(problem: Problem, cwd = process.cwd()): string {
  const where = displayPath(problem.file, cwd) + (problem.line ? `:${problem.line}` : "");
  const field = problem.field ? ` ${problem.field}:` : "";
  const label = problem.severity === "warning" ? " warning:" : "";
  const head = `${where}:${label}${field} ${problem.message}`;
  return problem.hint ? `${head}\n    hint: ${problem.hint}` : head;
}

/** Formats many problems, one block each, in a stable order (file, then line). */
export function formatProblems(problems: Problem[], cwd = process.cwd()): string {
  return sortProblems(problems)
    .map((p) => formatProblem(p, cwd))
    .join("\n");
}

/** Sorts problems by file, line and field so reports are stable across runs. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.field ?? "", b.field ?? "") ||
      compareText(a.message, b.message),
  );
}

/** True when any problem is an error (warnings alone never fail a build). */
export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

