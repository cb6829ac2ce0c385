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

async function runsPerSecond(workers: number, rep: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "refusal-bench-"));
  try {
    const exp = parseExperiment(
      `name: wright-ensemble\nmodel: wright\nparams: {N: 5000, M: 500000, burnInYears: 5}\nseeds: ${seeds}\nhorizon: 20\nrecord: {series: [workersShare, capitalistsShare, unemployedShare], every: 12}\n`,
      "bench.yaml",
      registry,
    );
    exp.seeds = exp.seeds.map((s) => s + 10_000 * rep);
    const t0 = performance.now();
    const r = await sweep(exp, { db: join(dir, "b.duckdb"), workers });
    const secs = (performance.now() - t0) / 1000;
    if (r.done !== seeds) throw new Error(`expected ${seeds} runs, stored ${r.done}`);
    return seeds / secs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Record<string, number[]> = { "1": [], [String(all)]: [] };
for (let rep = 0; rep < reps; rep++) {
  for (const w of [1, all]) {
    const v = await runsPerSecond(w, rep);
    results[String(w)].push(v);
    process.stdout.write(`workers ${w}: ${v.toFixed(2)} runs/s\n`);
  }
}
const one = median(results["1"]);
const many = median(results[String(all)]);
const record = {
  benchmark: "sweep-scaling",
  date: new Date().toISOString(),
  machine: machineInfo(),
  quick,
  experiment: { model: "wright", N: 1000, years: 20, runsPerSweep: seeds, repetitions: reps },
  runsPerSecond: { workers1: one, [`workers${all}`]: many },
  speedup: many / one,
  target: { speedupOn2Cores: 1.8 },
  note: "whole pipeline: design, worker threads, one DuckDB writer committing each run; medians over repetitions",
};
const out = fileURLToPath(new URL(`./results/sweep-scaling${quick ? "-quick" : ""}.json`, import.meta.url));
mkdirSync(fileURLToPath(new URL("./results/", import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`speed-up with ${all} workers: ${(many / one).toFixed(2)}x -> ${out}\n`);
