/**
 * `npm start`: builds the site, serves it with Eleventy's development server
 * (live reload), and keeps it up to date as files are saved, through a
 * `PreviewSession` (fast path for an edit to one article, full rebuild for
 * anything else). The search index follows in the background.
 */
import path from "node:path";
import EleventyDevServer, { type ReloadEvent } from "@11ty/eleventy-dev-server";
import { LAYOUTS_DIR, PUBLIC_DIR } from "../eleventy/paths.ts";
import { listenPreview } from "./preview-server.ts";
import { PreviewSession, type Update } from "./preview-session.ts";
import { SearchUpdates } from "./search-updates.ts";
import { watchFolders } from "./watch-folders.ts";

/** How long saves must pause before the search index is rebuilt. */
const SEARCH_QUIET_MS = 2_000;

/** What `npm start` serves, and where. */
export interface ServeOptions {
  input: string;
  output: string;
  pathPrefix?: string;
  port: number;
  /** The address to listen on; loopback (127.0.0.1) unless the editor asks for another. */
  host?: string;
  quiet: boolean;
  /** The preview's "now" (`--now`, or the clock when it starts): later articles are shown marked as scheduled. */
  now: number;
  /** The layout override folder (`--layouts`), checked: watched like layouts/, a save rebuilds every page. */
  layouts?: string;
}

/** Builds, serves and watches until the process is interrupted. */
export async function servePreview(options: ServeOptions): Promise<void> {
  const input = path.resolve(options.input);
  const output = path.resolve(options.output);
  // The open data (/data/) is written after the browser reloads: a save shows as fast as before.
  const session = new PreviewSession({ input, output, pathPrefix: options.pathPrefix, quiet: options.quiet, now: options.now, layouts: options.layouts, openDataInBackground: true });
  const search = new SearchUpdates(output, SEARCH_QUIET_MS, (message) => console.error(message));
  const started = session.start().then(
    () => true,
    (error: Error) => {
      // A broken layout: say so and keep watching; the next save builds again.
      console.error(`[dateline] the site could not be built: ${error.message}\n[dateline] Save a fix to build again.`);
      return false;
    },
  );
  // Watching starts with the first build, so that nothing saved from now on is missed;
  // what is saved while it runs is applied after it.
  const folders = [input, LAYOUTS_DIR, ...(options.layouts ? [options.layouts] : []), PUBLIC_DIR];
  // Its serve() is never called: listenPreview makes the server, on options.host.
  const server = EleventyDevServer.getServer("dateline-preview", output, {
    port: options.port,
    pathPrefix: options.pathPrefix ?? "/",
  });
  const watch = watchFolders(folders, async (files) => {
    await started;
    try {
      const update = await session.update(files);
      const event = reloadEvent(update, options.pathPrefix);
      if (event) server.reload(event);
      if (["fast", "partial", "full"].includes(update.kind) && session.archive) search.request(session.archive);
    } catch (error) {
      console.error(`[dateline] the site could not be rebuilt: ${(error as Error).message}\n[dateline] Still serving the last pages; save a fix to build again.`);
    }
  });
  await Promise.all([started, watch.ready]);
  if (session.archive) search.request(session.archive);
  if (!options.quiet) console.log(`[dateline] Watching ${folders.map((dir) => path.relative(process.cwd(), dir) || ".").join(", ")} for changes`);
  const listening = await listenPreview(server, { site: output, pathPrefix: options.pathPrefix, host: options.host ?? "127.0.0.1", port: options.port }).catch(
    (error: Error) => {
      // The watcher and the search thread would keep a preview that serves nothing alive.
      console.error(`[dateline] the preview could not listen on ${options.host ?? "127.0.0.1"}: ${error.message}`);
      process.exit(1);
    },
  );
  console.log(`[dateline] serving ${path.relative(process.cwd(), output) || "."} at ${listening.url} (reloads on save)`);
  if (listening.exposed) {
    // Drafts are left out, but everything saved is served before it is
    // published, to anyone who can reach the address, with no password.
    console.warn(
      `[dateline] warning: listening on ${listening.address.address}, which other machines can reach. The preview shows unpublished work and has no access control: use it only on a network you trust (the default, 127.0.0.1, is this machine alone).`,
    );
  }

  process.once("SIGINT", () => {
    void Promise.allSettled([watch.close(), server.close()]).then(() => process.exit(0));
  });
}

/** Above this many pages, the browser reloads rather than being sent every page to patch the one on screen. */
const MAX_PATCHED_PAGES = 50;

/**
 * What the browser is told after an update. When a few pages were written,
 * each is sent with its content, so the page on screen is patched in place
 * when it is one of them (and reloaded otherwise); after many, or a full
 * build, the page reloads; a change to CSS alone swaps the stylesheet.
 */
export function reloadEvent(update: Update, pathPrefix = "/"): ReloadEvent | undefined {
  const files = [...update.pages.map((page) => page.file), ...update.removed, ...update.copied];
  if (update.kind === "full") return { files };
  if (files.length === 0) return undefined;
  if (update.pages.length === 0 && update.removed.length === 0 && update.copied.every((file) => file.endsWith(".css"))) return { files, subtype: "css" };
  const html = update.pages.filter((page) => page.file.endsWith(".html"));
  const templates =
    html.length > MAX_PATCHED_PAGES
      ? []
      : html.map((page) => ({ url: `${pathPrefix.replace(/\/+$/, "")}${page.url}`, inputPath: page.file, content: page.content }));
  return { files, build: { templates } };
}
