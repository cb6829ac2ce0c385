import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Queue } from "bullmq";
import type { RunOutcome } from "../experiments/execute-run.ts";
import type { Experiment } from "../experiments/experiment-file.ts";
import { workersCanRun } from "../experiments/model-module.ts";
import { experimentModel, type RunPlan, streamPlan } from "../experiments/plan.ts";
import { asPlan, type SweepProgress, type SweepResult, startSweep } from "../experiments/prologue.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { SOFTWARE_VERSION } from "../experiments/version.ts";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { Store } from "../store/index.ts";
import { ResultCollector } from "./collect.ts";
import { connectRedis } from "./connect.ts";
import { ConnectionWatch } from "./connection-watch.ts";
import { CoordinatorLock } from "./coordinator-lock.ts";
import { enqueueMissing } from "./enqueue.ts";
import {
  DEFAULT_PREFIX,
  epochKey,
  lockKey,
  QUEUE_NAME,
  queuePrefix,
  type Registration,
  registryKey,
} from "./keys.ts";
import { DEFAULT_JOB_RETRIES, DEFAULT_JOB_TIMEOUT_MS } from "./options.ts";
import type { RedisTarget } from "./redis-url.ts";
import { PROTOCOL } from "./result.ts";

export interface DistributedSweepOptions {
  db: string;
  redis: RedisTarget;
  /** Base key prefix (default `refusal`); the experiment's keys live under `<prefix>:<name>:`. */
  prefix?: string;
  /** How long a coordinator that died blocks the next one (its lock's time to live; default 15 s). */
  lockTimeoutMs?: number;
  /** Give up once Redis has been unreachable this long (default 60 s). */
  redisTimeoutMs?: number;
  /**
   * Deadline per job: a run still going this long after a worker took it is given up by that
   * worker and given to a worker again (default 1 hour; `--job-timeout`).
   */
  jobTimeoutMs?: number;
  /** Times a job past its deadline is given to a worker again (default 1; `--job-retries`). */
  jobRetries?: number;
  /**
   * How long past the deadline the coordinator waits for a job that a worker still holds before it
   * stores it as failed itself (default 60 s, at least the lock timeout).
   */
  overdueGraceMs?: number;
  /** Pause between looks for results when none is waiting (default 200 ms). */
  pollMs?: number;
  /** Skip runs already stored (default true). */
  resume?: boolean;
  /** Stop collecting (after the result being stored): the queued runs stay in Redis, workers keep running them. */
  signal?: AbortSignal;
  /** Stop at once, even while waiting for Redis. */
  hardSignal?: AbortSignal;
  onStart?: (p: SweepProgress) => void;
  onProgress?: (p: SweepProgress, spec: RunSpec, outcome: RunOutcome) => void;
  /** One-line notices (waiting for a lock, Redis lost and back). */
  onNotice?: (line: string) => void;
  /**
   * Where the experiment's model is found (default: the default list). Workers must have it: a
   * model of another list needs a `module` (`loadModelModule`), and workers started with it.
   */
  models?: ModelLookup;
}

export interface DistributedSweepResult extends SweepResult {
  /** Jobs added to the queue by this invocation. */
  enqueued: number;
  /** Runs not stored yet whose jobs were already in Redis (queued by an earlier invocation). */
  alreadyQueued: number;
  /** Jobs added again after Redis lost the queue. */
  requeued: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/** `p`, unless one of `failures` rejects first; `p` is then left to settle unobserved. */
function race<T>(p: Promise<T>, ...failures: Promise<never>[]): Promise<T> {
  p.catch(() => undefined);
  return Promise.race([p, ...failures]);
}

/** Thrown into the coordinator's waits by the hard stop signal. */
class HardStop extends Error {}

/** A promise that rejects with HardStop once `signal` is aborted (never, without one). */
function hardStop(signal: AbortSignal | undefined): Promise<never> {
  const p = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(new HardStop());
    signal?.addEventListener("abort", () => reject(new HardStop()), { once: true });
  });
  p.catch(() => undefined);
  return p;
}

