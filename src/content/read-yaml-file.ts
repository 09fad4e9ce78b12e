/** Reads an optional YAML data file, turning syntax errors into problems with lines. */
import fs from "node:fs";
import type { Problem } from "./problems.ts";
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
  const parsed = parseYamlSource(text.replace(/^\uFEFF/, ""));
  if ("errors" in parsed) {
    return {
      problems: parsed.errors.map((error) => ({
        code: "yaml-syntax",
        severity: "error" as const,
        file,
        line: error.line,
        message: `is not valid YAML: ${error.message}`,
        hint: "check the quotes, colons and indentation on this line",
      })),
    };
  }
  return { source: parsed.data == null ? undefined : parsed, problems: [] };
}
