import { hostname } from "node:os";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { type ExperimentRecord, Store } from "../store/index.ts";
import { expandDesign, gridLevels } from "./designs/index.ts";
import { DEFAULT_GRID_LEVELS } from "./designs/types.ts";
import type { RunOutcome } from "./execute-run.ts";
import { executeSpecs } from "./executor.ts";
import type { Experiment } from "./experiment-file.ts";
import { runRecord } from "./run-record.ts";
import { buildRunSpecs, type PointSource, type RunSpec, streamRunSpecs } from "./specs.ts";

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

/**
 * The experiment as a sweep stores it. Every backend (inline, threads, redis) stores the same
 * record, so one database takes sweeps of one file through any of them, in any order.
 */
export function experimentRecord(
  exp: Experiment,
  model: { name: string; version: string },
  plannedRuns: number,
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
  };
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
 * The design points of an experiment, read one at a time: a grid by its index (mixed radix, the
 * first factor slowest, as gridPoints), never expanded; a sampled design from its sample.
 */
export function designPoints(exp: Experiment): PointSource {
  if (exp.design.kind === "grid") {
    const levels = exp.design.levels ?? DEFAULT_GRID_LEVELS;
    const axes = exp.factors.map((f) => gridLevels(f, levels));
    const count = axes.reduce((n, a) => n * a.length, 1);
    return {
      count,
      at(index) {
        const values: Record<string, number | string | boolean> = {};
        let rest = index;
        for (let i = axes.length - 1; i >= 0; i--) {
          values[exp.factors[i].name] = axes[i][rest % axes[i].length];
          rest = Math.floor(rest / axes[i].length);
        }
        // The same key order as gridPoints (first factor first).
        const ordered: Record<string, number | string | boolean> = {};
        for (const f of exp.factors) ordered[f.name] = values[f.name];
        return { index, values: ordered };
      },
    };
  }
  let points: ReturnType<typeof expandDesign>["points"];
  try {
    points = expandDesign(exp.factors, exp.design).points;
  } catch (e) {
    throw new UserError(`${exp.source}: design: ${(e as Error).message}`);
  }
  return { count: points.length, at: (i) => points[i] };
}

/** A plan streamed run by run: how many runs, and the runs (each time a fresh iterator). */
export interface RunPlan {
  total: number;
  specs(): Iterable<RunSpec>;
}

/** The streamed plan of an experiment (the same specs, in the same order, as planExperiment). */
export function streamPlan(exp: Experiment, models: ModelLookup = registry): RunPlan {
  const model = models.get(exp.model);
  if (!model) throw new UserError(`${exp.source}: model: unknown model '${exp.model}'`);
  const points = designPoints(exp);
  return { total: points.count * exp.seeds.length, specs: () => streamRunSpecs(exp, model, points) };
}

/** Runs linked or looked up per round trip when resuming a streamed plan. */
const CHUNK = 2000;

/**
 * Run an experiment into the store: every run committed on its own as it finishes; runs already
 * stored (by this or any experiment) are linked, not run again. Killed at any point and started
 * again, it completes with no run missing and none duplicated.
 */
export async function sweep(
  exp: Experiment,
  opts: SweepOptions,
  specs: RunSpec[] | RunPlan = streamPlan(exp, opts.models),
): Promise<SweepResult> {
  const models = opts.models ?? registry;
  const model = models.get(exp.model);
  if (!model) throw new UserError(`${exp.source}: model: unknown model '${exp.model}'`);
  if (model !== registry.get(model.name) && opts.workers !== 0)
    throw new UserError(`model '${model.name}' is given by value: it runs inline only (workers 0)`);
  const plan: RunPlan = Array.isArray(specs) ? { total: specs.length, specs: () => specs } : specs;
  const store = await Store.open(opts.db, { create: true });
  try {
    await store.putExperiment(experimentRecord(exp, model, plan.total));
    const resume = opts.resume ?? true;
    // Links stored before this invocation count as done at once; the rest are found chunk by chunk.
    const before = resume ? await store.countLinks(exp.name) : 0;
    const progress: SweepProgress = {
      done: before,
      total: plan.total,
      ran: 0,
      failed: 0,
      alreadyStored: before,
    };
    const byStatus: Record<string, number> = {};
    opts.onStart?.({ ...progress });
    const worker = `${hostname()}:${process.pid}`;
    /** The runs not stored yet, a chunk at a time: each chunk's stored runs linked, then skipped. */
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
