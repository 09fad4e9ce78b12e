/**
 * What the preview checks before Eleventy's dev server sees a request.
 *
 * The dev server (@11ty/eleventy-dev-server 2.1.2) maps a URL to a file with
 * `new URL(url).pathname`, strips the path prefix, then
 * `decodeURIComponent(path.join(dir, pathname))`, and refuses a file outside
 * `dir` by throwing. Both throws (a `URIError` for `/%`, "Invalid path" for
 * `/..%2f..`) escape its async request handler as an unhandled rejection,
 * which ends the process; and its "inside" test is a bare `startsWith`, so
 * `/_site` would also admit `/_site-other/`. So the path is checked here first,
 * in the same order the server reads it, and anything the server could not
 * map to a file inside the site folder is answered 400 or 404 without it.
 */
import fs from "node:fs";
import path from "node:path";
import { NOT_FOUND_URL } from "../archive/urls.ts";

/** Longer paths are refused (400): Dateline's URLs are short, and a file name cannot exceed 255 bytes anyway. */
export const MAX_PATH_LENGTH = 2048;

/** What to do with a request, from its URL alone. */
export type PathCheck =
  /**
   * Hand it to the dev server. `sitePath` is the decoded path inside the site
   * folder ("/people/ann-lee/"), or null for a URL outside the path prefix,
   * which the dev server answers itself (its reload client, the redirect from
   * "/" to the prefix, or a 404).
   */
  | { ok: true; sitePath: string | null }
  | { ok: false; status: 400 | 404; reason: string };

/** C0 controls (NUL among them), DEL and the backslash, which Windows and WHATWG URLs read as a separator. */
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * Checks a request's URL (as `request.url` has it: the path and query, not
 * normalised) against what the preview may serve under `pathPrefix`. The
 * query is not looked at: it is for the page's scripts (`/search/?q=%D9%85`).
 */
export function checkRequestPath(url: string, pathPrefix = "/"): PathCheck {
  // Origin form only: not "*", not "http://host/…", not "../../etc/passwd".
  if (!url.startsWith("/")) return refuse(400, "the request target is not a path");
  const end = url.search(/[?#]/);
  const raw = end === -1 ? url : url.slice(0, end);
  if (raw.length > MAX_PATH_LENGTH) return refuse(400, `the path is longer than ${MAX_PATH_LENGTH} characters`);
  // The URL parser drops tabs and newlines and turns "\" into "/", so what it
  // sees would differ from what is checked here.
  if (FORBIDDEN.test(raw)) return refuse(400, "the path has a control character or a backslash");
  // `new URL("//etc/passwd", base)` reads "etc" as a host name and "/passwd" as the path.
  if (raw.startsWith("//")) return refuse(404, "the path starts with //");
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return refuse(400, "the path is not valid percent-encoded UTF-8");
  }
  if (FORBIDDEN.test(decoded)) return refuse(400, "the path encodes a control character or a backslash");
  // A browser resolves "." and ".." before it sends a URL, so one that arrives
  // (as is, or encoded as %2e%2e or ..%2f) was written by hand to climb out of
  // the site. Without them, path.join(site, decoded) cannot leave the site folder.
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) return refuse(404, "the path has a . or .. segment");

  const prefix = cleanPrefix(pathPrefix);
  if (prefix === "/") return { ok: true, sitePath: decoded };
  // Compared undecoded, as the dev server compares it.
  if (!raw.startsWith(prefix)) return { ok: true, sitePath: null };
  // The prefix ends with "/", and a percent-encoded character never contains one, so the rest decodes alone.
  return { ok: true, sitePath: `/${decodeURIComponent(raw.slice(prefix.length))}` };
}

/** The path prefix as the dev server normalises it: "/", or "/news/" with both slashes. */
function cleanPrefix(pathPrefix: string): string {
  if (!pathPrefix || pathPrefix === "/") return "/";
  return `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`;
}

function refuse(status: 400 | 404, reason: string): PathCheck {
  return { ok: false, status, reason };
}

/**
 * True when a file the dev server could serve for `sitePath` is, after
 * following symbolic links, outside the site folder. The candidates are the
 * ones the dev server tries: the path itself, its index.html, path.html, and
 * the 404 page it shows for a miss. The site is Dateline's own output, but a
 * link copied in from `public/` or left by a tool must not expose the disk.
 */
export function servesOutsideSite(site: string, sitePath: string): boolean {
  let root: string;
  try {
    root = fs.realpathSync(site);
  } catch {
    return false; // no site folder yet: nothing can be served from it
  }
  const file = path.join(site, sitePath);
  const candidates = [file, path.join(file, "index.html"), `${file.replace(/[/\\]+$/, "")}.html`, path.join(site, NOT_FOUND_URL)];
  return candidates.some((candidate) => {
    let real: string;
    try {
      real = fs.realpathSync(candidate);
    } catch {
      return false; // does not exist (or a dangling link, which the server cannot read either)
    }
    return real !== root && !real.startsWith(root + path.sep);
  });
}

/**
 * True when a `Host` header names this machine: localhost (or a name under
 * .localhost), 127.x.x.x or [::1], with any port; or when there is none
 * (HTTP/1.0 clients, not browsers). Listening on loopback keeps other machines
 * out, but not a web page the editor visits: its script can make its own
 * domain resolve to 127.0.0.1 ("DNS rebinding") and read the preview, but its
 * requests still carry that domain in `Host`.
 */
export function isLocalHostHeader(host: string | undefined): boolean {
  if (host === undefined) return true;
  let name = host.trim().toLowerCase();
  if (name.startsWith("[")) {
    const end = name.indexOf("]");
    // `[::1]` or `[::1]:port`, nothing else after the brackets.
    if (end === -1 || !/^(:\d+)?$/.test(name.slice(end + 1))) return false;
    name = name.slice(1, end);
  }
  else if (name.split(":").length === 2) name = name.slice(0, name.indexOf(":"));
  name = name.replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1") return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/**
 * Whether a WebSocket's `Origin` is a page of this preview (loopback, this
 * port). A browser sends the preview's own Host for a socket opened by any web
 * page, so only the Origin tells the editor's tab from a foreign site's script;
 * a client that sends no Origin is not a browser page.
 */
export function isLocalOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:") return false;
  const originPort = url.port === "" ? 80 : Number(url.port);
  return originPort === port && isLocalHostHeader(url.host);
}
