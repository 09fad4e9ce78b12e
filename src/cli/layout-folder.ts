/** The layout override folder a command was given, checked before any work: refused, or parsed and ready. */
import { checkOverrides, layoutsFolder, listOverrides } from "../eleventy/layout-overrides.ts";
import { LAYOUTS_DIR } from "../eleventy/paths.ts";

/** The real path of `folder` once it is known to be outside `contentDir` and every override in it parses; throws a LayoutOverrideError otherwise. */
export function usableOverrides(folder: string, contentDir: string): string {
  const real = layoutsFolder(folder, contentDir);
  checkOverrides(listOverrides(real, contentDir, LAYOUTS_DIR), real, LAYOUTS_DIR);
  return real;
}
