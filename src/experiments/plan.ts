import type { AnyModel } from "../engine/model.ts";
import { registry } from "../models/index.ts";
import { UserError } from "../scenario/errors.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import type { StoredDesign } from "../store/index.ts";
import { expandDesign, gridLevels } from "./designs/index.ts";
import { DEFAULT_GRID_LEVELS } from "./designs/types.ts";
import type { Experiment } from "./experiment-file.ts";
import { buildRunSpecs, type PointSource, type RunSpec, streamRunSpecs } from "./specs.ts";

/** A plan streamed run by run: how many runs, and the runs (each time a fresh iterator). */
export interface RunPlan {
  total: number;
  specs(): Iterable<RunSpec>;
  /** The design the runs come from, as the store keeps it (absent: the runs were given point by point). */
  design?: StoredDesign;
}

/** The model an experiment names, or the one-line error naming the file. */
export function experimentModel(exp: Experiment, models: ModelLookup = registry): AnyModel {
  const model = models.get(exp.model);
  if (!model) throw new UserError(`${exp.source}: model: unknown model '${exp.model}'`);
  return model;
}

function expanded(exp: Experiment) {
  try {
    return expandDesign(exp.factors, exp.design);
  } catch (e) {
    throw new UserError(`${exp.source}: design: ${(e as Error).message}`);
  }
}

/**
 * The design points of an experiment, read one at a time, and the design as the store keeps it:
 * a grid by its index (mixed radix, the first factor slowest, as gridPoints), never expanded; a
 * sampled design from its sample, with the Morris or Sobol' role of each point.
 */
export function expandPlanDesign(exp: Experiment): { points: PointSource; design: StoredDesign } {
  const factors = exp.factors.map((f) => f.name);
  if (exp.design.kind === "grid") {
    const levels = exp.design.levels ?? DEFAULT_GRID_LEVELS;
    const axes = exp.factors.map((f) => gridLevels(f, levels));
    const count = axes.reduce((n, a) => n * a.length, 1);
    const points: PointSource = {
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
    return { points, design: { kind: "grid", factors, points: count } };
  }
  const d = expanded(exp);
  const roles = d.points.flatMap((p) => (p.role ? [p.role as unknown as Record<string, unknown>] : []));
  return {
    points: { count: d.points.length, at: (i) => d.points[i] },
    design: {
      kind: d.kind,
      factors,
      points: d.points.length,
      ...(roles.length === d.points.length && roles.length > 0 ? { roles } : {}),
    },
  };
}

/** The design points of an experiment, read one at a time (see expandPlanDesign). */
export function designPoints(exp: Experiment): PointSource {
  return expandPlanDesign(exp).points;
}

/**
 * The streamed plan of an experiment (the same specs, in the same order, as planExperiment):
 * validated against its model, its design expanded (a grid never is), ordered seed-major.
 */
export function streamPlan(exp: Experiment, models: ModelLookup = registry): RunPlan {
  const model = experimentModel(exp, models);
  const { points, design } = expandPlanDesign(exp);
  return {
    total: points.count * exp.seeds.length,
    specs: () => streamRunSpecs(exp, model, points),
    design,
  };
}

/** Expand an experiment into its run specs (design points x seeds), all in memory. */
export function planExperiment(exp: Experiment, models: ModelLookup = registry): RunSpec[] {
  const model = experimentModel(exp, models);
  return buildRunSpecs(exp, model, expanded(exp).points);
}

/** A plan from run specs given one by one (no design: a thesis's stages give their points). */
export function planOfSpecs(specs: readonly RunSpec[]): RunPlan {
  return { total: specs.length, specs: () => specs };
}
