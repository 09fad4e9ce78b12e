/**
 * The HTTP server in front of Eleventy's dev server.
 *
 * @11ty/eleventy-dev-server 2.1.2 has no host option: its `serve(port)` calls
 * `server.listen({ port })`, which is every interface, and on EADDRINUSE it
 * retries the next port the same way. Its request handler is async and a
 * throw inside it (a `URIError` for `/%`) is an unhandled rejection that ends
 * the process. So the preview makes the http server itself, listens where it
 * is told, checks each request (request-guard.ts) and catches what the dev
 * server throws, and hands the dev server only what is left: its request
 * handler, and its live-reload WebSocket, attached by its own
 * `setupReloadNotifier()` to this server (the dev server reads `_server`
 * for that and for `close()`). The dev server's `serve()` is never called, so
 * nothing of it ever listens on an address of its choosing. On loopback, a
 * request or WebSocket whose Host is not this machine is refused (403): see
 * isLocalHostHeader.
 */
import http from "node:http";
import net from "node:net";
import type EleventyDevServer from "@11ty/eleventy-dev-server";
import { NOT_FOUND_URL } from "../archive/urls.ts";
import { checkRequestPath, isLocalHostHeader, isLocalOrigin, servesOutsideSite } from "./request-guard.ts";

/** How many further ports are tried when the one asked for is taken, as the dev server did. */
const PORT_RETRIES = 10;

export interface PreviewServerOptions {
  /** The site folder the dev server serves. */
  site: string;
  pathPrefix?: string;
  host: string;
  port: number;
  /** Where a refused or failed request is reported, one line each. */
  log?: (line: string) => void;
}

/** A listening preview server. */
export interface PreviewServer {
  server: http.Server;
  /** The address and port actually listened on. */
  address: net.AddressInfo;
  /** The URL to open, with the path prefix. */
  url: string;
  /** True when the address is not loopback: other machines can reach the preview. */
  exposed: boolean;
}

/** Creates the server for `devServer`, listens on `host` (from `port` up), and resolves once it is listening. */
export async function listenPreview(devServer: EleventyDevServer, options: PreviewServerOptions): Promise<PreviewServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  // Known once listening; until then no request can arrive.
  let exposed = false;
  const server = http.createServer((request, response) => {
    if (!exposed && !isLocalHostHeader(request.headers.host)) {
      log(`[dateline] 403 for ${shownUrl(request.url ?? "")}: Host ${shownUrl(request.headers.host ?? "")} is not this machine (use http://localhost:<port>/, or --host)`);
      return plain(response, 403, "Forbidden: the preview answers to localhost only");
    }
    void answer(devServer, options, request, response, log);
  });
  devServer._server = server;
  devServer._serverProtocol = "http:";

  const address = await listenFrom(server, options.host, options.port);
  exposed = !isLoopback(address.address);
  devServer.setupReloadNotifier();
  guardUpgrades(server, () => exposed, () => address.port, log);
  // If a later version of the dev server no longer reads `_server`, it would
  // make a server of its own for the WebSocket; fail here rather than serve
  // pages that never reload.
  if (devServer.server !== server) throw new Error("@11ty/eleventy-dev-server did not take the preview's server; live reload would not work");

  const prefix = options.pathPrefix && options.pathPrefix !== "/" ? `/${options.pathPrefix.replace(/^\/+|\/+$/g, "")}/` : "/";
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return { server, address, url: `http://${shown}:${address.port}${prefix}`, exposed };
}

/**
 * The live-reload WebSocket carries the content of every page a save changes:
 * it gets the same Host check as a request, and, since any web page may open a
 * socket to localhost, an Origin check too. The dev server's WebSocket server
 * listens for "upgrade" on `server`; its listeners run only for a local Host
 * and a page of this preview.
 */
function guardUpgrades(server: http.Server, exposed: () => boolean, port: () => number, log: (line: string) => void): void {
  const listeners = server.listeners("upgrade") as ((request: http.IncomingMessage, socket: net.Socket, head: Buffer) => void)[];
  server.removeAllListeners("upgrade");
  server.on("upgrade", (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    if (!exposed() && !isLocalHostHeader(request.headers.host)) {
      log(`[dateline] 403 for a WebSocket from Host ${shownUrl(request.headers.host ?? "")}: not this machine`);
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    if (!exposed() && !isLocalOrigin(request.headers.origin, port())) {
      log(`[dateline] 403 for a WebSocket from ${shownUrl(request.headers.origin ?? "")}: not a page of this preview`);
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    for (const listener of listeners) listener.call(server, request, socket, head);
  });
}

/** Checks one request, then hands it to the dev server; whatever goes wrong is answered, not thrown. */
async function answer(
  devServer: EleventyDevServer,
  options: PreviewServerOptions,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  log: (line: string) => void,
): Promise<void> {
  const url = request.url ?? "";
  try {
    const check = checkRequestPath(url, options.pathPrefix);
    if (!check.ok) {
      log(`[dateline] ${check.status} for ${shownUrl(url)}: ${check.reason}`);
      return plain(response, check.status, check.status === 400 ? "Bad request" : "Not found");
    }
    if (servesOutsideSite(options.site, check.sitePath ?? NOT_FOUND_URL)) {
      log(`[dateline] 404 for ${shownUrl(url)}: a link in the site folder leads outside it`);
      return plain(response, 404, "Not found");
    }
    await devServer.onRequestHandler(request, response);
  } catch (error) {
    log(`[dateline] 500 for ${shownUrl(url)}: ${(error as Error)?.message ?? String(error)}`);
    // The dev server may have started the answer (it wraps the response to add its reload script).
    if (response.headersSent || response.writableEnded) {
      response.destroy();
      return;
    }
    try {
      plain(response, 500, "Internal server error");
    } catch {
      response.destroy();
    }
  }
}

function plain(response: http.ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.end(`${text}\n`);
}

/** A URL as it goes into a log line: quoted, so control characters show escaped, and cut short. */
function shownUrl(url: string): string {
  return JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);
}

/** Listens on `host` at `port`, or the next free port of the following few, as the dev server did. */
function listenFrom(server: http.Server, host: string, port: number): Promise<net.AddressInfo> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && port !== 0 && tries < PORT_RETRIES) {
        tries++;
        server.listen({ host, port: port + tries });
        return;
      }
      server.off("listening", onListening);
      reject(error.code === "EADDRINUSE" ? new Error(`ports ${port} to ${port + tries} on ${host} are all in use; pass --port=<another>`) : error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address() as net.AddressInfo);
    };
    server.on("error", onError);
    server.once("listening", onListening);
    server.listen({ host, port });
  });
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopback(address: string): boolean {
  if (net.isIPv4(address)) return address.startsWith("127.");
  const lower = address.toLowerCase();
  return lower === "::1" || lower.startsWith("::ffff:127.");
}
