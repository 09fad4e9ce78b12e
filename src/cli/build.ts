/**
 * `npm run build` and `npm start`: validate the content, then build the site
 * with Eleventy (atomically), or build and serve it with live reload.
 */
import fs from "node:fs";
import path from "node:path";
import { ContentError, formatProblems } from "../problems/problems.ts";
import type { Archive } from "../archive/model.ts";
import { loadArchive } from "./load-archive.ts";
import { newEleventy } from "../eleventy/new-eleventy.ts";
import { PROJECT_ROOT } from "../eleventy/paths.ts";
import { SearchIndexError } from "../search/search-index.ts";
import { describeSearchIndex, writeSearchIndexInThread } from "../search/search-index-thread.ts";
import { parseBuildArgs, scheduleOf, UsageError, type BuildArgs } from "./args.ts";
import { buildAtomically, OutputRefusedError, outputRefusal } from "./atomic-output.ts";
import { inputProblem } from "./input-guard.ts";
import { SITE_MARKER, SITE_MARKER_TEXT, unsafeOutputReason } from "./output-guard.ts";
import { reportProcessTimings, timed } from "../eleventy/timings.ts";
import { copyPhotos } from "../images/copy-photos.ts";
import { copySiteImages, type SiteImages } from "../content/site-images.ts";
import { IMAGES_URL } from "../archive/urls.ts";
import { LayoutOverrideError } from "../eleventy/layout-overrides.ts";
import { usableOverrides } from "./layout-folder.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";

async function main(): Promise<number> {
  reportProcessTimings();
  let args: BuildArgs;
  try {
    args = parseBuildArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`dateline: ${(error as Error).message}`);
    return 2;
  }
  const input = path.resolve(args.input);
  const output = path.resolve(args.output);
  // Resolved before the chdir below: a relative --layouts is relative to where the command was run, as --input is.
  const layoutsGiven = args.layouts === undefined ? undefined : path.resolve(args.layouts);
  // Eleventy resolves its config and passthrough paths from the working folder:
  // run from the project root whatever folder the command was started in.
  process.chdir(PROJECT_ROOT);
  const refusal = unsafeOutputReason(output, input, PROJECT_ROOT);
  if (refusal) {
    console.error(`dateline: refusing to write the site to ${output}: ${refusal}.\n    hint: pass --output=<a folder of its own>, e.g. --output=_site`);
    return 2;
  }
  // Both refusals come before any work, so that nothing is loaded or written for a build that cannot go ahead.
  const missing = inputProblem(input, { allowEmpty: args.allowEmpty });
  if (missing) {
    console.error(`dateline: ${missing}.`);
    return 2;
  }
  const foreign = outputRefusal(output, args.force);
  if (foreign) {
    console.error(`dateline: ${foreign}`);
    return 2;
  }
  let layouts: string | undefined;
  try {
    layouts = layoutsGiven === undefined ? undefined : usableOverrides(layoutsGiven, input).folder;
  } catch (error) {
    if (!(error instanceof LayoutOverrideError)) throw error;
    console.error(`dateline: ${error.message}\nThe site was not built; the last good build is unchanged.`);
    return 2;
  }

  if (args.serve) {
    // The preview writes into the output folder as it is: mark it as Dateline's,
    // so that the next build may replace it.
    fs.mkdirSync(output, { recursive: true });
    fs.writeFileSync(path.join(output, SITE_MARKER), SITE_MARKER_TEXT);
    // The preview loads and checks the content itself, rebuilds as files are
    // saved (one edited article in place), and survives mistakes: src/preview.
    // Loaded only here: a build need not load the dev server and the watcher.
    const { servePreview } = await import("../preview/serve-preview.ts");
    await servePreview({ input, output, pathPrefix: args.pathPrefix, port: args.port, host: args.host, quiet: args.quiet, now: args.now ?? Date.now(), layouts });
    return 0;
  }

  // Held in a box so that nothing keeps the archive once the pages are written
  // and the search index has its records (~600 MB at 10,000 articles).
  const loaded: { archive?: Archive; photos?: { folder: string; files: string[] }; siteImages?: SiteImages } = {};
  try {
    const { archive, warnings, photos, siteImages } = await timed("content", () => loadArchive(input, scheduleOf(args)));
    if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n`);
    if (!args.quiet) console.log(`[dateline] ${archive.articles.length} articles, ${archive.people.length} people, ${archive.countries.length} countries`);
    loaded.archive = archive;
    loaded.photos = photos;
    loaded.siteImages = siteImages;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    console.error("\nThe site was not built; the last good build is unchanged. Fix the lines above and build again.");
    return 1;
  }

  await buildAtomically(output, async (temp) => {
    // The search index is made from the archive, not from the pages, so Pagefind
    // (its own process, fed from a thread of its own) indexes while Eleventy
    // renders, or, when no article's searchable text changed, last build's
    // bundle is copied. Both write into the temp folder and both settle before
    // it is swapped in or removed: a failure of either leaves the last good
    // site in place.
    const archive = loaded.archive!;
    const photos = loaded.photos!;
    copyPhotos(photos.files, photos.folder, temp);
    copySiteImages(loaded.siteImages!, path.join(temp, IMAGES_URL));
    const search = writeSearchIndexInThread(temp, archive, { previousSite: output });
    // The open data (/data/) is streamed from the archive record by record while Eleventy renders.
    const data = timed("open data", () => writeOpenData(temp, archive, args.pathPrefix));
    const pages = writePages(archive, temp, args.pathPrefix, layouts);
    delete loaded.archive;
    const [written, indexed, exported] = await Promise.allSettled([pages, search, data]);
    if (written.status === "rejected") throw written.reason;
    if (indexed.status === "rejected") throw indexed.reason;
    if (exported.status === "rejected") throw exported.reason;
    if (!args.quiet || process.env.DATELINE_TIMINGS) {
      console.log(`[dateline] search index: ${describeSearchIndex(indexed.value)}`);
    }
  }, { force: args.force });
  if (!args.quiet) console.log(`[dateline] wrote ${path.relative(process.cwd(), output) || "."}`);
  return 0;
}

/**
 * Renders and writes every page with Eleventy. Resolves to nothing: Eleventy's
 * own result holds every page it wrote (~1 GB at 10,000 articles), and nothing
 * of it must outlive the write while the search index may still be running.
 */
async function writePages(archive: Archive, output: string, pathPrefix: string | undefined, layouts: string | undefined): Promise<void> {
  await newEleventy(archive, output, pathPrefix, undefined, layouts).write();
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`dateline: ${error.message}`);
    else if (error instanceof OutputRefusedError) {
      console.error(`dateline: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    else if (error instanceof SearchIndexError) {
      console.error(`dateline: the search index could not be built. ${error.message}\nThe site was not built; the last good build is unchanged.`);
    } else console.error(error);
    process.exitCode = 1;
  },
);
