import { runSweep } from "../api-node.ts";
import {
  checkPrefix,
  chooseBackend,
  DEFAULT_JOB_TIMEOUT_MS,
  DEFAULT_PREFIX,
  distributedSweep,
  parseRetries,
  parseSeconds,
  refuseRedisOnly,
} from "../distributed/index.ts";
import type { ExecuteSweep } from "../experiments/theses/run.ts";
import type { SweepUi } from "./sweep-ui.ts";

/** The flags that choose how runs are executed. */
export interface BackendFlags {
  workers?: number;
  backend?: string;
  redis?: string;
  prefix?: string;
  lockTimeout?: string;
  redisTimeout?: string;
  jobTimeout?: string;
  jobRetries?: string;
}

/**
 * How a command's sweeps run: on worker threads (or inline), or through the Redis queue with this
 * process as the coordinator; every flag is checked before anything runs.
 */
export function sweepExecutor(o: BackendFlags, db: string, ui: SweepUi): ExecuteSweep {
  const backend = chooseBackend({ backend: o.backend, workers: o.workers, redis: o.redis });
  const prefix = checkPrefix(o.prefix ?? DEFAULT_PREFIX);
  const lockTimeoutMs = parseSeconds(o.lockTimeout, "--lock-timeout", 15_000);
  const redisTimeoutMs = parseSeconds(o.redisTimeout, "--redis-timeout", 60_000);
  const jobTimeoutMs = parseSeconds(o.jobTimeout, "--job-timeout", DEFAULT_JOB_TIMEOUT_MS);
  const jobRetries = parseRetries(o.jobRetries);
  refuseRedisOnly(backend.kind, { "--job-timeout": o.jobTimeout, "--job-retries": o.jobRetries });
  if (backend.kind === "redis")
    return (exp, specs) =>
      distributedSweep(
        exp,
        {
          db,
          redis: backend.target,
          prefix,
          lockTimeoutMs,
          redisTimeoutMs,
          jobTimeoutMs,
          jobRetries,
          signal: ui.signal,
          hardSignal: ui.hardSignal,
          onStart: ui.onStart,
          onProgress: ui.onProgress,
          onNotice: (line) => process.stderr.write(`refusal: ${line}\n`),
        },
        specs,
      );
  const workers = backend.kind === "inline" ? 0 : backend.workers;
  return (exp, specs) =>
    runSweep(
      exp,
      {
        db,
        workers,
        signal: ui.signal,
        hardSignal: ui.hardSignal,
        onStart: ui.onStart,
        onProgress: ui.onProgress,
      },
      specs,
    );
}
