import type { AnyModel } from "../engine/model.ts";
import type { Experiment } from "./experiment-file.ts";
import { runKey } from "./runkey.ts";

/** One run to do: everything a worker needs, and the key under which it is stored. */
export interface RunSpec {
  runKey: string;
  experiment: string;
  pointIndex: number;
  model: string;
  modelVersion: string;
  params: Record<string, unknown>;
  seed: number;
  horizon: number;
  /** Metrics kept as series (empty: none) and the thinning step. */
  series: string[];
  every: number;
  /**
   * Where a worker thread imports the model (`Model.module`), for a model not in the default
   * list; absent for the default models. Not part of the run's identity (the run key).
   */
  modelModule?: string;
}

/** A design point: the factor values it sets. */
export interface PointValues {
  index: number;
  values: Record<string, number | string | boolean>;
}

/**
 * Expand design points x seeds into run specs, interleaved seed-major (every point's first seed,
 * then every point's second seed, ...) so that a partial sweep is balanced across the design.
 */
export function buildRunSpecs(exp: Experiment, model: AnyModel, points: readonly PointValues[]): RunSpec[] {
  const series =
    exp.record.series === "all" ? [...model.metrics] : exp.record.series === "none" ? [] : exp.record.series;
  const resolved = points.map(
    (p) => model.params.parse({ ...exp.params, ...p.values }) as Record<string, unknown>,
  );
  const specs: RunSpec[] = [];
  for (const seed of exp.seeds) {
    points.forEach((p, i) => {
      const params = resolved[i];
      specs.push({
        runKey: runKey(model.name, model.version, params, seed, exp.horizon),
        experiment: exp.name,
        pointIndex: p.index,
        model: model.name,
        modelVersion: model.version,
        params,
        seed,
        horizon: exp.horizon,
        series,
        every: exp.record.every,
        ...(model.module ? { modelModule: model.module } : {}),
      });
    });
  }
  return specs;
}

/** Design points read one at a time (a grid is never expanded; a sample is held as it is). */
export interface PointSource {
  count: number;
  at(i: number): PointValues;
}

/** Points resolved to full parameters are cached up to this many (beyond, resolved for each seed). */
const CACHE_POINTS = 100_000;

/**
 * The run specs of design points x seeds, one at a time, in the order of {@link buildRunSpecs}
 * (seed-major): memory does not grow with the number of runs.
 */
export function* streamRunSpecs(exp: Experiment, model: AnyModel, points: PointSource): Generator<RunSpec> {
  const series =
    exp.record.series === "all" ? [...model.metrics] : exp.record.series === "none" ? [] : exp.record.series;
  const cache = points.count <= CACHE_POINTS ? new Map<number, Record<string, unknown>>() : undefined;
  for (const seed of exp.seeds) {
    for (let i = 0; i < points.count; i++) {
      const p = points.at(i);
      let params = cache?.get(i);
      if (!params) {
        params = model.params.parse({ ...exp.params, ...p.values }) as Record<string, unknown>;
        cache?.set(i, params);
      }
      yield {
        runKey: runKey(model.name, model.version, params, seed, exp.horizon),
        experiment: exp.name,
        pointIndex: p.index,
        model: model.name,
        modelVersion: model.version,
        params,
        seed,
        horizon: exp.horizon,
        series,
        every: exp.record.every,
        ...(model.module ? { modelModule: model.module } : {}),
      };
    }
  }
}
