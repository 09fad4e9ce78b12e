/**
 * `npm run build` and `npm start`: validate the content, then build the site
 * with Eleventy (atomically), or build and serve it with live reload.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ContentError, formatProblems } from "../content/problems.ts";
import { archiveFor } from "../site/archive-source.ts";
import type { EleventyConfig } from "../site/eleventy-types.ts";
import { PROJECT_ROOT } from "../site/paths.ts";
import { SearchIndexError, writeSearchIndex } from "../site/search-index.ts";
import { parseBuildArgs, UsageError, type BuildArgs } from "./args.ts";
import { buildAtomically } from "./atomic-output.ts";
import { unsafeOutputReason } from "./output-guard.ts";
import { timed } from "./timings.ts";

const CONFIG_PATH = path.join(PROJECT_ROOT, ".eleventy.ts");

async function main(): Promise<number> {
  let args: BuildArgs;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`dateline: ${(error as Error).message}`);
    return 2;
  }
  const input = path.resolve(args.input);
  const output = path.resolve(args.output);
  // Eleventy resolves its config and passthrough paths from the working folder:
  // run from the project root whatever folder the command was started in.
  process.chdir(PROJECT_ROOT);
  const refusal = unsafeOutputReason(output, input, PROJECT_ROOT);
  if (refusal) {
    console.error(`dateline: refusing to write the site to ${output}: ${refusal}.\n    hint: pass --output=<a folder of its own>, e.g. --output=_site`);
    return 2;
  }

  try {
    const { archive, warnings } = await timed("content", () => archiveFor(input));
    if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n`);
    if (!args.quiet) console.log(`[dateline] ${archive.articles.length} articles, ${archive.people.length} people, ${archive.countries.length} countries`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // The preview must survive broken content: it starts anyway, and the
    // plugin prints these problems and serves the valid articles (archive-data.ts).
    if (!args.serve) {
      console.error(error.message);
      console.error("\nThe site was not built; the last good build is unchanged. Fix the lines above and build again.");
      return 1;
    }
  }

  if (args.serve) {
    await serve(input, output, args);
    return 0;
  }
  await buildAtomically(output, async (temp) => {
    const eleventy = new Eleventy(input, temp, {
      // "cli" freezes the folders given here; with "script", the `dir.input` that
      // .eleventy.ts exports silently wins and every --input builds content/.
      source: "cli",
      configPath: CONFIG_PATH,
      pathPrefix: args.pathPrefix,
      quietMode: true,
      runMode: "build",
    });
    // The search index is made from the archive, not from the pages, so Pagefind
    // (its own process) indexes while Eleventy renders. Both write into the temp
    // folder and both settle before it is swapped in or removed: a failure of
    // either leaves the last good site in place.
    const [pages, search] = await Promise.allSettled([
      eleventy.write(),
      archiveFor(input).then(({ archive }) => writeSearchIndex(temp, archive)),
    ]);
    if (pages.status === "rejected") throw pages.reason;
    if (search.status === "rejected") throw search.reason;
    if (!args.quiet) {
      console.log(`[dateline] search index: ${search.value.records} articles in ${(search.value.milliseconds / 1000).toFixed(2)} s`);
    }
  });
  if (!args.quiet) console.log(`[dateline] wrote ${path.relative(process.cwd(), output) || "."}`);
  return 0;
}

async function serve(input: string, output: string, args: BuildArgs): Promise<void> {
  const eleventy = new Eleventy(input, output, {
    source: "cli",
    configPath: CONFIG_PATH,
    pathPrefix: args.pathPrefix,
    quietMode: args.quiet,
    runMode: "serve",
    // While serving, the search index follows every rebuild; a failure is reported, not fatal.
    config: (eleventyConfig) => {
      (eleventyConfig as EleventyConfig).on("eleventy.after", async () => {
        try {
          await writeSearchIndex(output, (await archiveFor(input)).archive);
        } catch (error) {
          console.error(`[dateline] search index not updated: ${(error as Error).message}`);
        }
      });
    },
  });
  await eleventy.init();
  if (args.incremental) eleventy.setIncrementalBuild(true);
  const rebuild = await eleventy.watch();
  // Eleventy only logs a deleted file; a deleted article must leave the preview too.
  eleventy.watcher?.on("unlink", (file) => void rebuild?.(file));
  eleventy.serve(args.port);
  process.on("SIGINT", async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`dateline: ${error.message}`);
    else if (error instanceof SearchIndexError) {
      console.error(`dateline: the search index could not be built. ${error.message}\nThe site was not built; the last good build is unchanged.`);
    } else console.error(error);
    process.exitCode = 1;
  },
);
