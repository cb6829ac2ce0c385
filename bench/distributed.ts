/**
 * Distributed sweep throughput: runs per second through the whole pipeline (coordinator ->
 * Redis/BullMQ queue -> `refusal worker` processes -> results back -> one DuckDB writer) with
 * 1, 2 and 3 worker processes (each `--concurrency 1`), next to the same sweep inline and on
 * worker threads. Redis is a redis-server started here (127.0.0.1, no persistence); the
 * coordinator runs in this process. Written to bench/results/distributed.json (with --quick, to
 * bench/results/tmp/distributed-quick.json). Times are data, never asserted.
 * Run: node bin/run-ts.mjs bench/distributed.ts [--quick]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { distributedSweep } from "../src/distributed/coordinator.ts";
import { parseRedisUrl } from "../src/distributed/redis-url.ts";
import { CliProcess } from "../src/distributed/testing/processes.ts";
import { REDIS_SERVER, redisServerAvailable, TestRedis } from "../src/distributed/testing/redis-server.ts";
import { parseExperiment } from "../src/experiments/experiment-file.ts";
import { sweep } from "../src/experiments/sweep.ts";
import { registry } from "../src/models/index.ts";
import { machineInfo, median } from "./harness.ts";

const quick = process.argv.includes("--quick");
const seeds = quick ? 30 : 120;
const reps = quick ? 1 : 3;
const WORKER_COUNTS = [1, 2, 3];

if (!redisServerAvailable()) {
  process.stderr.write(`bench/distributed.ts: ${REDIS_SERVER} is missing; install redis-server\n`);
  process.exit(2);
}

/** wright, N = 1000, 20 years: tens of milliseconds a run, so the runs (not the writer) dominate. */
function experiment(name: string, rep: number) {
  const exp = parseExperiment(
    `name: ${name}\nmodel: wright\nparams: {N: 1000, burnInYears: 2}\nseeds: ${seeds}\nhorizon: 20\nrecord: {series: none}\n`,
    `${name}.yaml`,
    registry,
  );
  exp.seeds = exp.seeds.map((s) => s + 10_000 * rep);
  return exp;
}

/** Every run must have ended ok: a rate of failing runs would measure nothing. */
function check(what: string, byStatus: Record<string, number>): void {
  if (byStatus.ok !== seeds)
    throw new Error(`${what}: expected ${seeds} ok runs, got ${JSON.stringify(byStatus)}`);
}

const dir = mkdtempSync(join(tmpdir(), "refusal-bench-distributed-"));
const redis = await TestRedis.start();
const results: Record<string, number[]> = {};
const record = (key: string, runsPerSecond: number) => {
  results[key] = [...(results[key] ?? []), runsPerSecond];
  process.stdout.write(`${key}: ${runsPerSecond.toFixed(2)} runs/s\n`);
};

try {
  for (let rep = 0; rep < reps; rep++) {
    for (const [key, workers] of [
      ["inline", 0],
      [`threads${availableParallelism()}`, availableParallelism()],
    ] as const) {
      const t0 = performance.now();
      const r = await sweep(experiment(`b-${key}-${rep}`, rep), {
        db: join(dir, `${key}-${rep}.duckdb`),
        workers,
      });
      const secs = (performance.now() - t0) / 1000;
      check(key, r.byStatus);
      record(key, seeds / secs);
    }
    for (const n of WORKER_COUNTS) {
      const procs = Array.from(
        { length: n },
        () => new CliProcess(["worker", "--redis", redis.url, "--concurrency", "1"]),
      );
      for (const p of procs) await p.waitFor(/waiting for experiments/);
      const name = `b-redis${n}-${rep}`;
      const t0 = performance.now();
      const r = await distributedSweep(experiment(name, rep), {
        db: join(dir, `${name}.duckdb`),
        redis: parseRedisUrl(redis.url),
      });
      const secs = (performance.now() - t0) / 1000;
      check(`redisWorkers${n}`, r.byStatus);
      record(`redisWorkers${n}`, seeds / secs);
      for (const p of procs) p.kill("SIGTERM");
      for (const p of procs) await p.exited;
    }
  }
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}

const medians = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
const out = {
  benchmark: "distributed",
  date: new Date().toISOString(),
  machine: machineInfo(),
  quick,
  experiment: { model: "wright", N: 1000, years: 20, series: "none", runsPerSweep: seeds, repetitions: reps },
  runsPerSecond: medians,
  speedupVsOneWorkerProcess: Object.fromEntries(
    WORKER_COUNTS.map((n) => [`redisWorkers${n}`, medians[`redisWorkers${n}`] / medians.redisWorkers1]),
  ),
  samples: results,
  note: "runs/s from the start of the sweep to its last run committed; each worker process runs one run at a time on one worker thread; the coordinator (and its DuckDB writer) and Redis share the same machine; medians over repetitions",
};
// A quick run goes to the git-ignored scratch folder, never over the real results.
const where = quick ? "./results/tmp/" : "./results/";
const file = fileURLToPath(new URL(`${where}distributed${quick ? "-quick" : ""}.json`, import.meta.url));
mkdirSync(fileURLToPath(new URL(where, import.meta.url)), { recursive: true });
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`-> ${file}\n`);
