// The entry file of every worker thread (worker-thread.ts). A worker thread
// does not run the `--import tsx` its parent was started with before loading
// its entry file, so this registers tsx and then loads the module it is given.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
