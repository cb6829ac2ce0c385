import type { RunRecord } from "../types.ts";

/** Metric names of the synthetic runs. */
export const METRICS = ["x", "y", "z"] as const;

/**
 * Value of metric j at step i of synthetic run k: a closed form, so a test can check every
 * stored value without keeping a copy (value = k + j/10 + i/1000, exact enough in doubles).
 */
export function syntheticValue(k: number, j: number, i: number): number {
  return k + j / 10 + i / 1000;
}

/**
 * A synthetic run record: run key `run-<k>`, `steps` steps (steps + 1 rows at t = i/4), the
 * metrics above, and summary `last_x` = value of x at the last row.
 */
export function syntheticRun(
  k: number,
  opts: { experiment?: string; steps?: number; metrics?: readonly string[] } = {},
): RunRecord {
  const steps = opts.steps ?? 8;
  const metrics = [...(opts.metrics ?? METRICS)];
  const t = Float64Array.from({ length: steps + 1 }, (_, i) => i / 4);
  const values = metrics.map((_, j) =>
    Float64Array.from({ length: steps + 1 }, (_, i) => syntheticValue(k, j, i)),
  );
  return {
    runKey: `run-${k}`,
    experiment: opts.experiment ?? "exp",
    pointIndex: k,
    model: "synthetic",
    modelVersion: "1.0.0",
    params: { k, label: `p${k}`, nested: { on: k % 2 === 0 } },
    seed: k,
    horizon: steps / 4,
    status: "ok",
    seriesHash: `hash-${k}`,
    steps,
    tEnd: steps / 4,
    wallMs: 1,
    worker: "test",
    summary: { last_x: syntheticValue(k, 0, steps), k },
    series: { t, metrics, values },
  };
}

export const SYNTHETIC_EXPERIMENT = {
  model: "synthetic",
  modelVersion: "1.0.0",
  spec: { name: "exp", model: "synthetic", factors: { k: { values: [0, 1, 2] } } },
  softwareVersion: "0.1.0",
};
