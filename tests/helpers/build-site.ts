/** Runs Dateline's real build command on a content folder, as a publisher would. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { tempDir } from "./fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** What a build printed, and where its site is. */
export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  output: string;
}

/** Builds `input` with `npm run build`'s entry point into `output` (a new temp folder by default). */
export function buildSite(
  input: string,
  options: { output?: string; pathPrefix?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {},
): BuildResult {
  const output = options.output ?? path.join(tempDir("dateline-site-"), "_site");
  const args = ["--import", "tsx", path.join(ROOT, "src/cli/build.ts"), `--input=${input}`, `--output=${output}`, "--quiet"];
  if (options.pathPrefix) args.push(`--pathprefix=${options.pathPrefix}`);
  args.push(...(options.args ?? []));
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    timeout: 240_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, output };
}

/** Runs a Dateline CLI script (e.g. `src/cli/check.ts`) with arguments. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    input,
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Reads a built page by its URL path (`/people/x/` → `people/x/index.html`). */
export function readPage(output: string, urlPath: string): string {
  const relative = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
  return fs.readFileSync(path.join(output, relative), "utf8");
}

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
