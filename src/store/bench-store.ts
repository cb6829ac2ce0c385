/**
 * Throughput of the store:
 *   node bin/run-ts.mjs src/store/bench-store.ts [runs=300] [steps=1200] [metrics=10] [stepsPerUnit=12]
 * Writes synthetic runs (random-walk series: about as compressible as real model output) into a
 * fresh database in a temporary directory and prints runs per second and bytes per run.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "./store.ts";
import type { RunRecord } from "./types.ts";

const [runs = 300, steps = 1200, m = 10, perUnit = 12] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), "refusal-bench-"));
const db = join(dir, "bench.duckdb");

/** Park-Miller generator: deterministic, good enough for benchmark data. */
let state = 12345;
const next = () => {
  state = (state * 16807) % 2147483647;
  return state / 2147483647;
};

const metrics = Array.from({ length: m }, (_, j) => `metric_${j}`);
const t = Float64Array.from({ length: steps + 1 }, (_, i) => i / perUnit);
function record(k: number): RunRecord {
  const values = metrics.map(() => {
    let x = 1;
    return Float64Array.from({ length: steps + 1 }, () => (x *= 1 + (next() - 0.5) * 0.02));
  });
  const summary: Record<string, number> = {};
  metrics.forEach((name, j) => {
    summary[`${name}_mean`] = values[j][0];
    summary[`${name}_min`] = values[j][1];
    summary[`${name}_max`] = values[j][2];
  });
  return {
    runKey: `${k.toString(16).padStart(8, "0")}${"ab".repeat(28)}`,
    experiment: "bench",
    pointIndex: k,
    model: "bench",
    modelVersion: "1",
    params: { alpha: next(), beta: next(), n: k },
    seed: k,
    status: "ok",
    seriesHash: "f".repeat(64),
    steps,
    tEnd: steps / perUnit,
    wallMs: 1,
    worker: "w0",
    summary,
    series: { t, metrics, values },
  };
}

const records = Array.from({ length: runs }, (_, k) => record(k));
const store = await Store.open(db);
await store.putExperiment({
  name: "bench",
  model: "bench",
  modelVersion: "1",
  spec: {},
  softwareVersion: "0",
});
const t0 = performance.now();
const windows: string[] = [];
let w0 = t0;
for (let k = 0; k < runs; k++) {
  await store.putRun(records[k]);
  if ((k + 1) % 200 === 0) {
    const now = performance.now();
    windows.push(((200 / (now - w0)) * 1000).toFixed(0));
    w0 = now;
  }
}
const dt = (performance.now() - t0) / 1000;
const q0 = performance.now();
await store.query(`SELECT metric, t, value FROM series WHERE run_key = '${records[runs >> 1].runKey}'`);
const qMs = performance.now() - q0;
await store.close();
const bytes = statSync(db).size;
const rows = runs * (steps + 1) * m;
process.stdout.write(
  `${runs} runs of ${steps + 1} rows (t = step/${perUnit}) x ${m} metrics (${rows.toLocaleString("en")} series rows) in ${dt.toFixed(2)} s: ` +
    `${(runs / dt).toFixed(0)} runs/s, ${((rows / dt) * 1e-6).toFixed(2)} M rows/s\n` +
    `file after close: ${(bytes / 2 ** 20).toFixed(1)} MiB, ${(bytes / runs / 1024).toFixed(0)} KiB per run ` +
    `(raw doubles t+value: ${(((steps + 1) * m * 16) / 1024).toFixed(0)} KiB)\n` +
    `runs/s by window of 200 runs: ${windows.join(", ")}\n` +
    `one run's series read back through the series view: ${qMs.toFixed(1)} ms\n`,
);
rmSync(dir, { recursive: true, force: true });
