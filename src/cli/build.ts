/**
 * `npm run build` and `npm start`: validate the content, then build the site
 * with Eleventy (atomically), or build and serve it with live reload.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ContentError, formatProblems } from "../content/problems.ts";
import { archiveFor } from "../site/archive-source.ts";
import { PROJECT_ROOT } from "../site/paths.ts";
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
    if (error instanceof ContentError) {
      console.error(error.message);
      console.error("\nThe site was not built; the last good build is unchanged. Fix the lines above and build again.");
      return 1;
    }
    throw error;
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
    await eleventy.write();
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
  });
  await eleventy.init();
  if (args.incremental) eleventy.setIncrementalBuild(true);
  await eleventy.watch();
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
    else console.error(error);
    process.exitCode = 1;
  },
);
