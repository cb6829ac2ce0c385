/**
 * Sweep throughput: runs per second for an ensemble of `wright` runs (N = 5000, 20 years) through
 * the whole pipeline (design -> run specs -> executor -> results database), with 1 worker thread
 * and with every core. Written to bench/results/sweep-scaling.json; the target (issue 4) is a
 * speed-up of at least 1.8x on 2 cores. Run: node bin/run-ts.mjs bench/sweep-scaling.ts [--quick]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseExperiment } from "../src/experiments/experiment-file.ts";
import { sweep } from "../src/experiments/sweep.ts";
import { registry } from "../src/models/index.ts";
import { machineInfo, median } from "./harness.ts";

const quick = process.argv.includes("--quick");
const seeds = quick ? 8 : 24;
const reps = quick ? 1 : 3;
const all = availableParallelism();

/** Whole-sweep rate (pool start-up included) and steady rate (between the first and last run stored). */
async function runsPerSecond(workers: number, rep: number): Promise<{ whole: number; steady: number }> {
  const dir = mkdtempSync(join(tmpdir(), "refusal-bench-"));
  try {
    const exp = parseExperiment(
      `name: wright-ensemble\nmodel: wright\nparams: {N: 5000, M: 500000, burnInYears: 5}\nseeds: ${seeds}\nhorizon: 20\nrecord: {series: [workersShare, capitalistsShare, unemployedShare], every: 12}\n`,
      "bench.yaml",
      registry,
    );
    exp.seeds = exp.seeds.map((s) => s + 10_000 * rep);
    const t0 = performance.now();
    const stored: number[] = [];
    const r = await sweep(exp, {
      db: join(dir, "b.duckdb"),
      workers,
      onProgress: () => stored.push(performance.now()),
    });
    const secs = (performance.now() - t0) / 1000;
    if (r.done !== seeds) throw new Error(`expected ${seeds} runs, stored ${r.done}`);
    const steadySecs = (stored[stored.length - 1] - stored[0]) / 1000;
    return { whole: seeds / secs, steady: (stored.length - 1) / steadySecs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Record<string, { whole: number; steady: number }[]> = { "1": [], [String(all)]: [] };
for (let rep = 0; rep < reps; rep++) {
  for (const w of [1, all]) {
    const v = await runsPerSecond(w, rep);
    results[String(w)].push(v);
    process.stdout.write(`workers ${w}: ${v.whole.toFixed(2)} runs/s (steady ${v.steady.toFixed(2)})\n`);
  }
}
const one = median(results["1"].map((v) => v.whole));
const many = median(results[String(all)].map((v) => v.whole));
const oneSteady = median(results["1"].map((v) => v.steady));
const manySteady = median(results[String(all)].map((v) => v.steady));
const record = {
  benchmark: "sweep-scaling",
  date: new Date().toISOString(),
  machine: machineInfo(),
  quick,
  experiment: { model: "wright", N: 1000, years: 20, runsPerSweep: seeds, repetitions: reps },
  runsPerSecond: { workers1: one, [`workers${all}`]: many },
  speedup: many / one,
  steadyRunsPerSecond: { workers1: oneSteady, [`workers${all}`]: manySteady },
  steadySpeedup: manySteady / oneSteady,
  target: { speedupOn2Cores: 1.8 },
  note: "whole pipeline: design, worker threads, one DuckDB writer committing each run; medians over repetitions",
};
const out = fileURLToPath(new URL(`./results/sweep-scaling${quick ? "-quick" : ""}.json`, import.meta.url));
mkdirSync(fileURLToPath(new URL("./results/", import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(
  `speed-up with ${all} workers: ${(many / one).toFixed(2)}x whole sweep, ${(manySteady / oneSteady).toFixed(2)}x steady -> ${out}\n`,
);
