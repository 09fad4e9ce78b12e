/**
 * Peak resident memory of a build's processes, each kind apart: GNU time
 * reports only the largest single process, and a Dateline build is a Node
 * process beside Pagefind's binary (one process or several in sequence). While
 * the build runs, this polls /proc for the process tree under the command it
 * started and keeps, per process, the larger of its current and high-water
 * resident size (VmRSS, VmHWM): the high-water mark covers the peaks between
 * two polls, as long as a poll sees the process before it exits.
 */
import fs from "node:fs";
import path from "node:path";

/** The largest resident size seen of each kind of process, in bytes; undefined when none was seen. */
export interface ProcessPeaks {
  /** The build's main Node process: the Node process nearest the started command. */
  node?: number;
  /** Any process of Pagefind's binary (`pagefind`, `pagefind_extended`). */
  pagefind?: number;
  /** Any other process of the tree (GNU time itself, a background removal). */
  other?: number;
}

/** What the poller reads of one process. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The kernel's name for it (the executable's file name, cut to 15 characters). */
  name: string;
  /** The larger of VmRSS and VmHWM, in bytes. */
  residentBytes: number;
}

/** Whether this system has /proc to poll (Linux); elsewhere the sampler reports nothing. */
export const CAN_SAMPLE = fs.existsSync("/proc/self/status");

/** Polls the tree under `rootPid` every `intervalMs` until `stop()`, which returns the peaks. */
export function sampleProcessTree(rootPid: number, intervalMs = 100): { stop: () => ProcessPeaks } {
  const peaks = new Map<number, { name: string; depth: number; bytes: number }>();
  const poll = () => {
    for (const [pid, info] of treeUnder(rootPid)) {
      const seen = peaks.get(pid);
      // A process seen between fork and exec is still a copy of its parent: its figures end at the exec (a new name).
      const before = seen?.name === info.name ? seen.bytes : 0;
      peaks.set(pid, { name: info.name, depth: info.depth, bytes: Math.max(before, info.residentBytes) });
    }
  };
  // The first poll waits an interval, by when the started command has replaced the forked copy of this process.
  const timer = CAN_SAMPLE ? setInterval(poll, intervalMs) : undefined;
  return {
    stop() {
      clearInterval(timer);
      if (CAN_SAMPLE) poll();
      return peaksByKind([...peaks.values()]);
    },
  };
}

/** Sorts the processes seen into the build's Node process, Pagefind's and the rest, keeping the largest of each. */
export function peaksByKind(processes: { name: string; depth: number; bytes: number }[]): ProcessPeaks {
  const nodes = processes.filter((p) => isNode(p.name));
  const mainDepth = Math.min(...nodes.map((p) => p.depth));
  const peaks: ProcessPeaks = {};
  const keep = (kind: keyof ProcessPeaks, bytes: number) => (peaks[kind] = Math.max(peaks[kind] ?? 0, bytes));
  for (const p of processes) {
    if (isPagefind(p.name)) keep("pagefind", p.bytes);
    else if (isNode(p.name) && p.depth === mainDepth) keep("node", p.bytes);
    else keep("other", p.bytes);
  }
  return peaks;
}

function isNode(name: string): boolean {
  return name === "node" || name === path.basename(process.execPath).slice(0, 15);
}

function isPagefind(name: string): boolean {
  return name.startsWith("pagefind");
}

/** The processes under (and including) `rootPid`, with their depth below it. */
function treeUnder(rootPid: number): Map<number, ProcessInfo & { depth: number }> {
  // Parents from /proc/<pid>/stat (one short line each); the memory only of the tree's own processes.
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(entry);
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const tree = new Map<number, ProcessInfo & { depth: number }>();
  const queue = [{ pid: rootPid, depth: 0 }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const info = readProcess(next.pid);
    if (!info) continue;
    tree.set(next.pid, { ...info, depth: next.depth });
    for (const child of children.get(next.pid) ?? []) queue.push({ pid: child, depth: next.depth + 1 });
  }
  return tree;
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Reads /proc/<pid>/status, or undefined when the process is gone. */
export function readProcess(pid: number): ProcessInfo | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(status)?.[1]?.trim();
  const kilobytes = (name: string) => Number(field(name)?.replace(/\s*kB$/, "") ?? 0);
  return {
    pid,
    ppid: Number(field("PPid") ?? 0),
    name: field("Name") ?? "",
    residentBytes: Math.max(kilobytes("VmRSS"), kilobytes("VmHWM")) * 1024,
  };
}