/**
 * The coordinator of a distributed sweep (`refusal sweep --backend redis`). Plans and registers
 * the experiment as inline and threaded sweeps do (plan.ts, prologue.ts: the same record, design
 * and resume, so one database takes sweeps of a file through every backend), streams the plan
 * keeping only the runs not stored yet, enqueues each as a BullMQ job whose id is its run key (so
 * enqueueing twice never duplicates a job), and stores the results into the store as the workers
 * finish them: the one writer of the database.
 *
 * Nothing is lost when it dies. A worker's result stays in Redis as a completed job until the
 * coordinator has committed it to the store; only then is the job removed. Started again, the
 * coordinator skips the stored runs, finds the queued ones already there (not enqueued again),
 * and collects the results that waited. If Redis restarts empty (no persistence), the
 * coordinator notices (its epoch key is gone) and enqueues what is not stored again. Done, it
 * removes the experiment's keys from Redis.
 */
export async function distributedSweep(
  exp: Experiment,
  opts: DistributedSweepOptions,
  specs: RunSpec[] | RunPlan = streamPlan(exp, opts.models),
): Promise<DistributedSweepResult> {
  const model = experimentModel(exp, opts.models ?? registry);
  // Workers find a model of the default list by name, and any other only if it has a module.
  if (!workersCanRun(model, registry))
    throw new UserError(
      `model '${model.name}' is given by value without a module: workers cannot run it (load it with loadModelModule(), and start the workers with it)`,
    );
  const plan = asPlan(specs);
  const prefix = opts.prefix ?? DEFAULT_PREFIX;
  const redisTimeoutMs = opts.redisTimeoutMs ?? 60_000;
  const pollMs = opts.pollMs ?? 200;
  const jobTimeoutMs = opts.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  const attempts = 1 + (opts.jobRetries ?? DEFAULT_JOB_RETRIES);
  const overdueMs = jobTimeoutMs + (opts.overdueGraceMs ?? Math.max(60_000, opts.lockTimeoutMs ?? 15_000));
  const notice = opts.onNotice ?? (() => undefined);
  const what = `experiment '${exp.name}'`;
  const token = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  const { client } = await connectRedis(opts.redis, {
    connectionName: "refusal-coordinator",
    timeoutMs: Math.min(10_000, redisTimeoutMs),
  });
  const watch = new ConnectionWatch(
    client,
    redisTimeoutMs,
    (ms) =>
      `lost the connection to Redis at ${opts.redis.display} for ${ms / 1000} s; the runs stored so far are kept in ${opts.db}: start Redis and run the same command again to resume`,
    () => notice(`lost the connection to Redis at ${opts.redis.display}; reconnecting`),
    () => notice("reconnected to Redis"),
  );
  let store: Store | undefined;
  let queue: Queue | undefined;
  let lock: CoordinatorLock | undefined;
  try {
    lock = await race(
      CoordinatorLock.acquire(
        client,
        lockKey(prefix, exp.name),
        token,
        opts.lockTimeoutMs ?? 15_000,
        what,
        (holder, ms) =>
          notice(
            `${what} is locked by ${holder}; waiting up to ${Math.ceil(ms / 1000)} s for it to expire (if that coordinator died)`,
          ),
      ),
      watch.failed,
    );
    store = await Store.open(opts.db, { create: true });
    // The prologue inline and threaded sweeps run, so their database takes this sweep, and back.
    const start = await startSweep(store, exp, model, plan, opts.resume ?? true);
    /** Run key -> the design points and seeds it answers (equal params and seed give equal keys). */
    const pending = new Map<string, RunSpec[]>();
    for await (const s of start.todo()) {
      const waiting = pending.get(s.runKey);
      if (waiting) waiting.push(s);
      else pending.set(s.runKey, [s]);
    }
    const progress: SweepProgress = start.progress;
    const q = new Queue(QUEUE_NAME, {
      connection: client,
      prefix: queuePrefix(prefix, exp.name),
      // Completed events carry results: keep few of them in the event stream.
      streams: { events: { maxLen: 100 } },
      defaultJobOptions: { attempts: 1, removeOnComplete: false, removeOnFail: false },
    });
    queue = q;
    q.on("error", () => undefined); // connection errors: the watch reports them
    const collector = new ResultCollector(q, store, pending, progress, opts.onProgress);
    const registration: Registration = {
      model: model.name,
      modelVersion: model.version,
      protocol: PROTOCOL,
      software: SOFTWARE_VERSION,
      coordinator: token,
      jobTimeoutMs,
      jobAttempts: attempts,
      ...(model.module ? { module: model.module } : {}),
    };
    const register = async () => {
      await client.hset(q.toKey("meta"), "opts.maxLenEvents", "100");
      await client.hset(registryKey(prefix), exp.name, JSON.stringify(registration));
    };
    /** Redis restarted empty? Then register and enqueue again; how many jobs were added. */
    const checkLoss = async (): Promise<number> => {
      if ((await client.exists(epochKey(prefix, exp.name))) === 1) return 0;
      notice(
        `Redis lost the queue of ${what} (restarted without persistence?): enqueueing the ${pending.size} runs not stored yet again`,
      );
      await client.set(epochKey(prefix, exp.name), token); // first, as at the start
      await register();
      return (await enqueueMissing(client, q, pending)).added;
    };
    const stop = opts.signal;
    const failures = [watch.failed, lock.lost, hardStop(opts.hardSignal)];
    const counts = { enqueued: 0, alreadyQueued: 0, requeued: 0 };
    const result = (interrupted: boolean): DistributedSweepResult => ({
      ...progress,
      experiment: exp.name,
      byStatus: collector.byStatus,
      interrupted,
      ...counts,
    });
    opts.onStart?.({ ...progress });

    try {
      await race(register(), ...failures);
      // Results that waited in Redis (a coordinator died) first: their jobs are not enqueued again.
      let waiting = true;
      while (waiting && !stop?.aborted) waiting = (await race(collector.collect(stop), ...failures)) > 0;
      // The epoch key first: if Redis loses the queue while the runs are being enqueued, the
      // key is gone too, and the loop below enqueues what was lost.
      await race(client.set(epochKey(prefix, exp.name), token), ...failures);
      const first = await race(enqueueMissing(client, q, pending), ...failures);
      counts.enqueued = first.added;
      counts.alreadyQueued = first.present;
      let idle = 0;
      while (pending.size > 0 && !stop?.aborted) {
        if ((await race(collector.collect(stop), ...failures)) > 0) continue;
        if (idle++ % 5 === 0) {
          counts.requeued += await race(checkLoss(), ...failures);
          if ((await race(collector.sweepUnreadable(), ...failures)) > 0) continue;
          if ((await race(collector.sweepOverdue(overdueMs, performance.now()), ...failures)) > 0) continue;
        }
        await race(sleep(pollMs, stop), ...failures);
      }
      const complete = pending.size === 0;
      if (complete) {
        await race(client.hdel(registryKey(prefix), exp.name), ...failures);
        await race(q.obliterate({ force: true }), ...failures);
        await race(client.del(epochKey(prefix, exp.name)), ...failures);
      }
      await race(lock.release(), watch.failed, hardStop(opts.hardSignal));
      lock = undefined;
      return result(!complete);
    } catch (e) {
      if (e instanceof HardStop) return result(true);
      throw e;
    }
  } finally {
    watch.stop();
    const up = client.status === "ready";
    lock?.stop();
    if (lock && up) await lock.release().catch(() => undefined);
    if (queue) {
      // Closing a queue whose connection is down would wait for the connection.
      const waited = new AbortController();
      await Promise.race([queue.close().catch(() => undefined), sleep(1000, waited.signal)]);
      waited.abort();
    }
    await store?.close();
    if (up) await client.quit().catch(() => client.disconnect());
    else client.disconnect();
  }
}
