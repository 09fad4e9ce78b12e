/**
 * The `_headers` rules, and the nginx and Apache snippets in
 * docs/publishing.md that repeat them for hosts without `_headers`: the
 * snippets say exactly what the module says, so neither can drift.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { CONTENT_SECURITY_POLICY, FINGERPRINTED_FOLDERS, headerRules, IMMUTABLE_CACHING, SECURITY_HEADERS } from "../../src/archive/header-rules.ts";

const DOC = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/publishing.md"), "utf8");

/** The fenced block of a language in the doc. */
function block(language: string): string {
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(DOC);
  assert.ok(match, `docs/publishing.md has no ${language} block`);
  return match[1]!;
}

/** `[name, value]` pairs a snippet sets, in order. */
function pairs(text: string, pattern: RegExp): [string, string][] {
  return [...text.matchAll(pattern)].map((match) => [match[1]!, match[2]!]);
}

const expected = SECURITY_HEADERS.map(({ name, value }): [string, string] => [name, value]);
// As a regular expression: a `:shard` placeholder is one path segment.
const folders = FINGERPRINTED_FOLDERS.map((folder) => folder.replace(/^\/|\/$/g, "").replace(/:\w+/g, "[^/]+")).join("|");

describe("the _headers rules", () => {
  it("should set the security headers for every path first, then long caching only for fingerprinted folders", () => {
    const rules = headerRules();
    assert.deepEqual(rules[0], { path: "/*", headers: [...SECURITY_HEADERS] });
    assert.deepEqual(rules.slice(1).map((rule) => rule.path), FINGERPRINTED_FOLDERS.map((folder) => `${folder}*`));
    for (const rule of rules.slice(1)) assert.deepEqual(rule.headers, [IMMUTABLE_CACHING]);
  });

  it("should allow WebAssembly and the two video players, and nothing inline", () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split("; ").map((directive) => [directive.split(" ")[0], directive]));
    assert.equal(directives.get("script-src"), "script-src 'self' 'wasm-unsafe-eval'");
    assert.equal(directives.get("style-src"), "style-src 'self'");
    assert.equal(directives.get("frame-src"), "frame-src https://www.youtube-nocookie.com https://player.vimeo.com");
    assert.equal(directives.get("object-src"), "object-src 'none'");
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-inline'|'unsafe-eval'|\*|data:/);
  });
});

describe("the snippets for hosts without _headers", () => {
  it("should give nginx the same headers, repeated in the fingerprinted location with the caching", () => {
    const nginx = block("nginx");
    const [server, location] = nginx.split(/^location /m);
    assert.deepEqual(pairs(server!, /^add_header ([\w-]+) "([^"]*)" always;$/gm), expected);
    assert.ok(location?.startsWith(`~ ^/(${folders})/ {`), `the nginx location names ${folders}`);
    assert.deepEqual(pairs(location!, /^ {2}add_header ([\w-]+) "([^"]*)"/gm), [
      ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
      ["X-Content-Type-Options", "nosniff"],
      [IMMUTABLE_CACHING.name, IMMUTABLE_CACHING.value],
    ]);
  });

  it("should give Apache the same headers and the same caching", () => {
    const apache = block("apache");
    assert.deepEqual(pairs(apache, /^Header always set ([\w-]+) "([^"]*)"$/gm), expected);
    assert.ok(apache.includes(`m#^/(${folders})/#`), `the Apache condition names ${folders}`);
    assert.ok(apache.includes(`Header set ${IMMUTABLE_CACHING.name} "${IMMUTABLE_CACHING.value}"`));
  });
});
