import { type Job, WaitingError } from "bullmq";
import type { RunOutcome } from "../experiments/execute-run.ts";
import { runKey as computeRunKey } from "../experiments/runkey.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { registry } from "../models/index.ts";
import { horizonProblem } from "../scenario/horizon.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { encodeResult, failedOutcome } from "./result.ts";
import { fromWire } from "./wire.ts";

/** Runs a spec somewhere off the event loop (a worker-thread pool), so job locks stay renewed. */
export interface RunPool {
  run(spec: RunSpec, opts: { signal?: AbortSignal }): Promise<RunOutcome>;
}

/**
 * Why a job's spec must not be run, or undefined: the same caps as the files (model known,
 * parameters valid, seed a safe integer, a horizon of at least one step and at most 10^7), and a
 * run key that is the hash of what the spec says (a job altered in Redis is not run as another
 * run). A job that breaks them is stored once as a failed run, never left to occupy a worker.
 * `models`: the models this worker has (default: the default list).
 */
export function whyNotRunnable(spec: RunSpec, models: ModelLookup = registry): string | undefined {
  const model = models.get(spec.model);
  if (!model) return `unknown model ${JSON.stringify(spec.model)}`;
  if (spec.modelVersion !== model.version)
    return `model ${spec.model} ${spec.modelVersion}, this worker has ${model.version}`;
  if (!Number.isSafeInteger(spec.seed) || spec.seed < 0) return `seed ${spec.seed} is not an integer >= 0`;
  const h = horizonProblem(spec.horizon, model);
  if (h) return `horizon: ${h}`;
  if (spec.params === null || typeof spec.params !== "object") return "params is not an object";
  const r = model.params.safeParse(spec.params);
  if (!r.success) return `params: ${r.error.issues[0]?.message ?? "invalid"}`;
  if (computeRunKey(model.name, model.version, spec.params, spec.seed, spec.horizon) !== spec.runKey)
    return "its run key is not the hash of its model, params, seed and horizon";
  return undefined;
}

/**
 * The BullMQ processor of a worker: decode the job's run spec, run it with `executeRun` in the
 * pool (the function inline and threaded sweeps use, hence the same bits), and return the
 * outcome exactly encoded.
 *
 * It never throws for a run: a run that diverges or fails its invariants is a normal outcome,
 * and a spec that cannot even be run (unreadable, unknown model, a thread that crashed) comes back
 * as a run with status `error`, stored once and never retried. When `stop` is aborted (a
 * worker told to stop now), the run is abandoned and the job goes back to the queue at once
 * (`moveToWait`) for another worker, instead of waiting for its lock to expire.
 *
 * The model is this worker's (`models`, default the default list), found by name: a job's
 * `modelModule` is not trusted (anyone who can write to Redis could name any module), it is
 * replaced by the module of the worker's own model (none for the default models).
 *
 * `deadline` gives the experiment's deadline per job (the coordinator's `--job-timeout` and
 * `--job-retries`): a run still going that long after this worker took it is abandoned (its thread
 * stopped). While the job has attempts left it goes back to the queue for a worker to take again;
 * after the last one it comes back as a failed run, stored once.
 */
export function makeProcessor(
  pool: RunPool,
  workerName: string,
  stop: AbortSignal,
  deadline: () => Deadline | undefined = () => undefined,
  models: ModelLookup = registry,
) {
  return async (job: Job, token?: string): Promise<unknown> => {
    const runKey = String(job.id);
    let spec: RunSpec;
    try {
      spec = fromWire(job.data) as RunSpec;
      if (spec?.runKey !== runKey) throw new Error(`the job's run key is ${JSON.stringify(spec?.runKey)}`);
      const problem = whyNotRunnable(spec, models);
      if (problem) return encodeResult(failedOutcome(runKey, `refused run spec: ${problem}`), workerName);
      const { modelModule: _untrusted, ...rest } = spec;
      const module = models.get(spec.model)?.module;
      spec = module ? { ...rest, modelModule: module } : rest;
    } catch (e) {
      return encodeResult(failedOutcome(runKey, `unreadable run spec: ${(e as Error).message}`), workerName);
    }
    const limit = deadline();
    const late = limit === undefined ? undefined : AbortSignal.timeout(limit.timeoutMs);
    try {
      return encodeResult(
        await pool.run(spec, { signal: late ? AbortSignal.any([stop, late]) : stop }),
        workerName,
      );
    } catch (e) {
      if (stop.aborted) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (late?.aborted) {
        // attemptsStarted counts the times a worker took the job, this one included.
        if ((job.attemptsStarted ?? 1) < limit!.attempts) {
          await job.moveToWait(token);
          throw new WaitingError();
        }
        return encodeResult(failedOutcome(runKey, deadlineText(limit!)), workerName);
      }
      const text = e instanceof Error ? e.message : String(e);
      return encodeResult(failedOutcome(runKey, `the worker could not run it: ${text}`), workerName);
    }
  };
}

/** An experiment's deadline per job: how long a run may take once taken, and how many times it is taken. */
export interface Deadline {
  timeoutMs: number;
  attempts: number;
}

/** The error of a run that was past its deadline at every attempt. */
export function deadlineText(d: Deadline): string {
  return `no worker finished it within its deadline of ${d.timeoutMs / 1000} s, in ${d.attempts} attempt${d.attempts === 1 ? "" : "s"} (raise it with --job-timeout S); not retried`;
}
