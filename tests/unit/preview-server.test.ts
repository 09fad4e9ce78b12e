/**
 * The preview's own HTTP server in front of Eleventy's dev server, in this
 * process: where it listens, what it refuses, that a throw in the dev server
 * is answered rather than fatal, and that the live-reload WebSocket is served.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { isLoopback, listenPreview } from "../../src/preview/preview-server.ts";
import { tempDir } from "../helpers/fixture.ts";
import { HOSTILE_PATHS, rawGet } from "../helpers/raw-http.ts";

/** A built site with a home page, a page, and a link to a folder outside it. */
function site(): string {
  const root = tempDir("dateline-preview-server-");
  const dir = path.join(root, "_site");
  fs.mkdirSync(path.join(dir, "people", "ann-lee"), { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Home</title><p>home page</p>");
  fs.writeFileSync(path.join(dir, "people", "ann-lee", "index.html"), "<!doctype html><title>Ann</title><p>Ann Lee</p>");
  fs.mkdirSync(path.join(root, "private"));
  fs.writeFileSync(path.join(root, "private", "index.html"), "root:x:0:0:secret");
  fs.symlinkSync(path.join(root, "private"), path.join(dir, "linked"));
  return dir;
}

const servers: EleventyDevServer[] = [];
afterEach(async () => {
  await Promise.allSettled(servers.splice(0).map((server) => server.close()));
});

async function start(host: string, pathPrefix = "/", logged: string[] = []) {
  const dir = site();
  const devServer = EleventyDevServer.getServer("test-preview", dir, { pathPrefix, logger: { info() {}, log() {}, error() {} } });
  servers.push(devServer);
  const preview = await listenPreview(devServer, { site: dir, pathPrefix, host, port: 0, log: (line) => logged.push(line) });
  return { devServer, preview, port: preview.address.port, logged };
}

describe("listenPreview", () => {
  it("should listen on 127.0.0.1 alone when given it, and say so", async () => {
    const { preview, port } = await start("127.0.0.1");
    assert.equal(preview.server.address() && (preview.server.address() as { address: string }).address, "127.0.0.1");
    assert.equal(preview.address.address, "127.0.0.1");
    assert.equal(preview.exposed, false);
    assert.equal(preview.url, `http://127.0.0.1:${port}/`);
    assert.equal((await rawGet(port, "/")).status, 200);
  });

  it("should listen on every interface with 0.0.0.0, and call that exposed", async () => {
    const { preview } = await start("0.0.0.0", "/news/");
    assert.equal(preview.address.address, "0.0.0.0");
    assert.equal(preview.exposed, true);
    assert.match(preview.url, /^http:\/\/0\.0\.0\.0:\d+\/news\/$/);
  });

  it("should answer hostile paths 400 or 404, never serve what is outside the site, and keep serving", async () => {
    const { port, logged } = await start("127.0.0.1");
    const hostile = [...HOSTILE_PATHS, "/../private/", "/linked/", "/linked/index.html"];
    for (const target of hostile) {
      const { status, text } = await rawGet(port, target);
      assert.ok(status === 400 || status === 404, `${target.slice(0, 60)}: ${status}`);
      assert.ok(!text.includes("root:"), target.slice(0, 60));
    }
    assert.equal(logged.length, hostile.length, "one line each");
    assert.equal((await rawGet(port, "/people/ann-lee/")).status, 200);
  });

  it("should keep the dev server's answers under a path prefix: the redirect to it, and 404 outside it", async () => {
    const { port } = await start("127.0.0.1", "/news/");
    const home = await rawGet(port, "/");
    assert.equal(home.status, 302);
    assert.equal((await rawGet(port, "/news/people/ann-lee/")).status, 200);
    assert.equal((await rawGet(port, "/people/ann-lee/")).status, 404);
    assert.equal((await rawGet(port, "/news/..%2f..%2fetc%2fpasswd")).status, 404);
    assert.equal((await rawGet(port, "/.11ty/reload-client.js")).status, 200, "the reload client is served outside the prefix");
  });

  it("should answer 500 and log one line when the dev server throws, and keep serving", async () => {
    const { devServer, port, logged } = await start("127.0.0.1");
    const handler = devServer.onRequestHandler.bind(devServer);
    devServer.onRequestHandler = async (request, response) => {
      if (request.url === "/throws-async/") throw new URIError("URI malformed");
      if (request.url === "/throws-late/") {
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw new Error("Invalid path");
      }
      return handler(request, response);
    };
    assert.equal((await rawGet(port, "/throws-async/")).status, 500);
    assert.equal((await rawGet(port, "/throws-late/")).status, 500);
    assert.deepEqual(
      logged.map((line) => line.replace(/\d+/g, "N")),
      ['[dateline] N for "/throws-async/": URI malformed', '[dateline] N for "/throws-late/": Invalid path'],
    );
    assert.equal((await rawGet(port, "/")).status, 200);
  });

  it("should accept the live-reload WebSocket on the same port", async () => {
    const { port } = await start("127.0.0.1");
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request({
        host: "127.0.0.1",
        port,
        path: "/",
        headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==" },
      });
      request.on("upgrade", (response, socket) => {
        socket.destroy();
        resolve(response.statusCode ?? 0);
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0));
      request.on("error", reject);
      request.end();
    });
    assert.equal(status, 101);
  });

  it("should refuse a request or a WebSocket naming another Host on loopback, as a DNS-rebinding page would, and not on 0.0.0.0", async () => {
    const { port, logged } = await start("127.0.0.1");
    const get = (host: string, headers: Record<string, string> = {}, to = port) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port: to, path: "/", headers: { Host: host, ...headers } });
        request.on("upgrade", (response, socket) => {
          socket.destroy();
          resolve(response.statusCode ?? 0);
        });
        request.on("response", (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        request.end();
      });
    const upgrade = { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==" };
    assert.equal(await get(`evil.example:${port}`), 403);
    assert.equal(await get(`evil.example:${port}`, upgrade), 403);
    assert.equal(await get(`localhost:${port}`), 200);
    assert.equal(await get(`localhost:${port}`, upgrade), 101);
    // Any web page can open a socket to localhost (the browser then sends the preview's own Host): only its Origin tells.
    assert.equal(await get(`localhost:${port}`, { ...upgrade, Origin: "https://evil.example" }), 403);
    assert.equal(await get(`localhost:${port}`, { ...upgrade, Origin: "http://localhost:1" }), 403);
    assert.equal(await get(`localhost:${port}`, { ...upgrade, Origin: `http://localhost:${port}` }), 101);
    assert.equal(logged.length, 4);
    // On every interface the preview is reached by whatever name the network gives it.
    const open = await start("0.0.0.0");
    assert.equal(await get(`dateline-laptop.lan:${open.port}`, {}, open.port), 200);
  });
});

describe("isLoopback", () => {
  it("should know loopback addresses from the others", () => {
    for (const address of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"]) assert.equal(isLoopback(address), true, address);
    for (const address of ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "fd00::2", "::ffff:10.0.0.1"]) assert.equal(isLoopback(address), false, address);
  });
});
