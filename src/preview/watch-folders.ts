/**
 * Watches the folders a site is made from and hands over the changed files in
 * batches, one batch at a time: a batch starts once saves have paused for a
 * moment, and files saved while a batch is being handled wait for the next.
 */
import { watch } from "@11ty/chokidar-with-glob-support";

/**
 * How long to wait after the last reported change before handling a batch.
 * chokidar reports a file's first change and drops further changes of it for
 * 50 ms; reading it later than that sees every write those changes were about.
 */
export const SETTLE_MS = 60;

/** A running watcher. */
export interface FolderWatch {
  /** Resolves once the folders' files are all being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Watches `folders` recursively; `handle` gets each batch of changed, added or deleted files (absolute paths), is never run twice at once, and must not reject. */
export function watchFolders(
  folders: readonly string[],
  handle: (files: string[]) => Promise<void>,
  settleMs = SETTLE_MS,
): FolderWatch {
  const watcher = watch([...folders], { ignoreInitial: true, ignored: ["**/node_modules/**", "**/.git/**"] });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let busy = false;

  const schedule = () => {
    clearTimeout(timer);
    if (!busy && pending.size > 0) timer = setTimeout(run, settleMs);
  };
  const run = async () => {
    busy = true;
    const files = [...pending];
    pending.clear();
    try {
      await handle(files);
    } finally {
      busy = false;
      schedule();
    }
  };
  const changed = (file: string) => {
    pending.add(file);
    schedule();
  };
  watcher.on("add", changed).on("change", changed).on("unlink", changed);
  const ready = new Promise<void>((resolve) => watcher.on("ready", resolve));
  const close = () => {
    clearTimeout(timer);
    return watcher.close();
  };
  return { ready, close };
}
