import { type Job, WaitingError } from "bullmq";
import type { RunOutcome } from "../experiments/execute-run.ts";
import type { RunSpec } from "../experiments/specs.ts";
import { encodeResult, failedOutcome } from "./result.ts";
import { fromWire } from "./wire.ts";

/** Runs a spec somewhere off the event loop (a worker-thread pool), so job locks stay renewed. */
export interface RunPool {
  run(spec: RunSpec, opts: { signal?: AbortSignal }): Promise<RunOutcome>;
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
 */
export function makeProcessor(pool: RunPool, workerName: string, stop: AbortSignal) {
  return async (job: Job, token?: string): Promise<unknown> => {
    const runKey = String(job.id);
    let spec: RunSpec;
    try {
      spec = fromWire(job.data) as RunSpec;
      if (spec?.runKey !== runKey) throw new Error(`the job's run key is ${JSON.stringify(spec?.runKey)}`);
    } catch (e) {
      return encodeResult(failedOutcome(runKey, `unreadable run spec: ${(e as Error).message}`), workerName);
    }
    try {
      return encodeResult(await pool.run(spec, { signal: stop }), workerName);
    } catch (e) {
      if (stop.aborted) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      const text = e instanceof Error ? e.message : String(e);
      return encodeResult(failedOutcome(runKey, `the worker could not run it: ${text}`), workerName);
    }
  };
}
