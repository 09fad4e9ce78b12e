/**
 * `npm run check`: validate every article and registry without building.
 * Prints every problem as `path:line: field: message` with a hint, errors
 * first, then warnings; `--json` prints the same findings for tools.
 * Exits 1 when there are errors, 0 otherwise (warnings alone pass).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../archive/build-archive.ts";
import { loadContent } from "../content/load-content.ts";
import { formatProblems, sortProblems, type Problem } from "../content/problems.ts";
import { entityWarnings } from "../entities/entity-warnings.ts";

async function main(): Promise<number> {
  let values: { input?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { input: { type: "string" }, json: { type: "boolean", default: false } },
      strict: true,
    }));
  } catch (error) {
    console.error(`dateline check: ${(error as Error).message}`);
    return 2;
  }
  const input = path.resolve(values.input ?? "content");
  const content = await loadContent(input, { render: false });
  const problems: Problem[] = [...content.problems];
  if (!problems.some((p) => p.severity === "error")) {
    problems.push(...entityWarnings(content, buildArchive(content)));
  }
  const errors = sortProblems(problems.filter((p) => p.severity === "error"));
  const warnings = sortProblems(problems.filter((p) => p.severity === "warning"));

  if (values.json) {
    const relative = (p: Problem) => ({ ...p, file: path.relative(process.cwd(), p.file) || p.file });
    console.log(
      JSON.stringify(
        { ok: errors.length === 0, articles: content.articles.length, errors: errors.map(relative), warnings: warnings.map(relative) },
        null,
        2,
      ),
    );
  } else {
    if (errors.length > 0) console.error(`${formatProblems(errors)}\n`);
    if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n`);
    const summary = `${content.articles.length} ${content.articles.length === 1 ? "article" : "articles"} checked: ${count(errors.length, "error")}, ${count(warnings.length, "warning")}.`;
    (errors.length > 0 ? console.error : console.log)(summary);
  }
  return errors.length > 0 ? 1 : 0;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
