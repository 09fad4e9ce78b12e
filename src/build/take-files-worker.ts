/**
 * The take thread: links the last site's unchanged files into the new one
 * (take-files.ts) while the build's main thread reads the content. Linking a
 * site is a system call per file and per folder, all waiting on the disk.
 */
import { answerRequests } from "../threads/answer-requests.ts";
import { takeUnchanged, type Taken } from "./take-files.ts";
import type { TakeRequest } from "./take-in-thread.ts";

answerRequests<TakeRequest, Taken>(({ from, to, recorded }) => takeUnchanged(from, to, recorded));
