/**
 * The content errors the preview knows of, by file: all of them after a full
 * load, then kept up to date one file at a time as single articles are saved
 * and checked. The preview shows an edit in place only when no other file has
 * errors; otherwise the whole folder is loaded again.
 */
import type { Problem } from "../problems/problems.ts";

/** Content errors by file. */
export class KnownErrors {
  private byFile = new Map<string, Problem[]>();

  /** Replaces what is known with the errors among a full load's problems. */
  reset(problems: readonly Problem[]): void {
    this.byFile = new Map();
    for (const problem of problems) {
      if (problem.severity !== "error") continue;
      const list = this.byFile.get(problem.file);
      if (list) list.push(problem);
      else this.byFile.set(problem.file, [problem]);
    }
  }

  /** Replaces one file's errors with those of a fresh check of that file alone. */
  update(file: string, problems: readonly Problem[]): void {
    const errors = problems.filter((problem) => problem.severity === "error");
    if (errors.length > 0) this.byFile.set(file, errors);
    else this.byFile.delete(file);
  }

  /** True when any file has errors. */
  get any(): boolean {
    return this.byFile.size > 0;
  }

  /** Every known error. */
  all(): Problem[] {
    return [...this.byFile.values()].flat();
  }
}
