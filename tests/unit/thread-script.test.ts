import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { prepareThreadScript, threadScript } from "../../src/threads/thread-script.ts";
import { WorkerThread } from "../../src/threads/worker-thread.ts";
import { tempDir } from "../helpers/fixture.ts";

const ANSWER_REQUESTS = fileURLToPath(new URL("../../src/threads/answer-requests.ts", import.meta.url));

/** A worker module in a folder of its own: it answers with its own file name and a package's export. */
function workerModule(): URL {
  const dir = tempDir();
  const file = path.join(dir, "echo-worker.ts");
  fs.writeFileSync(
    file,
    // A relative import, as Dateline's modules import each other.
    `import { answerRequests } from ${JSON.stringify(path.relative(dir, ANSWER_REQUESTS))};\nimport { z } from "zod";\nconst here: string = import.meta.url;\nanswerRequests<string, string>((name) => \`\${name} \${here.split("/").pop()} \${typeof z.string}\`);\n`,
  );
  return pathToFileURL(file);
}

describe("thread scripts", () => {
  it("should compile a worker module once, keep its own import.meta.url and its package imports, and run it in a thread", async () => {
    const module = workerModule();
    const cache = tempDir();
    const script = await prepareThreadScript(module, path.join(cache, "threads"));
    assert.ok(script, "compiled");
    assert.ok(fs.existsSync(fileURLToPath(script)));
    assert.equal(threadScript(module, path.join(cache, "threads")).href, script.href, "the compiled script is current");
    // A thread finds its script in the cache folder (this module, outside the project, could not run through tsx).
    const before = process.env.DATELINE_CACHE_DIR;
    process.env.DATELINE_CACHE_DIR = cache;
    const thread = new WorkerThread<string, string>(module);
    try {
      assert.equal(await thread.request("hello"), "hello echo-worker.ts function");
    } finally {
      await thread.terminate();
      if (before === undefined) delete process.env.DATELINE_CACHE_DIR;
      else process.env.DATELINE_CACHE_DIR = before;
    }
  });

  it("should not use a compiled script once a source file it holds has changed", async () => {
    const module = workerModule();
    const cache = tempDir();
    await prepareThreadScript(module, cache);
    fs.appendFileSync(fileURLToPath(module), "// changed\n");
    // Another folder's view of the same module, as a new process would see it: nothing remembered.
    const fresh = tempDir();
    fs.cpSync(cache, fresh, { recursive: true });
    assert.match(threadScript(module, fresh).href, /worker-boot\.mjs$/, "a stale script falls back to tsx");
  });

  it("should leave a module esbuild cannot compile to tsx", async () => {
    const dir = tempDir();
    const file = path.join(dir, "broken-worker.ts");
    fs.writeFileSync(file, "export const = ;\n");
    assert.equal(await prepareThreadScript(pathToFileURL(file), tempDir()), undefined);
  });
});
