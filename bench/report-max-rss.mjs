// Preloaded into a measured build when GNU time is missing: writes the
// process's peak resident set size (kilobytes) to DATELINE_BENCH_RSS_FILE on exit.
import fs from "node:fs";

const file = process.env.DATELINE_BENCH_RSS_FILE;
if (file) process.on("exit", () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
