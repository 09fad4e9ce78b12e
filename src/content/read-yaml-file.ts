/** Reads an optional YAML data file, turning syntax errors into problems with lines. */
import fs from "node:fs";
import type { Problem } from "./problems.ts";
import { adviseYamlError } from "./yaml-error-advice.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";

/** Reads `file` if it exists: no file or an empty file gives `source: undefined` and no problem. */
export function readYamlFile(file: string): { source?: YamlSource; problems: Problem[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { problems: [] };
    return {
      problems: [
        { code: "unreadable-file", severity: "error", file, message: `cannot be read: ${(error as Error).message}` },
      ],
    };
  }
  const yaml = text.replace(/^\uFEFF/, "");
  const parsed = parseYamlSource(yaml);
  if ("errors" in parsed) {
    return {
      problems: parsed.errors.map((error) => {
        const advice = adviseYamlError(error, yaml);
        return {
          code: "yaml-syntax",
          severity: "error" as const,
          file,
          line: advice.line,
          message: `is not valid YAML: ${advice.message}`,
          hint: advice.hint,
        };
      }),
    };
  }
  return { source: parsed.data == null ? undefined : parsed, problems: [] };
}
