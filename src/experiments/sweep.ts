import { hostname } from "node:os";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { Store } from "../store/index.ts";
import { expandDesign } from "./designs/index.ts";
import type { RunOutcome } from "./execute-run.ts";
import { executeSpecs } from "./executor.ts";
import type { Experiment } from "./experiment-file.ts";
import { runRecord } from "./run-record.ts";
import { buildRunSpecs, type RunSpec } from "./specs.ts";

export const SOFTWARE_VERSION = "refusal 0.1.0";

export interface SweepProgress {
  /** Runs of this experiment stored (including those found already stored). */
  done: number;
  total: number;
  /** Runs executed in this invocation, and how many of them did not end ok. */
  ran: number;
  failed: number;
  alreadyStored: number;
}

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
   * Where models are found by name (default: the registry). A model that is not the registry's
   * runs inline only (workers: 0): worker threads find models in the registry.
   */
  models?: ModelLookup;
}

export interface SweepResult extends SweepProgress {
  experiment: string;
  byStatus: Record<string, number>;
  /** True when an interrupt stopped the sweep before every run was stored. */
  interrupted: boolean;
}

/** Expand an experiment into its run specs (design points x seeds). */
export function planExperiment(exp: Experiment, models: ModelLookup = registry): RunSpec[] {
  const model = models.get(exp.model);
  if (!model) throw new UserError(`${exp.source}: model: unknown model '${exp.model}'`);
  let points: ReturnType<typeof expandDesign>["points"];
  try {
    points = expandDesign(exp.factors, exp.design).points;
  } catch (e) {
    throw new UserError(`${exp.source}: design: ${(e as Error).message}`);
  }
  return buildRunSpecs(exp, model, points);
}

/**
 * Run an experiment into the store: every run committed on its own as it finishes; runs already
 * stored (by this or any experiment) are linked, not run again. Killed at any point and started
 * again, it completes with no run missing and none duplicated.
 */
export async function sweep(
  exp: Experiment,
  opts: SweepOptions,
  specs: RunSpec[] = planExperiment(exp, opts.models),
): Promise<SweepResult> {
  const models = opts.models ?? registry;
  const model = models.get(exp.model);
  if (!model) throw new UserError(`${exp.source}: model: unknown model '${exp.model}'`);
  if (model !== registry.get(model.name) && opts.workers !== 0)
    throw new UserError(`model '${model.name}' is given by value: it runs inline only (workers 0)`);
  const store = await Store.open(opts.db, { create: true });
  try {
    await store.putExperiment({
      name: exp.name,
      model: model.name,
      modelVersion: model.version,
      // The stored spec has its keys sorted; factorOrder keeps the order of the factors, which decides the design.
      spec: {
        ...exp.spec,
        seeds: exp.seeds,
        horizon: exp.horizon,
        factorOrder: exp.factors.map((f) => f.name),
      },
      softwareVersion: SOFTWARE_VERSION,
      plannedRuns: specs.length,
    });
    const resume = opts.resume ?? true;
    const stored = resume
      ? await store.linkStoredRuns(
          exp.name,
          specs.map((s) => ({ pointIndex: s.pointIndex, seed: s.seed, runKey: s.runKey })),
        )
      : new Set<string>();
    const todo = specs.filter((s) => !stored.has(s.runKey));
    const progress: SweepProgress = {
      done: specs.length - todo.length,
      total: specs.length,
      ran: 0,
      failed: 0,
      alreadyStored: specs.length - todo.length,
    };
    const byStatus: Record<string, number> = {};
    opts.onStart?.({ ...progress });
    const worker = `${hostname()}:${process.pid}`;
    const summary = await executeSpecs(todo, {
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
