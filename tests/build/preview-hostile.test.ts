/**
 * `npm start` as a real process, against requests meant to crash it or read
 * outside the site (each of the first six used to end the process with an
 * unhandled URIError or "Invalid path" from the dev server), and where it
 * listens: 127.0.0.1 unless --host says otherwise.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { writeContent } from "../helpers/fixture.ts";
import { startPreview, waitFor, type Preview } from "../helpers/preview-process.ts";
import { connects, HOSTILE_PATHS, rawGet } from "../helpers/raw-http.ts";

const ARTICLE = { path: "2024/12/forum.md", frontMatter: { title: "Forum in Baku", date: "2024-12-30", source: "AzerNews", people: ["Ann Lee"] }, body: "Text." };

const HOSTILE = [
  ...HOSTILE_PATHS,
  // A request line no client library would send: not even a path.
  "../../etc/passwd",
  "/../../etc/passwd",
];

/** 127.0.0.2 is loopback too, but a server bound to 127.0.0.1 alone does not answer on it (Linux routes all of 127/8 to lo). */
const OTHER_LOOPBACK = process.platform === "linux" ? false : "127.0.0.2 is not configured on this platform";

describe("npm start against hostile requests", () => {
  let preview: Preview;

  before(async () => {
    preview = await startPreview(writeContent([ARTICLE]));
    await waitFor("the preview to serve", async () => (await preview.page("/")).status === 200, preview);
  });

  after(async () => {
    await preview?.stop();
  });

  it("should answer each 400 or 404, never with /etc/passwd, and keep serving", async () => {
    const results: string[] = [];
    for (const target of HOSTILE) {
      const { status, text } = await rawGet(preview.port, target);
      results.push(`${status} ${target.slice(0, 50)}`);
      assert.ok(status === 400 || status === 404, `${target.slice(0, 50)} got ${status}; printed:\n${preview.printed.slice(-2000)}`);
      if (target === "//etc/passwd") assert.equal(status, 404);
      assert.ok(!text.includes("root:"), target.slice(0, 50));
    }
    assert.ok(preview.running, `the preview exited; printed:\n${preview.printed}`);
    assert.equal((await preview.page("/")).status, 200);
    assert.equal((await preview.page("/search/?q=%D9%85")).status, 200);
    assert.equal((await preview.page("/search/?q=a%20b")).status, 200);
    assert.doesNotMatch(preview.printed, /URIError|Invalid path|Unhandled/);
    assert.ok(preview.running);
  });

  it("should listen on 127.0.0.1 only, and print that address", { skip: OTHER_LOOPBACK }, async () => {
    assert.match(preview.printed, new RegExp(`serving .* at http://127\\.0\\.0\\.1:${preview.port}/ `));
    assert.doesNotMatch(preview.printed, /warning: listening on/);
    assert.equal(await connects("127.0.0.1", preview.port), true);
    assert.equal(await connects("127.0.0.2", preview.port), false, "another address answered: the preview listens on more than 127.0.0.1");
  });
});

describe("npm start --host=0.0.0.0", () => {
  let preview: Preview;

  before(async () => {
    preview = await startPreview(writeContent([ARTICLE]), ["--host=0.0.0.0"]);
    await waitFor("the preview to serve", async () => (await preview.page("/")).status === 200, preview);
  });

  after(async () => {
    await preview?.stop();
  });

  it("should listen on every interface and warn that the network must be trusted", { skip: OTHER_LOOPBACK }, async () => {
    assert.match(preview.printed, new RegExp(`at http://0\\.0\\.0\\.0:${preview.port}/ `));
    assert.match(preview.printed, /warning: listening on 0\.0\.0\.0, which other machines can reach\. .* a network you trust/);
    assert.equal(await connects("127.0.0.2", preview.port), true);
  });
});
