/** A small static file server on 127.0.0.1, like a plain static host (no rewrites, 404.html for misses). */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** A running server: its base URL and a way to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` at `prefix` (e.g. `/news/`) on a free loopback port; `headersFor` adds response headers by path, as a host reading `_headers` would. */
export async function serveStatic(
  root: string,
  prefix = "/",
  headersFor: (pathname: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const notFound = () => {
      const page = path.join(root, "404.html");
      response.writeHead(404, { ...headersFor(pathname), "content-type": TYPES[".html"]! });
      response.end(fs.existsSync(page) ? fs.readFileSync(page) : "Not found");
    };
    if (!pathname.startsWith(prefix)) return notFound();
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(path.resolve(root))) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${pathname}/` });
        return response.end();
      }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) return notFound();
    response.writeHead(200, { ...headersFor(pathname), "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
