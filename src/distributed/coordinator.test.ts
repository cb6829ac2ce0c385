import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Job, Worker } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRun } from "../experiments/execute-run.ts";
import { parseExperiment } from "../experiments/experiment-file.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { planExperiment, sweep } from "../experiments/sweep.ts";
import { registry } from "../models/index.ts";
import { Store } from "../store/index.ts";
import { distributedSweep } from "./coordinator.ts";
import { parseRedisUrl } from "./redis-url.ts";
import { encodeResult } from "./result.ts";
import { startWorker } from "./run-worker.ts";
import { redisServerAvailable, TestRedis } from "./testing/redis-server.ts";
import { fromWire } from "./wire.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-coordinator-"));

/** threshold, sd in {10, 14} x seeds {0, 1}: 4 runs. */
const experiment = (name: string) =>
  parseExperiment(
    `name: ${name}\nmodel: threshold\nparams: {N: 60, mean: 25}\nfactors:\n  sd: {values: [10, 14]}\nseeds: 2\nhorizon: 40\n`,
    `${name}.yaml`,
    registry,
  );

/** The 4 specs and a fifth design point equal to the first (same params and seed: same run key). */
function withDuplicate(name: string): RunSpec[] {
  const specs = planExperiment(experiment(name));
  return [...specs, { ...specs[0], pointIndex: 2 }];
}

