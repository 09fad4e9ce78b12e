// Eleventy 3 ships no type declarations; this names the programmatic API Dateline uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    source?: "cli" | "script";
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: unknown) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
    /** Builds, starts watching, and resolves to the function Eleventy runs for a changed file. */
    watch(): Promise<((file: string) => Promise<void>) | undefined>;
    /** The file watcher (chokidar), once `watch()` has resolved. */
    watcher?: { on(event: "add" | "change" | "unlink", listener: (file: string) => void): void };
    serve(port?: number): void;
    stopWatch(): Promise<void>;
  }
}
