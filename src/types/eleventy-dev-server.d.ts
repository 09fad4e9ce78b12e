// @11ty/eleventy-dev-server ships no type declarations; this names what the live preview uses.
declare module "@11ty/eleventy-dev-server" {
  import type http from "node:http";

  /** Options Dateline passes; the server has more (https, aliases, headers, …). */
  export interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string; startupTime: number }) => string | false;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }
  /** A page the browser may patch in place (morphdom) instead of reloading, when it is the page on screen. */
  export interface ReloadedTemplate {
    /** The page's URL path as the browser shows it (with the path prefix). */
    url: string;
    /** The file written; must be one of the event's `files`. */
    inputPath: string;
    content: string;
  }
  /** What changed: CSS alone is swapped without a reload (`subtype: "css"`). */
  export interface ReloadEvent {
    files?: string[];
    subtype?: "css";
    build?: { templates?: ReloadedTemplate[] };
  }
  /** Eleventy's development server: static files with live reload over a WebSocket. */
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    reload(event?: ReloadEvent): void;
    close(): Promise<void>;
    // Internals of 2.1.2 the preview relies on to listen on an address of its
    // choosing (src/preview/preview-server.ts; the browser preview test fails
    // if they change):
    /** Answers one request (static files, the reload client); async, and it may throw. */
    onRequestHandler(request: http.IncomingMessage, response: http.ServerResponse): Promise<void>;
    /** Attaches the live-reload WebSocket server to `server`. */
    setupReloadNotifier(): void;
    /** The http server, made on first read unless `_server` was set. */
    readonly server: http.Server;
    _server?: http.Server;
    _serverProtocol?: string;
  }
}
