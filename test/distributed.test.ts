import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partialRuns, type StoreDigest, storeDigest } from "../src/distributed/testing/digest.ts";
import { CliProcess } from "../src/distributed/testing/processes.ts";
import { redisServerAvailable, TestRedis } from "../src/distributed/testing/redis-server.ts";
import { parseExperiment } from "../src/experiments/experiment-file.ts";
import { sweep } from "../src/experiments/sweep.ts";
import { registry } from "../src/models/index.ts";
import { Store } from "../src/store/index.ts";

/**
 * Distributed sweeps against a real redis-server started here (127.0.0.1, a free port, no
 * persistence, a password with characters that need URL encoding). Coordinators and workers are
 * `refusal` processes, killed with SIGKILL where the test says so. Every sweep must store the
 * same 200 runs as an inline sweep: same keys, series hashes, series values and summaries.
 */

const PASSWORD = "s3cret p@ss/word";
const RUNS = 200;
const tmp = mkdtempSync(join(tmpdir(), "refusal-distributed-"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 5 design points x 40 seeds of wright (N = 400, 15 years): about 10 ms a run. */
function experimentText(name: string): string {
  return `name: ${name}\nmodel: wright\nparams: {N: 400, burnInYears: 2}\nfactors:\n  wmax: {min: 60, max: 100}\ndesign: {kind: grid, levels: 5}\nseeds: 40\nhorizon: 15\nrecord: {series: [workersShare, unemployedShare], every: 12}\n`;
}
function experimentFile(name: string): string {
  const f = join(tmp, `${name}.yaml`);
  writeFileSync(f, experimentText(name));
  return f;
}

const procs: CliProcess[] = [];
function refusal(args: string[], env: Record<string, string> = {}): CliProcess {
  const p = new CliProcess(args, env);
  procs.push(p);
  return p;
}

describe.skipIf(!redisServerAvailable())("distributed sweeps on a real Redis", () => {
  let redis: TestRedis;
  let conn: Redis;
  let reference: StoreDigest;

  const startWorkers = async (n: number, extra: string[] = []) => {
    const ws = Array.from({ length: n }, () =>
      refusal(["worker", "--redis", redis.url, "--concurrency", "1", "--lock-timeout", "2", ...extra]),
    );
    for (const w of ws) await w.waitFor(/waiting for experiments/);
    return ws;
  };
  const stopWorkers = async (ws: CliProcess[]) => {
    for (const w of ws) w.kill("SIGTERM");
    for (const w of ws) if (w.child.signalCode === null) expect(await w.exited, w.stderr).toBe(0);
  };
  const queueOf = (experiment: string) => {
    const q = new Queue("runs", { connection: conn, prefix: `refusal:${experiment}` });
    q.on("error", () => undefined);
    return q;
  };
  /** Wait until the coordinator's progress line (every 100 ms) says it stored at least `n` runs. */
  const waitStored = async (coord: CliProcess, n: number) => {
    const stored = () =>
      Math.max(0, ...[...coord.stderr.matchAll(/ (\d+)\/200 \|/g)].map((m) => Number(m[1])));
    while (stored() < n) {
      if (!coord.running) throw new Error(`the coordinator exited:\n${coord.stderr}`);
      await sleep(20);
    }
  };
  const coordinator = (experiment: string, db: string, extra: string[] = []) =>
    refusal(
      [
        "sweep",
        experimentFile(experiment),
        "--backend",
        "redis",
        "--redis",
        redis.url,
        "--db",
        db,
        "--lock-timeout",
        "2",
        ...extra,
      ],
      { REFUSAL_PROGRESS_MS: "100" },
    );

  beforeAll(async () => {
    redis = await TestRedis.start({ password: PASSWORD });
    conn = new Redis(redis.url, { maxRetriesPerRequest: null });
    conn.on("error", () => undefined);
    // The reference: the same runs inline, and on worker threads.
    const exp = parseExperiment(experimentText("reference"), "reference.yaml", registry);
    await sweep(exp, { db: join(tmp, "inline.duckdb"), workers: 0 });
    await sweep(exp, { db: join(tmp, "threads.duckdb"), workers: 2 });
    reference = await storeDigest(join(tmp, "inline.duckdb"), "reference");
  }, 180_000);

  afterAll(async () => {
    for (const p of procs) p.kill("SIGKILL");
    await Promise.all(procs.map((p) => p.exited));
    conn?.disconnect();
    await redis?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("an inline and a threaded sweep store the same 200 runs (the reference)", async () => {
    expect(reference).toMatchObject({ links: RUNS, runs: RUNS });
    expect(await storeDigest(join(tmp, "threads.duckdb"), "reference")).toEqual(reference);
  });

  it("three workers, one killed with SIGKILL holding a run: every run stored once, as inline; its run retried", async () => {
    const workers = await startWorkers(3);
    const db = join(tmp, "worker-killed.duckdb");
    const coord = coordinator("worker-killed", db);
    const victim = workers[0];
    const victimName = `${hostname()}:${victim.pid}`;
    const q = queueOf("worker-killed");
    // Freeze the victim, and kill it only if it then holds a run: that run is orphaned for sure.
    // (Wait on the runs stored, not on BullMQ's completed count: the coordinator removes a job once
    // its result is stored, so that count can stay low for the whole sweep.)
    await waitStored(coord, 20);
    let orphans: string[] = [];
    while (orphans.length === 0) {
      await sleep(30);
      if (!coord.running) throw new Error(`the sweep ended before the victim held a run:\n${coord.stderr}`);
      if (!(await conn.exists("refusal:worker-killed:epoch"))) continue;
      victim.kill("SIGSTOP");
      await sleep(100);
      orphans = (await q.getActive()).filter((j) => j.processedBy === victimName).map((j) => String(j.id));
      if (orphans.length === 0) victim.kill("SIGCONT");
    }
    victim.kill("SIGKILL");
    await q.close();
    expect(await coord.exited, coord.stderr).toBe(0);
    expect(coord.stdout).toMatch(/worker-killed: 200\/200 runs stored .*\(0 already there, 200 run now/);
    expect(coord.stdout).toMatch(/queue: 200 runs enqueued, 0 already queued/);
    expect(await storeDigest(db, "worker-killed")).toEqual(reference);
    // The orphaned run was given to another worker by the stalled-job check.
    const s = await Store.open(db, { readOnly: true });
    const rows = (
      await s.query(`SELECT run_key, worker FROM runs WHERE run_key IN ('${orphans.join("','")}')`)
    ).rows;
    await s.close();
    expect(rows).toHaveLength(orphans.length);
    for (const [, worker] of rows) expect(worker).not.toBe(victimName);
    // Redis is left clean: the experiment's jobs, results and registration are gone. A worker still
    // attached for up to a second after the cleanup (it polls the registry every second before it
    // retires the queue) may write back BullMQ's two markers, `meta` and `stalled-check` (which
    // expires); they hold no job and no result.
    const left = (await conn.keys("refusal:worker-killed:*")).filter(
      (k) => !/:runs:(meta|stalled-check)$/.test(k),
    );
    expect(left).toEqual([]);
    expect(await conn.hexists("refusal:experiments", "worker-killed")).toBe(0);
    await stopWorkers(workers.slice(1));
    for (const w of workers.slice(1)) expect(w.stderr).toMatch(/stopped after \d+ runs/);
  }, 180_000);

  it("the coordinator killed with SIGKILL and started again: it enqueues nothing twice and stores every run once", async () => {
    const workers = await startWorkers(3);
    const db = join(tmp, "coordinator-killed.duckdb");
    const first = coordinator("coordinator-killed", db);
    await waitStored(first, 40);
    first.kill("SIGKILL");
    await first.exited;
    await sleep(300); // the workers go on; their results wait in Redis
    const again = coordinator("coordinator-killed", db);
    expect(await again.exited, again.stderr).toBe(0);
    const m = /200\/200 runs stored .*\((\d+) already there, (\d+) run now/.exec(again.stdout);
    expect(m, again.stdout).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(40);
    expect(Number(m![1]) + Number(m![2])).toBe(RUNS);
    expect(again.stdout).toMatch(/queue: 0 runs enqueued, \d+ already queued/);
    expect(await storeDigest(db, "coordinator-killed")).toEqual(reference);
    await stopWorkers(workers);
  }, 180_000);

  it("Redis stopped mid-sweep and started again empty: the coordinator enqueues what is missing and completes", async () => {
    const workers = await startWorkers(3);
    const db = join(tmp, "redis-restarted.duckdb");
    const coord = coordinator("redis-restarted", db, ["--redis-timeout", "30"]);
    await waitStored(coord, 40);
    await redis.stop();
    await sleep(500);
    await redis.start();
    expect(await coord.exited, coord.stderr).toBe(0);
    expect(coord.stderr).toMatch(/Redis lost the queue of experiment 'redis-restarted'/);
    expect(coord.stdout).toMatch(/200\/200 runs stored/);
    expect(coord.stdout).toMatch(/\d+ enqueued again after Redis lost them/);
    expect(await storeDigest(db, "redis-restarted")).toEqual(reference);
    await stopWorkers(workers);
  }, 180_000);

  it("Redis gone for good: the coordinator exits 2 with one line, no partial run, and the same command completes later", async () => {
    const workers = await startWorkers(2);
    const db = join(tmp, "redis-gone.duckdb");
    const coord = coordinator("redis-gone", db, ["--redis-timeout", "1.5"]);
    await waitStored(coord, 40);
    await redis.stop();
    expect(await coord.exited).toBe(2);
    const lines = coord.stderr
      .split("\n")
      .filter((l) => l.startsWith("refusal: ") && !/reconnecting/.test(l));
    expect(lines).toEqual([
      `refusal: lost the connection to Redis at redis://:***@127.0.0.1:${redis.port} for 1.5 s; the runs stored so far are kept in ${db}: start Redis and run the same command again to resume`,
    ]);
    expect(coord.stderr).not.toContain(PASSWORD);
    expect(await partialRuns(db, "redis-gone")).toBe(0);
    await redis.start();
    const again = coordinator("redis-gone", db);
    expect(await again.exited, again.stderr).toBe(0);
    expect(await storeDigest(db, "redis-gone")).toEqual(reference);
    await stopWorkers(workers);
  }, 180_000);
});
