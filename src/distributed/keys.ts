import { UserError } from "../scenario/errors.ts";

/**
 * Redis key layout under a base prefix P (default `refusal`), for an experiment E:
 *
 * - `P:experiments`: hash E -> JSON registration (model, version, protocol): the experiments
 *   whose runs are queued now; workers poll it to know which queues to serve.
 * - `P:E:runs:*`: the BullMQ queue of E's runs (BullMQ prefix `P:E`, queue name `runs`); job id =
 *   run key.
 * - `P:E:coordinator`: the coordinator's lock (see coordinator-lock.ts).
 * - `P:E:epoch`: set when the runs are enqueued; its absence tells the coordinator that Redis lost
 *   the queue (restarted without persistence) and the runs must be enqueued again.
 */
export const DEFAULT_PREFIX = "refusal";
export const QUEUE_NAME = "runs";

const PREFIX_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Check a base prefix given by the user. */
export function checkPrefix(prefix: string, flag = "--prefix"): string {
  if (!PREFIX_RE.test(prefix))
    throw new UserError(
      `${flag}: expected letters, digits, '.', '_' or '-' (no ':'), got ${JSON.stringify(prefix)}`,
    );
  return prefix;
}

export const registryKey = (prefix: string) => `${prefix}:experiments`;
/** The BullMQ `prefix` option of an experiment's queue. */
export const queuePrefix = (prefix: string, experiment: string) => `${prefix}:${experiment}`;
export const lockKey = (prefix: string, experiment: string) => `${prefix}:${experiment}:coordinator`;
export const epochKey = (prefix: string, experiment: string) => `${prefix}:${experiment}:epoch`;

/** What the coordinator registers for an experiment, and what a worker checks before taking its runs. */
export interface Registration {
  model: string;
  modelVersion: string;
  protocol: number;
  software: string;
  coordinator: string;
  /** The deadline of each job once a worker has taken it (absent: none). */
  jobTimeoutMs?: number;
  /** Times a job past its deadline is taken by a worker in all (absent: 1). */
  jobAttempts?: number;
  /** Where the coordinator's model comes from, when it is not of the default list (`Model.module`). */
  module?: string;
}

/** The registration in `P:experiments`, or undefined when the text is not one. */
export function parseRegistration(text: string): Registration | undefined {
  try {
    const r = JSON.parse(text) as Partial<Registration>;
    if (typeof r.model !== "string" || typeof r.modelVersion !== "string" || typeof r.protocol !== "number")
      return undefined;
    return {
      model: r.model,
      modelVersion: r.modelVersion,
      protocol: r.protocol,
      software: String(r.software ?? "?"),
      coordinator: String(r.coordinator ?? "?"),
      ...(typeof r.jobTimeoutMs === "number" && r.jobTimeoutMs > 0 ? { jobTimeoutMs: r.jobTimeoutMs } : {}),
      ...(Number.isSafeInteger(r.jobAttempts) && r.jobAttempts! >= 1 ? { jobAttempts: r.jobAttempts } : {}),
      ...(typeof r.module === "string" ? { module: r.module } : {}),
    };
  } catch {
    return undefined;
  }
}
