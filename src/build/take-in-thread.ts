/**
 * Takes the last site's pages into the new one in a thread of its own, from
 * the start of a build: which pages will be rendered again is known only
 * once the content is read and the pages keyed, but every page still as the
 * last build wrote it is linked meanwhile, and those to render again are
 * removed afterwards (`keepOnly`), before anything renders.
 */
import { WorkerThread } from "../threads/worker-thread.ts";
import type { FileStamp } from "./site-files.ts";
import type { Taken } from "./take-files.ts";

/** What the thread is asked: link from `from` into `to` each file of `recorded` still as recorded. */
export interface TakeRequest {
  from: string;
  to: string;
  recorded: [string, FileStamp][];
}

/** The module the take thread runs. */
export const TAKE_WORKER = new URL("./take-files-worker.ts", import.meta.url);

/** A take under way: `taken` settles when every file is placed; `stop` ends it early (a build that failed). */
export interface TakeInThread {
  taken: Promise<Taken>;
  stop: () => Promise<void>;
}

/** Starts taking, in a thread, every file of `recorded` that `from` still holds as recorded into `to`. */
export function takeInThread(from: string, to: string, recorded: Iterable<readonly [string, FileStamp]>): TakeInThread {
  const thread = new WorkerThread<TakeRequest, Taken>(TAKE_WORKER, { label: "take thread" });
  const taken = thread.request({ from, to, recorded: [...recorded].map(([file, stamp]) => [file, stamp]) });
  const done = taken.then(
    () => thread.terminate(),
    () => thread.terminate(),
  );
  return {
    taken,
    stop: async () => {
      await thread.terminate();
      await done;
    },
  };
}
