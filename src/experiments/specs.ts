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
      });
    });
  }
  return specs;
}
