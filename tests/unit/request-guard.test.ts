import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parseBuildArgs } from "../../src/cli/args.ts";
import { checkRequestPath, isLocalHostHeader, isLocalOrigin, MAX_PATH_LENGTH, servesOutsideSite } from "../../src/preview/request-guard.ts";
import { tempDir } from "../helpers/fixture.ts";

const status = (url: string, prefix?: string) => {
  const check = checkRequestPath(url, prefix);
  return check.ok ? 200 : check.status;
};

describe("checkRequestPath", () => {
  it("should pass the site's own URLs, decoded, with their query strings untouched", () => {
    assert.deepEqual(checkRequestPath("/"), { ok: true, sitePath: "/" });
    assert.deepEqual(checkRequestPath("/people/ann-lee/"), { ok: true, sitePath: "/people/ann-lee/" });
    assert.deepEqual(checkRequestPath("/people/%D9%85%D8%AD%D9%85%D8%AF/"), { ok: true, sitePath: "/people/محمد/" });
    assert.deepEqual(checkRequestPath("/search/?q=%D9%85"), { ok: true, sitePath: "/search/" });
    assert.deepEqual(checkRequestPath("/search/?q=a%20b"), { ok: true, sitePath: "/search/" });
    // A query that is not valid percent-encoding is the page script's business, not the server's.
    assert.deepEqual(checkRequestPath("/search/?q=%"), { ok: true, sitePath: "/search/" });
    assert.deepEqual(checkRequestPath("/.11ty/reload-client.js"), { ok: true, sitePath: "/.11ty/reload-client.js" });
    assert.deepEqual(checkRequestPath("/pagefind/pagefind.js"), { ok: true, sitePath: "/pagefind/pagefind.js" });
    // Decoded once, as the dev server decodes: %252e stays a literal "%2e", not a dot.
    assert.deepEqual(checkRequestPath("/%252e%252e/x"), { ok: true, sitePath: "/%2e%2e/x" });
  });

  it("should answer 400 for a path that is not valid percent-encoded UTF-8", () => {
    for (const url of ["/%", "/%E0%A4%A", "/%c0%ae%c0%ae/etc/passwd", "/%zz", "/a%2"]) assert.equal(status(url), 400, url);
  });

  it("should answer 404 for a path that climbs out of the site, however it is spelled", () => {
    for (const url of [
      "/..",
      "/../etc/passwd",
      "/..%2f..",
      "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/%2E%2E/etc/passwd",
      "/.%2e/etc/passwd",
      "/people/..%2f..%2f..%2fetc%2fpasswd",
      "/people/../../etc/passwd",
      "/./index.html",
      "//etc/passwd",
    ]) {
      assert.equal(status(url), 404, url);
    }
  });

  it("should answer 400 for NUL and other control characters, backslashes, targets that are not paths, and very long paths", () => {
    for (const url of ["/%00", "/index.html%00.css", "/a\u0000b", "/%0a", "/a\tb", "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd", "../../etc/passwd", "*", "http://example.com/", ""]) {
      assert.equal(status(url), 400, JSON.stringify(url));
    }
    assert.equal(status(`/${"a".repeat(MAX_PATH_LENGTH)}`), 400);
    assert.equal(status(`/${"a".repeat(10 * 1024)}`), 400);
    assert.equal(status(`/${"a".repeat(MAX_PATH_LENGTH - 1)}`), 200, "just under the limit");
  });

  it("should give the path inside the site under a path prefix, and leave URLs outside it to the dev server", () => {
    assert.deepEqual(checkRequestPath("/news/people/ann-lee/", "/news/"), { ok: true, sitePath: "/people/ann-lee/" });
    assert.deepEqual(checkRequestPath("/news/", "news"), { ok: true, sitePath: "/" });
    assert.deepEqual(checkRequestPath("/news/search/?q=a%20b", "/news"), { ok: true, sitePath: "/search/" });
    // The redirect from "/" to the prefix, the reload client, and the 404 for other paths are the dev server's.
    assert.deepEqual(checkRequestPath("/", "/news/"), { ok: true, sitePath: null });
    assert.deepEqual(checkRequestPath("/.11ty/reload-client.js", "/news/"), { ok: true, sitePath: null });
    assert.deepEqual(checkRequestPath("/elsewhere/", "/news/"), { ok: true, sitePath: null });
    // Still checked in full outside the prefix, and inside it.
    assert.equal(status("/news/..%2f..%2fetc%2fpasswd", "/news/"), 404);
    assert.equal(status("/news/%", "/news/"), 400);
    assert.equal(status("/%2e%2e/etc/passwd", "/news/"), 404);
  });
});

