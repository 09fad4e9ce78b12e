/** The command-line flags of `npm run build` and `npm start`, spelled as Eleventy spells them. */
import { parseArgs } from "node:util";
import { parseArticleDate } from "../content/dates.ts";
import { hasOffset, type Schedule } from "../content/embargo.ts";

/** Flags for `build` and `start`. */
export interface BuildArgs {
  input: string;
  output: string;
  pathPrefix?: string;
  serve: boolean;
  port: number;
  /** The address `npm start` listens on: loopback unless asked otherwise. */
  host: string;
  quiet: boolean;
  /** Replace an output folder Dateline did not write. */
  force: boolean;
  /** Build an empty archive from a content folder with no articles/. */
  allowEmpty: boolean;
  /** `--now`: the build's "now" in milliseconds since the epoch; undefined for the real clock. */
  now?: number;
  /** `--future`: publish scheduled articles too. */
  future: boolean;
  /** `--layouts=<folder>` (or `DATELINE_LAYOUTS`): layout overrides, checked by src/eleventy/layout-overrides.ts. */
  layouts?: string;
  /** `--full`: render every page, taking nothing from the last build (src/build). */
  full: boolean;
}

/**
 * Parses `--input`, `--output`, `--pathprefix`, `--serve`, `--port`, `--host`, `--quiet`, `--force`, `--allow-empty`, `--now`, `--future`, `--layouts`, `--full`; unknown flags are errors.
 * `--layouts` falls back to the `DATELINE_LAYOUTS` variable of `env`, so a host's settings can name it without editing package.json.
 * (There is no `--incremental`: a build renders only the pages whose inputs changed unless `--full`, and the preview updates only what a save changed.)
 */
export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = {}): BuildArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: "string" },
      output: { type: "string" },
      pathprefix: { type: "string" },
      serve: { type: "boolean", default: false },
      port: { type: "string" },
      host: { type: "string" },
      quiet: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      "allow-empty": { type: "boolean", default: false },
      now: { type: "string" },
      future: { type: "boolean", default: false },
      layouts: { type: "string" },
      full: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const layouts = values.layouts ?? (env.DATELINE_LAYOUTS || undefined);
  if (layouts !== undefined && layouts.trim() === "") throw new UsageError("--layouts needs a folder, e.g. --layouts=my-layouts");
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  return {
    input: values.input ?? "content",
    output: values.output ?? "_site",
    pathPrefix: values.pathprefix,
    serve: values.serve ?? false,
    port,
    // Not every interface: the preview is for the person editing, on this machine.
    host: values.host || "127.0.0.1",
    quiet: values.quiet ?? false,
    force: values.force ?? false,
    allowEmpty: values["allow-empty"] ?? false,
    now: values.now === undefined ? undefined : parseNow(values.now),
    future: values.future ?? false,
    layouts,
    full: values.full ?? false,
  };
}

/**
 * Reads `--now=<ISO 8601 date-time with an offset>` (e.g. `2030-01-01T08:00:00Z`),
 * the "now" a build publishes as of, in milliseconds since the epoch, with the
 * grammar of an article's `date`; a date without a time, a time without an
 * offset, or an impossible value is a UsageError.
 */
export function parseNow(value: string): number {
  const date = parseArticleDate(value);
  if ("error" in date || !hasOffset(date)) {
    throw new UsageError(`--now must be an ISO 8601 date-time with an offset, e.g. 2030-01-01T09:00:00+01:00, not "${value}"`);
  }
  return date.instant;
}

/** The schedule a command runs with: `--now` if given, else the real clock (read here, at the command's edge). */
export function scheduleOf(args: { now?: number; future: boolean }): Schedule {
  return { now: args.now ?? Date.now(), future: args.future };
}

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = "UsageError";
}
