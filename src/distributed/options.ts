import { UserError } from "../scenario/errors.ts";
import { parseRedisUrl, type RedisTarget } from "./redis-url.ts";

/** Environment variable read when `--redis` is not given (keeps a password off the command line). */
export const REDIS_URL_ENV = "REFUSAL_REDIS_URL";

/** Seconds given on the command line (decimals allowed), as milliseconds. */
export function parseSeconds(raw: string | undefined, flag: string, fallbackMs: number): number {
  if (raw === undefined) return fallbackMs;
  const s = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(s) || s <= 0 || s > 86_400)
    throw new UserError(
      `${flag}: expected a number of seconds above 0 (e.g. 30 or 0.5), got ${JSON.stringify(raw)}`,
    );
  return Math.round(s * 1000);
}

/** The deadline of a job once a worker has taken it, unless `--job-timeout` says otherwise: 1 hour. */
export const DEFAULT_JOB_TIMEOUT_MS = 3_600_000;
/** Times a job past its deadline is retried, unless `--job-retries` says otherwise. */
export const DEFAULT_JOB_RETRIES = 1;

/**
 * `--job-retries N`: an integer from 0 to 10. A job is taken by a worker at most N + 1 times in
 * all; a take that ended with its worker stopped or killed counts as one.
 */
export function parseRetries(raw: string | undefined, flag = "--job-retries"): number {
  if (raw === undefined) return DEFAULT_JOB_RETRIES;
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isSafeInteger(n) || n < 0 || n > 10)
    throw new UserError(`${flag}: expected an integer from 0 to 10, got ${JSON.stringify(raw)}`);
  return n;
}

/** A count of runs at a time: an integer from 1 to 1024. */
export function parseConcurrency(raw: string | undefined, fallback: number, flag = "--concurrency"): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1 || n > 1024)
    throw new UserError(`${flag}: expected an integer from 1 to 1024, got ${JSON.stringify(raw)}`);
  return n;
}

/** The Redis URL from `--redis` or, failing that, REFUSAL_REDIS_URL; UserError when neither is set. */
export function redisTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): RedisTarget {
  if (flag !== undefined) return parseRedisUrl(flag);
  const fromEnv = env[REDIS_URL_ENV];
  if (fromEnv) return parseRedisUrl(fromEnv, REDIS_URL_ENV);
  throw new UserError(`--redis: give the Redis URL (e.g. --redis redis://host:6379) or set ${REDIS_URL_ENV}`);
}

/** Flags of the redis backend only (`--job-timeout`, `--job-retries`): refused with another one, not ignored. */
export function refuseRedisOnly(kind: Backend["kind"], given: Record<string, string | undefined>): void {
  for (const [flag, v] of Object.entries(given))
    if (v !== undefined && kind !== "redis")
      throw new UserError(`${flag}: only used with --backend redis (got --backend ${kind})`);
}

export type Backend =
  | { kind: "inline" }
  | { kind: "threads"; workers?: number }
  | { kind: "redis"; target: RedisTarget };

/**
 * Which executor a sweep uses, from `--backend`, `--workers` and `--redis`. Without `--backend`:
 * `--redis` means redis, `--workers 0` inline, otherwise threads (every core by default).
 * Flags that make no sense together are refused rather than ignored.
 */
export function chooseBackend(
  o: { backend?: string; workers?: number; redis?: string },
  env: NodeJS.ProcessEnv = process.env,
): Backend {
  const kind = o.backend ?? (o.redis !== undefined ? "redis" : o.workers === 0 ? "inline" : "threads");
  if (kind !== "inline" && kind !== "threads" && kind !== "redis")
    throw new UserError(`--backend: expected inline, threads or redis, got ${JSON.stringify(o.backend)}`);
  if (kind !== "redis" && o.redis !== undefined)
    throw new UserError(`--redis: only used with --backend redis (got --backend ${kind})`);
  if (kind === "inline") {
    if (o.workers !== undefined && o.workers !== 0)
      throw new UserError(
        `--workers ${o.workers}: --backend inline runs on the main thread; use --backend threads`,
      );
    return { kind };
  }
  if (kind === "threads") {
    if (o.workers === 0)
      throw new UserError("--workers 0 runs inline; use --backend inline or --workers 1 or more");
    return { kind, workers: o.workers };
  }
  if (o.workers !== undefined)
    throw new UserError(
      "--workers: not used with --backend redis (the coordinator runs no run itself); start `refusal worker --concurrency N` on the machines instead",
    );
  return { kind, target: redisTarget(o.redis, env) };
}