describe("servesOutsideSite", () => {
  it("should find a link in the site folder that leads outside it, and not one that stays inside", () => {
    const root = tempDir("dateline-guard-");
    const site = path.join(root, "_site");
    const secret = path.join(root, "secret");
    fs.mkdirSync(path.join(site, "people"), { recursive: true });
    fs.mkdirSync(secret);
    fs.writeFileSync(path.join(secret, "index.html"), "secret");
    fs.writeFileSync(path.join(site, "index.html"), "home");
    fs.writeFileSync(path.join(site, "people", "index.html"), "people");
    fs.symlinkSync(secret, path.join(site, "leak"));
    fs.symlinkSync(path.join(secret, "index.html"), path.join(site, "leak.txt"));
    fs.symlinkSync(path.join(site, "people"), path.join(site, "folk"));
    // A sibling whose name starts with the site folder's: a bare startsWith would let it through.
    fs.mkdirSync(path.join(root, "_site-other"));
    fs.writeFileSync(path.join(root, "_site-other", "x.html"), "other");
    fs.symlinkSync(path.join(root, "_site-other"), path.join(site, "other"));

    assert.equal(servesOutsideSite(site, "/"), false);
    assert.equal(servesOutsideSite(site, "/people/"), false);
    assert.equal(servesOutsideSite(site, "/folk/"), false, "a link inside the site");
    assert.equal(servesOutsideSite(site, "/missing/"), false);
    assert.equal(servesOutsideSite(site, "/leak/"), true, "its index.html");
    assert.equal(servesOutsideSite(site, "/leak"), true, "the folder itself");
    assert.equal(servesOutsideSite(site, "/leak.txt"), true);
    assert.equal(servesOutsideSite(site, "/leak/index.html"), true);
    assert.equal(servesOutsideSite(site, "/other/x"), true, "x.html in a sibling folder");
    // The site folder itself reached through a link is fine.
    const linked = path.join(root, "linked-site");
    fs.symlinkSync(site, linked);
    assert.equal(servesOutsideSite(linked, "/people/"), false);
    assert.equal(servesOutsideSite(path.join(root, "not-built"), "/"), false);
  });
});

describe("--host", () => {
  it("should be loopback unless given", () => {
    assert.equal(parseBuildArgs([]).host, "127.0.0.1");
    assert.equal(parseBuildArgs(["--host="]).host, "127.0.0.1");
    assert.equal(parseBuildArgs(["--serve", "--host=0.0.0.0"]).host, "0.0.0.0");
  });
});

describe("isLocalHostHeader", () => {
  it("should accept the names of this machine, with or without a port", () => {
    for (const host of [undefined, "localhost", "localhost:8080", "LOCALHOST:8080", "localhost.", "news.localhost:8080", "127.0.0.1", "127.0.0.1:8080", "127.1.2.3:80", "[::1]:8080", "[::1]"]) {
      assert.equal(isLocalHostHeader(host), true, String(host));
    }
  });

  it("should refuse any other name, as a page using DNS rebinding sends", () => {
    for (const host of ["evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.evil.example", "192.168.1.5:8080", "[fd00::2]:8080", "", "127.0.0.256", "localhost:8080:1", "[::1]evil.example", "[::1].evil.example:80"]) {
      assert.equal(isLocalHostHeader(host), false, host);
    }
  });
});

describe("isLocalOrigin", () => {
  it("should accept a page of this preview, or a client that sends no Origin", () => {
    for (const origin of [undefined, "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080", "http://news.localhost:8080"]) {
      assert.equal(isLocalOrigin(origin, 8080), true, String(origin));
    }
  });

  it("should refuse a foreign site, another local port, another scheme and nonsense", () => {
    for (const origin of ["https://evil.example", "http://evil.example:8080", "http://localhost:3000", "http://localhost", "https://localhost:8080", "null", "file://", "", "http://127.0.0.1.evil.example:8080"]) {
      assert.equal(isLocalOrigin(origin, 8080), false, origin);
    }
  });
});
