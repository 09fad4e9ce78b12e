/** Reads an optional YAML data file, turning syntax errors into problems with lines. */
import fs from "node:fs";
import path from "node:path";
import { cleanText, escapedCharacterProblems, readContentText } from "../content/content-text.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { adviseYamlError } from "./yaml-error-advice.ts";
import { parseYamlSource, YAML_TAG, type YamlSource } from "./yaml-source.ts";

/**
 * Reads `file` if it exists: no file or an empty file gives `source: undefined` and no problem.
 * A file that is a symbolic link, or sits in a folder that is one (`_data` → elsewhere),
 * is treated as absent and never read: the content inventory names it for the editor.
 */
export function readYamlFile(file: string): { source?: YamlSource; problems: Problem[] } {
  if (isLink(path.dirname(file)) || isLink(file) || !fs.existsSync(file)) return { problems: [] };
  const read = readContentText(file);
  if (read.text === undefined) return { problems: read.problems };
  // Registries and site settings are cleaned like articles: their names and titles are printed on every page.
  const { text: yaml, problems } = cleanText(file, read.text.replace(/^\uFEFF/, ""));
  const parsed = parseYamlSource(yaml);
  if ("errors" in parsed) {
    return {
      problems: [
        ...problems,
        ...parsed.errors.map((error) => {
          const advice = adviseYamlError(error, yaml);
          const tagged = error.code === YAML_TAG;
          return problem(tagged ? "yaml-tag" : "yaml-syntax", {
            file,
            line: advice.line,
            ...(advice.line === error.line && error.column !== undefined && { column: error.column }),
            message: tagged ? advice.message : `is not valid YAML: ${advice.message}`,
            hint: advice.hint,
          });
        }),
      ],
    };
  }
  problems.push(...escapedCharacterProblems(file, parsed.escaped));
  return { source: parsed.data == null ? undefined : parsed, problems };
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
