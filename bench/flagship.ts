/**
 * The flagship's wall time (issue 13: `npm start` within 2 minutes on this 2-core machine): runs
 * `node bin/refusal.mjs compare` once on a fresh results database and writes its wall time, the
 * command's own reported total, the model version and the machine's load into the `flagship` key of
 * bench/results/refusal.json (bench/refusal.ts keeps it). Benchmark, not test.
 * Run: node bin/run-ts.mjs bench/flagship.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { refusal } from "../src/models/refusal/index.ts";
import { machineInfo } from "./harness.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "refusal-flagship-"));
const args = [
  "bin/refusal.mjs",
  "compare",
  "--db",
  join(dir, "flagship.duckdb"),
  "--out",
  join(dir, "report.html"),
];
const machine = machineInfo();
const t0 = performance.now();
const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
const wallSeconds = (performance.now() - t0) / 1000;
rmSync(dir, { recursive: true, force: true });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const reported = /([0-9.]+) s in all/.exec(r.stdout);
const flagship = {
  command: "node bin/refusal.mjs compare (npm start), on a fresh database",
  modelVersion: refusal.version,
  wallSeconds: Math.round(wallSeconds * 10) / 10,
  reportedSeconds: reported ? Number(reported[1]) : null,
  target: 120,
  machine,
  note: "one run on the 2 cores; wall time includes start-up",
};
const out = fileURLToPath(new URL("./results/refusal.json", import.meta.url));
const doc = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : { benchmark: "refusal" };
doc.flagship = flagship;
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(flagship)}\n-> ${out}\n`);
