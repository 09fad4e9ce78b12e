// Entry point of the search-index thread. A worker thread does not run the
// `--import tsx` its parent was started with before loading its entry file,
// so it registers tsx itself and then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import(new URL("./search-index-worker.ts", import.meta.url).href);
