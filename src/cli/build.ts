/**
 * `npm run build` and `npm start`: validate the content, then build the site
 * with Eleventy (atomically), or build and serve it with live reload.
 */
import fs from "node:fs";
import path from "node:path";
import { ContentError, formatProblems } from "../problems/problems.ts";
import type { Archive } from "../archive/model.ts";
import { loadArchive } from "./load-archive.ts";
import { PROJECT_ROOT } from "../eleventy/paths.ts";
import { SearchIndexError } from "../search/search-index.ts";
import { describeSearchIndex, writeSearchIndexInThread } from "../search/search-index-thread.ts";
import { parseBuildArgs, scheduleOf, UsageError, type BuildArgs } from "./args.ts";
import { buildAtomically, OutputRefusedError, outputRefusal, recoverOutput } from "./atomic-output.ts";
import { inputProblem } from "./input-guard.ts";
import { SITE_MARKER, SITE_MARKER_TEXT, unsafeOutputReason } from "./output-guard.ts";
import { reportProcessTimings, timed, timedSync } from "../eleventy/timings.ts";
import { copyPhotos } from "../images/copy-photos.ts";
import { copySiteImages, type SiteImages } from "../content/site-images.ts";
import { IMAGES_URL } from "../archive/urls.ts";
import { LayoutOverrideError } from "../eleventy/layout-overrides.ts";
import { usableOverrides } from "./layout-folder.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";
import { cacheDir } from "../cache/cache-identity.ts";
import { readManifest, writeManifest, type BuildManifest } from "../build/build-manifest.ts";
import { inputsKey, rendererKey } from "../build/input-keys.ts";
import { pageKeys } from "../build/page-keys.ts";
import { planPages } from "../build/plan-pages.ts";
import { siteFiles } from "../build/site-files.ts";
import { keepOnly, linkedStamps } from "../build/take-files.ts";
import { takeInThread, type TakeInThread } from "../build/take-in-thread.ts";
import { DataDigest } from "../util/data-digest.ts";
import { openDataKey, searchKeysOf, siteIsUpToDate, takePart, DATA_FOLDER, SEARCH_KEY_PART } from "../build/reuse-parts.ts";
import { renderInSlices } from "./render-slices.ts";
import { prepareThreads } from "./prepare-threads.ts";

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
    const [{ servePreview }] = await Promise.all([import("../preview/serve-preview.ts"), prepareThreads()]);
    await servePreview({ input, output, pathPrefix: args.pathPrefix, port: args.port, host: args.host, quiet: args.quiet, now: args.now ?? Date.now(), layouts });
    return 0;
  }

  const cache = cacheDir();
  const schedule = scheduleOf(args);
  // Every option that changes what the site holds (the clock is checked on its own, below).
  // Pagefind's own variables may name another Pagefind binary: another search bundle.
  const pagefind = [process.env.PAGEFIND_BINARY_PATH ?? "", process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? ""];
  const inputs = inputsKey(input, layouts, { pathPrefix: args.pathPrefix, future: args.future, allowEmpty: args.allowEmpty, layouts, pagefind });
  const previous = args.full ? undefined : readManifest(cache, output);
  // A killed build's folders are cleared, and a site it set aside put back, even when there is nothing to build.
  if (previous && fs.existsSync(path.dirname(output))) recoverOutput(output);
  // The marker is the swap's, written after the build: no part of what the site holds.
  const notOfTheSite = new Set([SITE_MARKER]);
  if (previous && siteIsUpToDate(previous, inputs, schedule.now, output, notOfTheSite)) {
    if (!args.quiet || process.env.DATELINE_TIMINGS) console.log(`[dateline] nothing changed since the last build: ${path.relative(process.cwd(), output) || "."} is up to date`);
    return 0;
  }

  /** Builds the site into `temp`, from the content and from what `early` takes of the last site; returns what the manifest records. */
  const buildSite = async (temp: string, early: TakeInThread | undefined): Promise<Omit<BuildManifest, "format">> => {
    const { archive, warnings, photos, siteImages, validUntil } = await timed("content", () => loadArchive(input, schedule, { full: args.full }));
    if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n`);
    if (!args.quiet) console.log(`[dateline] ${archive.articles.length} articles, ${archive.people.length} people, ${archive.countries.length} countries`);
    // The search index is made from the archive, not from the pages, so Pagefind
    // (its own process per year of articles, fed from a thread of its own) indexes
    // while Eleventy renders; a year whose records are unchanged has its shard taken
    // from the last site (or the cache). Everything writes into the temp folder and
    // settles before it is swapped in or removed: a failure of any part leaves the
    // last good site in place.
    // One digest for the search shards' keys and the pages': it remembers every large
    // object it has seen, so the archive's articles are hashed once for both.
    const digest = new DataDigest();
    // The search first: a shard to build goes to Pagefind at once, and indexes while the pages are planned and rendered.
    const search = writeSearchIndexInThread(temp, archive, { previousSite: output, knownKeys: { digest, byViews: searchKeysOf(previous) } });
    // Which pages changed since the last build: the others were taken from the last site (src/build).
    const { pages, archiveKey } = timedSync("plan", () => pageKeys(archive, rendererKey({ layouts, pathPrefix: args.pathPrefix }), digest));
    const takenEarly = early ? await timed("take", () => early.taken) : { linked: [], copied: [] };
    const plan = planPages(pages, previous, new Set([...takenEarly.linked, ...takenEarly.copied]));
    const taken = keepOnly(temp, takenEarly, new Set(plan.reuse));
    const parts = new Map([["open-data", openDataKey(archiveKey, args.pathPrefix)]]);
    copyPhotos(photos.files, photos.folder, temp);
    if (siteImages) copySiteImages(siteImages, path.join(temp, IMAGES_URL));
    // The open data (/data/) is streamed from the archive record by record while Eleventy renders, unless unchanged.
    const data = timed("open data", async () => {
      const part = takePart(previous, output, temp, "open-data", parts.get("open-data")!, DATA_FOLDER, pages);
      if (!part) await writeOpenData(temp, archive, args.pathPrefix);
      return part;
    });
    const written = timed("pages", async () => {
      const runs = await renderInSlices(archive, plan.render, { output: temp, pathPrefix: args.pathPrefix, layouts });
      if (!args.quiet || process.env.DATELINE_TIMINGS) {
        console.log(`[dateline] pages: ${plan.render.length} rendered in ${runs} Eleventy run${runs === 1 ? "" : "s"}, ${plan.reuse.length} unchanged taken from the last build (${taken.linked.length} linked, ${taken.copied.length} copied)`);
      }
    });
    const [rendered, indexed, exported] = await Promise.allSettled([written, search, data]);
    if (rendered.status === "rejected") throw rendered.reason;
    if (indexed.status === "rejected") throw indexed.reason;
    if (exported.status === "rejected") throw exported.reason;
    if (!args.quiet || process.env.DATELINE_TIMINGS) {
      console.log(`[dateline] search index: ${describeSearchIndex(indexed.value)}`);
    }
    // A file linked from the last site is the file that build recorded: only the others are asked for their stamps.
    const linked = previous ? new Map([...linkedStamps(taken, previous.files), ...(exported.value ? linkedStamps(exported.value, previous.files) : [])]) : new Map();
    // Read from the folder being built, not from the output once swapped: another build may swap its own site in by then.
    const files = timedSync("record", () => siteFiles(temp, notOfTheSite, linked));
    for (const [views, key] of indexed.value.keysByViews ?? []) parts.set(`${SEARCH_KEY_PART}${views}`, key);
    return { inputs, now: schedule.now, validUntil, pages: plan.keys, parts, files };
  };

  await prepareThreads();
  let record: Omit<BuildManifest, "format"> | undefined;
  try {
    await buildAtomically(output, async (temp) => {
      // The last site's pages still as it wrote them are linked in a thread of their own while the
      // content is read; those to render again are removed before anything renders (src/build/take-in-thread.ts).
      const early = previous ? takeInThread(output, temp, [...previous.files].filter(([file]) => previous.pages.has(`/${file}`))) : undefined;
      try {
        record = await buildSite(temp, early);
      } catch (error) {
        await early?.stop();
        throw error;
      }
    }, { force: args.force });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    console.error("\nThe site was not built; the last good build is unchanged. Fix the lines above and build again.");
    return 1;
  }
  // What the next build takes as it is: recorded once the new site is in place.
  if (record) writeManifest(cache, output, record);
  if (!args.quiet) console.log(`[dateline] wrote ${path.relative(process.cwd(), output) || "."}`);
  return 0;
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
