import * as realPagefind from "pagefind";
import fs from "node:fs";
function childCpu(): number {
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === process.pid) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {}
  }
  return total;
}
let measured = 0;
const pagefind = { ...realPagefind, close: async () => { measured = childCpu(); return realPagefind.close(); } };
(globalThis as any).__pf = pagefind;
import { archiveFor } from "/work/wt-publishing/src/site/archive-source.ts";
import { searchRecords, writeSearchIndex } from "/work/wt-publishing/src/site/search-index.ts";
const [input, site, mode] = process.argv.slice(2);
const { archive } = await archiveFor(input!);
const t0 = performance.now();
if (mode === "records") {
  const { index } = await pagefind.createIndex({});
  const recs = searchRecords(archive);
  const ta = performance.now();
  await Promise.all(recs.map((r) => index!.addCustomRecord(r)));
  const tb = performance.now();
  const cpuAdd = childCpu();
  await index!.writeFiles({ outputPath: "/tmp/pfb-out/pagefind" });
  console.log("records built", (ta - t0).toFixed(0), "ms; add", (tb - ta).toFixed(0), "ms (pagefind cpu", cpuAdd.toFixed(2), "); write", (performance.now() - tb).toFixed(0), "ms; content MB", (recs.reduce((n, r) => n + r.content.length, 0) / 1e6).toFixed(1));
  await pagefind.close();
} else if (mode === "seq") {
  const { index } = await pagefind.createIndex({});
  for (const r of searchRecords(archive)) await index!.addCustomRecord(r);
  await index!.writeFiles({ outputPath: "/tmp/pfb-out/pagefind" });
  await pagefind.close();
} else if (mode === "html") {
  const { index } = await pagefind.createIndex({});
  const res = await index!.addDirectory({ path: site!, glob: "articles/**/*.html" });
  await index!.writeFiles({ outputPath: "/tmp/pfb-out/pagefind" });
  await pagefind.close();
  console.log("pages", res.page_count);
} else if (mode === "htmlall") {
  const { index } = await pagefind.createIndex({});
  const res = await index!.addDirectory({ path: site! });
  await index!.writeFiles({ outputPath: "/tmp/pfb-out/pagefind" });
  await pagefind.close();
  console.log("pages", res.page_count);
}
console.log(mode, ((performance.now() - t0) / 1000).toFixed(2), "s wall; pagefind cpu", measured.toFixed(2), "s; node cpu", (process.cpuUsage().user/1e6).toFixed(2));
