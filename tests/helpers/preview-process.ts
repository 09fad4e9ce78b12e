/** `npm start` run as an editor runs it, on a temp content folder, for tests that talk to it over HTTP or with a browser. */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { tempDir } from "./fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A running `npm start` on a temp content folder, with everything it printed so far. */
export class Preview {
  private output = "";
  readonly exited: Promise<number | null>;

  constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout!.on("data", (chunk) => (this.output += chunk));
    child.stderr!.on("data", (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  /** Everything printed so far, stdout and stderr interleaved. */
  get printed(): string {
    return this.output;
  }

  /** False once the process has exited. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Fetches a page from the preview (status 0 when nothing answers). */
  async page(urlPath: string): Promise<{ status: number; text: string }> {
    try {
      const response = await fetch(`http://localhost:${this.port}${urlPath}`);
      return { status: response.status, text: await response.text() };
    } catch {
      return { status: 0, text: "" };
    }
  }

  /** Stops the preview as Ctrl-C does, then for good if it does not stop. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill("SIGINT");
    const stopped = await Promise.race([this.exited.then(() => true), delay(10_000).then(() => false)]);
    if (!stopped) this.child.kill("SIGKILL");
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `npm start`'s entry point on `content`, on a free port, writing into a temp folder; `args` are further flags. */
export async function startPreview(content: string, args: string[] = []): Promise<Preview> {
  const port = await freePort();
  const output = path.join(tempDir("dateline-preview-"), "_site");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src/cli/build.ts"), "--serve", `--port=${port}`, `--input=${content}`, `--output=${output}`, ...args],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Preview(child, port);
}

/** Polls `check` until it returns true, failing with `what` after the deadline. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, preview: Preview, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (!preview.running) break;
    await delay(200);
  }
  assert.fail(`timed out waiting for ${what}; the preview ${preview.running ? "is running" : "exited"} and printed:\n${preview.printed}`);
}

/** Waits until the preview has printed nothing new for two seconds (no rebuild running or queued). */
export async function settle(preview: Preview): Promise<void> {
  let seen = -1;
  while (seen !== preview.printed.length) {
    seen = preview.printed.length;
    await delay(2_000);
  }
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
