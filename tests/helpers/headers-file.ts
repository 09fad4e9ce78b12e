/**
 * Reads a built `_headers` file (Netlify and Cloudflare Pages format) the way
 * those hosts do, so a test server can send the site's real headers: a line
 * starting without a space is a path pattern (`*` matches anything, a
 * `:name` segment one segment), the
 * indented `Name: value` lines under it are its headers, and a response gets
 * the headers of every pattern its path matches.
 */
import fs from "node:fs";
import { escapeRegExp } from "../../src/util/regexp.ts";

/** The headers for a request path, from every rule that matches it. */
export type HeadersFor = (pathname: string) => Record<string, string>;

export function readHeadersFile(file: string): HeadersFor {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      // `*` matches anything; a `:name` segment matches one segment (a placeholder).
      const pattern = line.trim().split("*").map((part) => escapeRegExp(part).replace(/(^|\/):\w+(?=\/|$)/g, "$1[^/]+")).join(".*");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return (pathname) => {
    const headers: Record<string, string> = {};
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
    return headers;
  };
}
