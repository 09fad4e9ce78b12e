// @11ty/chokidar-with-glob-support (chokidar 4, as Eleventy and its dev server use it) ships no
// type declarations of its own; it takes chokidar 4's options and returns chokidar 4's watcher.
declare module "@11ty/chokidar-with-glob-support" {
  /** The subset of chokidar 4's watcher the live preview uses. */
  export interface FSWatcher {
    on(event: "add" | "change" | "unlink", listener: (path: string) => void): this;
    on(event: "ready", listener: () => void): this;
    on(event: "error", listener: (error: unknown) => void): this;
    close(): Promise<void>;
  }
  /** The subset of chokidar 4's options the live preview uses. */
  export interface WatchOptions {
    ignoreInitial?: boolean;
    ignored?: string | RegExp | ((path: string) => boolean) | Array<string | RegExp | ((path: string) => boolean)>;
    atomic?: boolean | number;
    awaitWriteFinish?: boolean | { stabilityThreshold?: number; pollInterval?: number };
  }
  /** Starts watching files and folders (recursively). */
  export function watch(paths: string | string[], options?: WatchOptions): FSWatcher;
}
