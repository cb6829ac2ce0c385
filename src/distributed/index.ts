export {
  type DistributedSweepOptions,
  type DistributedSweepResult,
  distributedSweep,
} from "./coordinator.ts";
export { checkPrefix, DEFAULT_PREFIX } from "./keys.ts";
export {
  chooseBackend,
  DEFAULT_JOB_RETRIES,
  DEFAULT_JOB_TIMEOUT_MS,
  parseConcurrency,
  parseRetries,
  parseSeconds,
  REDIS_URL_ENV,
  redisTarget,
  refuseRedisOnly,
} from "./options.ts";
export type { RedisTarget } from "./redis-url.ts";
export { type RunningWorker, startWorker, type WorkerOptions } from "./run-worker.ts";
