import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "bullmq";
import { Piscina } from "piscina";
import type { RunOutcome } from "../experiments/execute-run.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { registry } from "../models/index.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { connectRedis } from "./connect.ts";
import { parseRegistration, QUEUE_NAME, queuePrefix, type Registration, registryKey } from "./keys.ts";
import { type Deadline, makeProcessor } from "./processor.ts";
import type { RedisTarget } from "./redis-url.ts";
import { whyNotServable } from "./servable.ts";

/** The worker-thread entry of in-process sweeps: the same code runs the runs here. */
const RUN_FILE = fileURLToPath(new URL("../experiments/worker.mjs", import.meta.url));

export interface WorkerOptions {
  redis: RedisTarget;
  prefix: string;
  /** Runs at a time (worker threads). */
  concurrency: number;
  /**
   * How long the job of a worker that died stays locked before another worker takes it (BullMQ's
   * lockDuration; the stalled-job check runs as often). Live workers extend their locks.
   */
  lockTimeoutMs: number;
  /** How often to look for experiments to serve (default 1 s). */
  pollMs?: number;
  /** Times a job may lose its worker before it is stored as failed (default 2). */
  maxStalledCount?: number;
  /** Defaults to `host:pid`; stored with each run it ran. */
  name?: string;
  /**
   * The models this worker serves (default: the default list): a model of another list needs a
   * `module` its threads can import (`loadModelModule`).
   */
  models?: ModelLookup;
  log?: (line: string) => void;
}

export interface RunningWorker {
  name: string;
  redisVersion: string;
  /** Runs finished and handed back. */
  done(): number;
  /** Experiments served now. */
  serving(): string[];
  /**
   * Stop taking runs. Graceful: the runs in flight finish and are handed back. `now`: they are
   * abandoned and their jobs go back to the queue at once. Resolves once everything is closed.
   */
  close(now?: boolean): Promise<void>;
}

/**
 * A `refusal worker`: serves every experiment registered under the prefix whose model it has at
 * the same version, running up to `concurrency` runs at a time on worker threads. Jobs of a
 * worker that dies are taken over by the queue's stalled-job check; results wait in Redis as
 * completed jobs until the coordinator has stored them.
 */
export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const log = opts.log ?? (() => undefined);
  const pollMs = opts.pollMs ?? 1000;
  const models = opts.models ?? registry;
  const { client, version } = await connectRedis(opts.redis, { connectionName: "refusal-worker" });
  const pool = new Piscina({
    filename: RUN_FILE,
    minThreads: opts.concurrency,
    maxThreads: opts.concurrency,
    idleTimeout: 60_000,
  });
  const runs = {
    run: (spec: RunSpec, o: { signal?: AbortSignal }) => pool.run(spec, o) as Promise<RunOutcome>,
  };
  const stop = new AbortController();
  const queues = new Map<string, Worker>();
  /** Each served experiment's deadline per job, as its registration says now. */
  const deadlines = new Map<string, Deadline | undefined>();
  const deadlineOf = (reg: Registration | undefined): Deadline | undefined =>
    reg?.jobTimeoutMs === undefined
      ? undefined
      : { timeoutMs: reg.jobTimeoutMs, attempts: reg.jobAttempts ?? 1 };
  const closing = new Set<Promise<void>>();
  const refused = new Set<string>();
  let done = 0;
  let lost = false;
  let closed: Promise<void> | undefined;
  let lastError = "";

  client.on("close", () => {
    if (!lost && !closed) {
      lost = true;
      log(`lost the connection to Redis at ${opts.redis.display}; reconnecting`);
    }
  });
  client.on("ready", () => {
    if (lost) log("reconnected to Redis");
    lost = false;
  });
  const onError = (e: Error) => {
    // Connection errors are reported once by the client's close event above.
    if (lost || client.status !== "ready" || e.message === lastError) return;
    lastError = e.message;
    log(`warning: ${e.message.split("\n")[0]}`);
  };

  const retire = (exp: string, w: Worker) => {
    queues.delete(exp);
    deadlines.delete(exp);
    const p = w
      .close()
      .catch(onError)
      .finally(() => closing.delete(p));
    closing.add(p);
  };

  const serve = (exp: string) => {
    const processor = makeProcessor(runs, name, stop.signal, () => deadlines.get(exp), models);
    const w = new Worker(QUEUE_NAME, processor, {
      connection: client,
      prefix: queuePrefix(opts.prefix, exp),
      concurrency: opts.concurrency,
      lockDuration: opts.lockTimeoutMs,
      stalledInterval: opts.lockTimeoutMs,
      maxStalledCount: opts.maxStalledCount ?? 2,
      drainDelay: 2,
      name,
    });
    w.on("error", onError);
    w.on("completed", () => {
      done++;
    });
    queues.set(exp, w);
    log(`serving experiment '${exp}'`);
  };

  let polling = false;
  const poll = async () => {
    if (polling || stop.signal.aborted) return;
    polling = true;
    try {
      const regs = await client.hgetall(registryKey(opts.prefix));
      if (stop.signal.aborted) return;
      for (const [exp, text] of Object.entries(regs)) {
        const reg = parseRegistration(text);
        if (queues.has(exp)) {
          deadlines.set(exp, deadlineOf(reg)); // a coordinator started again may have changed it
          continue;
        }
        const why = whyNotServable(reg, (n) => models.get(n));
        if (why) {
          if (!refused.has(exp)) log(`not serving experiment '${exp}': ${why}`);
          refused.add(exp);
          continue;
        }
        refused.delete(exp);
        deadlines.set(exp, deadlineOf(reg));
        serve(exp);
      }
      for (const [exp, w] of queues) if (!(exp in regs)) retire(exp, w);
    } catch (e) {
      onError(e as Error);
    } finally {
      polling = false;
    }
  };
  await poll();
  const timer = setInterval(() => void poll(), pollMs);

  const close = async (now = false) => {
    if (now) stop.abort();
    if (closed) return closed;
    clearInterval(timer);
    closed = (async () => {
      for (const [exp, w] of queues) retire(exp, w);
      while (closing.size > 0) await Promise.all(closing);
      await pool.destroy();
      if (client.status === "ready") await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    })();
    return closed;
  };

  return {
    name,
    redisVersion: version,
    done: () => done,
    serving: () => [...queues.keys()],
    close,
  };
}
