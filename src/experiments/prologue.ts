import type { AnyModel } from "../engine/model.ts";
import type { ExperimentRecord, Store, StoredDesign } from "../store/index.ts";
import type { Experiment } from "./experiment-file.ts";
import { planOfSpecs, type RunPlan } from "./plan.ts";
import type { RunSpec } from "./specs.ts";
import { SOFTWARE_VERSION } from "./version.ts";

export interface SweepProgress {
  /** Runs of this experiment stored (including those found already stored). */
  done: number;
  total: number;
  /** Runs executed in this invocation, and how many of them did not end ok. */
  ran: number;
  failed: number;
  alreadyStored: number;
}

export interface SweepResult extends SweepProgress {
  experiment: string;
  byStatus: Record<string, number>;
  /** True when an interrupt stopped the sweep before every run was stored. */
  interrupted: boolean;
}

/**
 * The experiment as a sweep stores it. Every backend (inline, threads, redis) stores the same
 * record, so one database takes sweeps of one file through any of them, in any order.
 */
export function experimentRecord(
  exp: Experiment,
  model: { name: string; version: string },
  plannedRuns: number,
  design?: StoredDesign,
): ExperimentRecord {
  return {
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
    plannedRuns,
    ...(design ? { design } : {}),
  };
}

/** A plan from what a caller gives: a streamed plan as it is, run specs as a plan without a design. */
export function asPlan(specs: readonly RunSpec[] | RunPlan): RunPlan {
  return Array.isArray(specs) ? planOfSpecs(specs) : (specs as RunPlan);
}

/** Runs linked or looked up per round trip when resuming a streamed plan. */
const CHUNK = 2000;

/** A sweep registered in its store, ready to run: its progress so far and the runs left. */
export interface SweepStart {
  progress: SweepProgress;
  /**
   * The runs of the plan not stored yet, in plan order, a chunk at a time: each chunk's runs that
   * are stored already (by this experiment or any other) are linked to their design point and
   * counted as done, then skipped. Memory grows with the chunk, not with the plan.
   */
  todo(): AsyncGenerator<RunSpec>;
}

/**
 * The prologue every sweep backend (inline, threads, redis) shares, given an experiment whose
 * model has been looked up and whose plan has been expanded and ordered (plan.ts): register it
 * in the store (the experiment file, the planned runs, the design), count the runs stored before
 * this invocation, and give the runs left. With `resume` false every run of the plan is left.
 */
export async function startSweep(
  store: Store,
  exp: Experiment,
  model: AnyModel,
  plan: RunPlan,
  resume = true,
): Promise<SweepStart> {
  await store.putExperiment(experimentRecord(exp, model, plan.total, plan.design));
  // Links stored before this invocation count as done at once; the rest are found chunk by chunk.
  const before = resume ? await store.countLinks(exp.name) : 0;
  const progress: SweepProgress = {
    done: before,
    total: plan.total,
    ran: 0,
    failed: 0,
    alreadyStored: before,
  };
  async function* todo(): AsyncGenerator<RunSpec> {
    let chunk: RunSpec[] = [];
    const flush = async function* (): AsyncGenerator<RunSpec> {
      const { stored, linked } = resume
        ? await store.linkStoredChunk(
            exp.name,
            chunk.map((s) => ({ pointIndex: s.pointIndex, seed: s.seed, runKey: s.runKey })),
          )
        : { stored: new Set<string>(), linked: 0 };
      progress.done += linked;
      progress.alreadyStored += linked;
      const run = chunk.filter((s) => !stored.has(s.runKey));
      chunk = [];
      yield* run;
    };
    for (const s of plan.specs()) {
      chunk.push(s);
      if (chunk.length >= CHUNK) yield* flush();
    }
    if (chunk.length) yield* flush();
  }
  return { progress, todo };
}
