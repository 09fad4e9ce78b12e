/** Refuses output folders whose replacement would destroy something that is not a build. */
import path from "node:path";

/** Returns why `output` must not be written (it is the content, the project, a parent of either, or /), or undefined when it is safe. */
export function unsafeOutputReason(output: string, input: string, projectRoot: string): string | undefined {
  const out = path.resolve(output);
  const inside = (child: string, parent: string) => {
    const relative = path.relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  if (out === path.parse(out).root) return "it is the root of the file system";
  if (inside(path.resolve(input), out)) return "it is, or contains, the content folder";
  if (inside(path.resolve(projectRoot), out)) return "it is, or contains, the project folder";
  if (inside(out, path.resolve(input))) return "it is inside the content folder";
  if (out === path.resolve(process.env.HOME ?? "/nonexistent")) return "it is your home folder";
  return undefined;
}
