/** The layout override folder a command was given, checked before any work: refused, or parsed and ready; and how `check` lists it. */
import { checkOverrides, layoutsFolder, listOverrides, type LayoutOverride } from "../eleventy/layout-overrides.ts";
import { LAYOUTS_DIR } from "../eleventy/paths.ts";
import { displayPath } from "../util/paths.ts";

/** A checked override folder and the overrides in it. */
export interface UsableOverrides {
  folder: string;
  overrides: LayoutOverride[];
}

/** The real path of `folder` and its overrides, once it is known to be outside `contentDir` and every override in it parses; throws a LayoutOverrideError otherwise. */
export function usableOverrides(folder: string, contentDir: string): UsableOverrides {
  const real = layoutsFolder(folder, contentDir);
  const overrides = listOverrides(real, contentDir, LAYOUTS_DIR);
  checkOverrides(overrides, real, LAYOUTS_DIR);
  return { folder: real, overrides };
}

/** The overrides in use, one per line, for `npm run check`; a file that replaces no built-in layout (most likely a misspelt name) gets a warning line. */
export function formatOverrides({ folder, overrides }: UsableOverrides, cwd = process.cwd()): string {
  const lines = [`Layout overrides in ${displayPath(folder, cwd)}: ${overrides.length === 0 ? "none (the folder has no .njk files)" : overrides.length}`];
  for (const override of overrides) {
    lines.push(
      override.replacesBuiltIn
        ? `  ${override.name} replaces the built-in layouts/${override.name}`
        : `  warning: ${override.name} matches no built-in layout, so no page uses it unless another override includes it (a misspelt name?)`,
    );
  }
  return lines.join("\n");
}
