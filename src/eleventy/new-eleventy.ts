/**
 * The one way Dateline starts Eleventy, for `npm run build` and the live
 * preview's full builds alike: Dateline's `.eleventy.ts`, the folders frozen
 * as given, quiet, in build mode (the preview does its own watching), and the
 * archive handed in as the `dateline` global data that every page paginates over.
 *
 * Eleventy never reads the content folder. Contributors write it, and Eleventy
 * runs what it finds in its input folder (`*.11ty.js`, `_data/*.js`, Nunjucks
 * pages with their own permalinks): so its input is a new empty folder of its
 * own, and the articles reach it only as the archive, which is data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Archive } from "../archive/build-archive.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { PROJECT_ROOT } from "./paths.ts";

const CONFIG_PATH = path.join(PROJECT_ROOT, ".eleventy.ts");

/** An Eleventy that renders `archive` into `output`; `config` may register more on its configuration. */
export function newEleventy(archive: Archive, output: string, pathPrefix: string | undefined, config?: (eleventyConfig: EleventyConfig) => void): Eleventy {
  return new Eleventy(emptyInputFolder(), output, {
    // "cli" freezes the folders given here; with "script", the `dir` that
    // .eleventy.ts exports would win.
    source: "cli",
    configPath: CONFIG_PATH,
    pathPrefix,
    quietMode: true,
    runMode: "build",
    config: (userConfig: unknown) => {
      const eleventyConfig = userConfig as EleventyConfig;
      eleventyConfig.addGlobalData("dateline", archive);
      config?.(eleventyConfig);
    },
  });
}

let emptyInput: string | undefined;

/**
 * A folder that is empty and that only this process knows: Eleventy's input.
 * Made once per process (a preview builds many times) in the system's temp
 * folder, and removed when the process exits.
 */
function emptyInputFolder(): string {
  if (emptyInput && fs.existsSync(emptyInput) && fs.readdirSync(emptyInput).length === 0) return emptyInput;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-eleventy-input-"));
  process.once("exit", () => fs.rmSync(folder, { recursive: true, force: true }));
  emptyInput = folder;
  return folder;
}
