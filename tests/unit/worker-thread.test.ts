import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { WorkerThread, WorkerThreadError } from "../../src/threads/worker-thread.ts";
import type { TestRequest } from "../fixtures/threads/test-worker.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TEST_WORKER = new URL("../fixtures/threads/test-worker.ts", import.meta.url);

/** A thread running the test worker, with `data`, terminated after `use`. */
async function withThread(use: (thread: WorkerThread<TestRequest, unknown>) => Promise<void>, data?: unknown): Promise<void> {
  const thread = new WorkerThread<TestRequest, unknown>(TEST_WORKER, { label: "test thread", data });
  try {
    await use(thread);
  } finally {
    await thread.terminate();
  }
}

/** Asserts that `promise` rejects with a WorkerThreadError of `kind` whose message matches `message`. */
async function rejectsWith(promise: Promise<unknown>, kind: WorkerThreadError["kind"], message: RegExp): Promise<void> {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof WorkerThreadError, `not a WorkerThreadError: ${String(error)}`);
    assert.equal(error.kind, kind);
    assert.match(error.message, message);
    return true;
  });
}

describe("WorkerThread", () => {
  it("should answer each request with the worker's response, and give the worker its data", async () => {
    await withThread(async (thread) => {
      const value = { text: "Азербайджан", list: [1, 2, 3], nested: { ok: true } };
      const [echoed, data, many] = await Promise.all([
        thread.request({ do: "echo", value }),
        thread.request({ do: "data" }),
        Promise.all(Array.from({ length: 20 }, (_, i) => thread.request({ do: "echo", value: i }))),
      ]);
      assert.deepEqual(echoed, value);
      assert.deepEqual(data, { shared: "settings" });
      assert.deepEqual(many, Array.from({ length: 20 }, (_, i) => i));
      assert.equal(thread.busy, 0);
    }, { shared: "settings" });
  });

  it("should reject a request whose work throws or rejects, with the worker's message and stack, and go on answering", async () => {
    await withThread(async (thread) => {
      await assert.rejects(thread.request({ do: "throw", message: "bad input" }), (error) => {
        assert.ok(error instanceof WorkerThreadError);
        assert.equal(error.kind, "thrown");
        assert.equal(error.message, "bad input");
        assert.equal(error.reason, "bad input");
        assert.match(error.stack ?? "", /RangeError: bad input[\s\S]*test-worker\.ts/);
        return true;
      });
      await rejectsWith(thread.request({ do: "reject", message: "async failure" }), "thrown", /^async failure$/);
      await rejectsWith(thread.request({ do: "send-a-function" }), "thrown", /could not be cloned/);
      assert.equal(await thread.request({ do: "echo", value: "still here" }), "still here");
    });
  });

  it("should reject pending and later requests when the worker exits", async () => {
    await withThread(async (thread) => {
      const exiting = thread.request({ do: "exit", code: 3 });
      const queued = thread.request({ do: "echo", value: "never answered" });
      await rejectsWith(exiting, "exited", /the test thread stopped before answering \(exit code 3\)/);
      await rejectsWith(queued, "exited", /exit code 3/);
      await rejectsWith(thread.request({ do: "echo", value: 1 }), "exited", /exit code 3/);
    });
  });

  it("should reject pending requests when the worker crashes, with the uncaught error as the reason", async () => {
    await withThread(async (thread) => {
      await assert.rejects(thread.request({ do: "crash", message: "uncaught in the worker" }), (error) => {
        assert.ok(error instanceof WorkerThreadError);
        assert.equal(error.kind, "crashed");
        assert.equal(error.reason, "uncaught in the worker");
        assert.ok(error.cause instanceof Error);
        return true;
      });
    });
  });

  it("should end the thread, rejecting the request, when asynchronous work waits on nothing", async () => {
    await withThread(async (thread) => {
      await rejectsWith(thread.request({ do: "wait-on-nothing" }), "exited", /exit code 0/);
    });
  });

  it("should reject pending requests when terminated, even a worker stuck in a loop", async () => {
    const thread = new WorkerThread<TestRequest, unknown>(TEST_WORKER, { label: "test thread" });
    const stuck = rejectsWith(thread.request({ do: "loop" }), "terminated", /the test thread was terminated before answering/);
    await thread.terminate();
    await stuck;
    await rejectsWith(thread.request({ do: "echo", value: 1 }), "terminated", /terminated/);
  });

  it("should not keep the process alive while idle", () => {
    const script = `
      import { WorkerThread } from ${JSON.stringify(pathToFileURL(path.join(ROOT, "src/threads/worker-thread.ts")).href)};
      const thread = new WorkerThread(new URL(${JSON.stringify(TEST_WORKER.href)}));
      console.log(await thread.request({ do: "echo", value: "answered" }));`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "answered");
  });
});
