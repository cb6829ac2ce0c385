import { hostname } from "node:os";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { Store } from "../store/index.ts";
import type { RunOutcome } from "./execute-run.ts";
import { executeSpecs } from "./executor.ts";
import type { Experiment } from "./experiment-file.ts";
import { workersCanRun } from "./model-module.ts";
import { experimentModel, type RunPlan, streamPlan } from "./plan.ts";
import { asPlan, type SweepProgress, type SweepResult, startSweep } from "./prologue.ts";
import { runRecord } from "./run-record.ts";
import type { RunSpec } from "./specs.ts";

// Planning lives in plan.ts; the tests of the sweep import it from here, as before.
export { planExperiment, streamPlan } from "./plan.ts";

export interface SweepOptions {
  db: string;
  /** 0 = inline; default all cores. */
  workers?: number;
  /** Skip runs already stored (default true). */
  resume?: boolean;
  signal?: AbortSignal;
  hardSignal?: AbortSignal;
  onStart?: (p: SweepProgress) => void;
  onProgress?: (p: SweepProgress, spec: RunSpec, outcome: RunOutcome) => void;
  /**
   * Where models are found by name (default: the registry, the default list). A model of another
   * list runs on worker threads when it has a `module` they can import (`loadModelModule`), and
   * otherwise inline only (workers: 0).
   */
  models?: ModelLookup;
}

/**
 * Run an experiment into the store, inline or on worker threads: every run committed on its own
 * as it finishes; runs already stored (by this or any experiment) are linked, not run again.
 * Killed at any point and started again, it completes with no run missing and none duplicated.
 */
export async function sweep(
  exp: Experiment,
  opts: SweepOptions,
  specs: RunSpec[] | RunPlan = streamPlan(exp, opts.models),
): Promise<SweepResult> {
  const models = opts.models ?? registry;
  const model = experimentModel(exp, models);
  if (!workersCanRun(model, registry) && opts.workers !== 0)
    throw new UserError(
      `model '${model.name}' is given by value without a module: it runs inline only (workers 0), or load it with loadModelModule() to run it on worker threads`,
    );
  const plan = asPlan(specs);
  const store = await Store.open(opts.db, { create: true });
  try {
    const { progress, todo } = await startSweep(store, exp, model, plan, opts.resume ?? true);
    const byStatus: Record<string, number> = {};
    opts.onStart?.({ ...progress });
    const worker = `${hostname()}:${process.pid}`;
    const summary = await executeSpecs(todo(), {
      workers: opts.workers,
      models,
      signal: opts.signal,
      hardSignal: opts.hardSignal,
      onResult: async (spec, out) => {
        await store.putRun(runRecord(spec, out, worker));
        progress.done++;
        progress.ran++;
        if (out.status !== "ok") progress.failed++;
        byStatus[out.status] = (byStatus[out.status] ?? 0) + 1;
        opts.onProgress?.({ ...progress }, spec, out);
      },
    });
    return {
      ...progress,
      experiment: exp.name,
      byStatus,
      interrupted: summary.skipped + summary.abandoned > 0,
    };
  } finally {
    await store.close();
  }
}
