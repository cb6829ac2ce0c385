export {
  type DistributedSweepOptions,
  type DistributedSweepResult,
  distributedSweep,
} from "./coordinator.ts";
export { checkPrefix, DEFAULT_PREFIX } from "./keys.ts";
export { chooseBackend, parseConcurrency, parseSeconds, REDIS_URL_ENV, redisTarget } from "./options.ts";
export type { RedisTarget } from "./redis-url.ts";
export { type RunningWorker, startWorker, type WorkerOptions } from "./run-worker.ts";
