/** The command-line flags of `npm run build` and `npm start`, spelled as Eleventy spells them. */
import { parseArgs } from "node:util";

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
}

/**
 * Parses `--input`, `--output`, `--pathprefix`, `--serve`, `--port`, `--host`, `--quiet`, `--force`, `--allow-empty`; unknown flags are errors.
 * (There is no `--incremental`: the preview always updates only what a save changed.)
 */
export function parseBuildArgs(argv: string[]): BuildArgs {
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
    },
    strict: true,
    allowPositionals: false,
  });
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
  };
}

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = "UsageError";
}