describe.skipIf(!redisServerAvailable())("distributedSweep (in process, with a test worker)", () => {
  let redis: TestRedis;
  let conn: Redis;
  beforeAll(async () => {
    redis = await TestRedis.start();
    conn = new Redis(redis.url, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    conn.disconnect();
    await redis.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  /**
   * A worker that runs specs like `refusal worker` (but enforces no deadline per job), except where
   * `special` says otherwise; `concurrency` runs at a time (default 1).
   */
  const testWorker = (
    experiment: string,
    special: (spec: RunSpec) => unknown,
    calls: Map<string, number>,
    concurrency = 1,
  ) => {
    const w = new Worker(
      "runs",
      async (job: Job) => {
        calls.set(String(job.id), (calls.get(String(job.id)) ?? 0) + 1);
        const spec = fromWire(job.data) as RunSpec;
        const s = special(spec);
        if (s !== undefined) return s;
        return encodeResult(
          executeRun(spec, (n) => registry.get(n)),
          "test-worker",
        );
      },
      {
        connection: conn.duplicate(),
        prefix: `refusal:${experiment}`,
        drainDelay: 1,
        name: "test-worker",
        concurrency,
      },
    );
    w.on("error", () => undefined);
    return w;
  };

  it("distributedSweep() stores one job per run key, failed jobs once as errors, and leaves Redis clean", async () => {
    const calls = new Map<string, number>();
    const worker = testWorker(
      "faults",
      (spec) => {
        if (spec.params.sd !== 14) return undefined;
        if (spec.seed === 1) throw new Error("boom");
        return { v: 1, worker: "liar", outcome: "not an outcome" };
      },
      calls,
    );
    const db = join(tmp, "faults.duckdb");
    const r = await distributedSweep(
      experiment("faults"),
      { db, redis: parseRedisUrl(redis.url), pollMs: 20 },
      withDuplicate("faults"),
    );
    await worker.close();
    expect(r).toMatchObject({ done: 5, total: 5, ran: 5, failed: 2, interrupted: false, enqueued: 4 });
    expect(r.byStatus).toEqual({ ok: 3, error: 2 });
    expect([...calls.values()]).toEqual([1, 1, 1, 1]); // nothing retried
    const s = await Store.open(db, { readOnly: true });
    const rows = (
      await s.query(
        "SELECT r.params->>'sd', r.seed, r.status, r.error_text, count(*) FROM runs r JOIN experiment_runs e USING (run_key) GROUP BY ALL ORDER BY 1, 2",
      )
    ).rows;
    await s.close();
    expect(rows).toEqual([
      ["10", 0, "ok", null, 2],
      ["10", 1, "ok", null, 1],
      ["14", 0, "error", "unreadable result from worker liar: the result is not a run outcome", 1],
      ["14", 1, "error", "the job failed in the queue: boom", 1],
    ]);
    expect(await conn.keys("refusal:faults:*")).toEqual([]);
    expect(await conn.hexists("refusal:experiments", "faults")).toBe(0);
  });

  it("distributedSweep() stores a job whose payload in Redis is corrupted once as a failed run, and goes on", async () => {
    const db = join(tmp, "corrupt.duckdb");
    const specs = planExperiment(experiment("corrupt"));
    const bad = specs[1].runKey;
    const sweep = distributedSweep(experiment("corrupt"), {
      db,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
    });
    // Corrupt one job as soon as it is queued, before any worker runs.
    while ((await conn.hexists(`refusal:corrupt:runs:${bad}`, "data")) === 0)
      await new Promise((r) => setTimeout(r, 10));
    await conn.hset(`refusal:corrupt:runs:${bad}`, "data", "{{{not json");
    await new Promise((r) => setTimeout(r, 1500)); // the coordinator finds it among the waiting jobs
    const worker = testWorker("corrupt", () => undefined, new Map());
    const r = await sweep;
    await worker.close();
    expect(r).toMatchObject({ done: 4, total: 4, interrupted: false });
    expect(r.byStatus).toEqual({ ok: 3, error: 1 });
    const s = await Store.open(db, { readOnly: true });
    const [row] = (await s.query(`SELECT status, error_text FROM runs WHERE run_key = '${bad}'`)).rows;
    await s.close();
    expect(row[0]).toBe("error");
    expect(String(row[1])).toMatch(/^its job in Redis could not be read \(corrupted\?\): /);
    expect(await conn.keys("refusal:corrupt:*")).toEqual([]);
  });

  it("distributedSweep() stops waiting for a job a worker holds past its deadline: stored once as failed, the sweep completes", async () => {
    const db = join(tmp, "held.duckdb");
    const specs = planExperiment(experiment("held"));
    const held = specs[2].runKey;
    // Two runs at a time: the held run keeps one slot for ever, the other runs the rest.
    const worker = testWorker(
      "held",
      (spec) => (spec.runKey === held ? new Promise(() => undefined) : undefined), // never ends
      new Map(),
      2,
    );
    const r = await distributedSweep(experiment("held"), {
      db,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
      jobTimeoutMs: 300,
      overdueGraceMs: 300,
    });
    await worker.close(true);
    expect(r).toMatchObject({ done: 4, total: 4, interrupted: false });
    expect(r.byStatus).toEqual({ ok: 3, error: 1 });
    const s = await Store.open(db, { readOnly: true });
    const [row] = (await s.query(`SELECT status, error_text FROM runs WHERE run_key = '${held}'`)).rows;
    await s.close();
    expect(row).toEqual([
      "error",
      "no worker finished it within 0.6 s: worker test-worker still holds it (stuck?); not retried",
    ]);
    expect(await conn.keys("refusal:held:*")).toEqual([]);
  });

  it("distributedSweep() with `refusal worker`: a run past its deadline is stopped, retried --job-retries times, then stored as failed", async () => {
    // wright with 50,000 workers over 300 years takes well over 10 s; the deadline is 1.5 s.
    const exp = parseExperiment(
      "name: late\nmodel: wright\nparams: {N: 50000}\nseeds: 1\nhorizon: 300\n",
      "late.yaml",
      registry,
    );
    const db = join(tmp, "late.duckdb");
    const worker = await startWorker({
      redis: parseRedisUrl(redis.url),
      prefix: "refusal",
      concurrency: 1,
      lockTimeoutMs: 30_000,
      pollMs: 50,
      name: "w-late",
    });
    const started = performance.now();
    try {
      const r = await distributedSweep(exp, {
        db,
        redis: parseRedisUrl(redis.url),
        pollMs: 20,
        jobTimeoutMs: 1500,
        jobRetries: 1,
      });
      expect(r).toMatchObject({ done: 1, total: 1, interrupted: false });
      expect(r.byStatus).toEqual({ error: 1 });
    } finally {
      await worker.close(true);
    }
    expect(performance.now() - started).toBeLessThan(30_000);
    const s = await Store.open(db, { readOnly: true });
    const rows = (await s.query("SELECT status, error_text, worker FROM runs")).rows;
    await s.close();
    expect(rows).toEqual([
      [
        "error",
        "no worker finished it within its deadline of 1.5 s, in 2 attempts (raise it with --job-timeout S); not retried",
        "w-late",
      ],
    ]);
    expect(await conn.keys("refusal:late:*")).toEqual([]);
  });

  it("an inline sweep and then a Redis sweep of the same file share one database, in either order", async () => {
    // Inline first: the coordinator finds every run stored and enqueues nothing.
    const first = join(tmp, "inline-first.duckdb");
    const inline = await sweep(experiment("mixed"), { db: first, workers: 0 });
    expect(inline).toMatchObject({ done: 4, ran: 4, interrupted: false });
    const r = await distributedSweep(experiment("mixed"), {
      db: first,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
    });
    expect(r).toMatchObject({ done: 4, total: 4, alreadyStored: 4, ran: 0, enqueued: 0, interrupted: false });
    // Redis first: the inline sweep finds every run stored and runs none.
    const second = join(tmp, "redis-first.duckdb");
    const worker = testWorker("mixed", () => undefined, new Map());
    const d = await distributedSweep(experiment("mixed"), {
      db: second,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
    });
    await worker.close();
    expect(d).toMatchObject({ done: 4, ran: 4, interrupted: false });
    const again = await sweep(experiment("mixed"), { db: second, workers: 0 });
    expect(again).toMatchObject({ done: 4, total: 4, alreadyStored: 4, ran: 0, interrupted: false });
    // One experiment row each, with the factor order that decides the design.
    for (const db of [first, second]) {
      const s = await Store.open(db, { readOnly: true });
      const rows = (await s.query("SELECT name, spec->>'$.factorOrder' FROM experiments")).rows;
      await s.close();
      expect(rows).toEqual([["mixed", '["sd"]']]);
    }
    expect(await conn.keys("refusal:mixed:*")).toEqual([]);
  });

  it("distributedSweep() of a two-factor grid, then an inline sweep of it: one record and one design, nothing refused", async () => {
    // The case: a 2 x 2 goodwin grid x 2 seeds through Redis, then the same file inline.
    const drift = () =>
      parseExperiment(
        "name: drift\nmodel: goodwin\nfactors:\n  omega0: {values: [0.8, 0.85]}\n  alpha: {values: [0.02, 0.025]}\nseeds: 2\nhorizon: 2\n",
        "drift.yaml",
        registry,
      );
    const db = join(tmp, "drift.duckdb");
    const worker = testWorker("drift", () => undefined, new Map());
    const d = await distributedSweep(drift(), { db, redis: parseRedisUrl(redis.url), pollMs: 20 });
    await worker.close();
    expect(d).toMatchObject({ done: 8, total: 8, ran: 8, interrupted: false });
    const again = await sweep(drift(), { db, workers: 0 });
    expect(again).toMatchObject({ done: 8, total: 8, alreadyStored: 8, ran: 0, interrupted: false });
    const s = await Store.open(db, { readOnly: true });
    const design = await s.design("drift");
    await s.close();
    expect(design).toEqual({ kind: "grid", factors: ["omega0", "alpha"], points: 4 });
    expect(await conn.keys("refusal:drift:*")).toEqual([]);
  });

  it("distributedSweep() interrupted keeps the queue; run again, it enqueues nothing and collects the rest", async () => {
    const calls = new Map<string, number>();
    const db = join(tmp, "resume.duckdb");
    const stop = new AbortController();
    const first = distributedSweep(experiment("resume"), {
      db,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
      signal: stop.signal,
      onProgress: () => stop.abort(),
    });
    const worker = testWorker("resume", () => undefined, calls);
    const r1 = await first;
    expect(r1.interrupted).toBe(true);
    expect(r1.done).toBeGreaterThan(0);
    expect(r1.done).toBeLessThan(4);
    expect(await conn.hexists("refusal:experiments", "resume")).toBe(1); // workers keep serving it
    const r2 = await distributedSweep(experiment("resume"), {
      db,
      redis: parseRedisUrl(redis.url),
      pollMs: 20,
    });
    await worker.close();
    expect(r2).toMatchObject({ done: 4, interrupted: false, enqueued: 0, alreadyStored: r1.done });
    expect(r2.alreadyQueued + r2.ran).toBeGreaterThan(0);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(await conn.keys("refusal:resume:*")).toEqual([]);
  });
});
