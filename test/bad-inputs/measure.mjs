// Loaded with `node --import` by the bad-inputs corpus test: at exit, writes the process's peak
// resident memory (KiB, worker threads included) to the file named by REFUSAL_MEASURE.
import { writeFileSync } from "node:fs";

const out = process.env.REFUSAL_MEASURE;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
