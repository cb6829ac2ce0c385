import type { RunRecord } from "../store/index.ts";
import type { RunOutcome } from "./execute-run.ts";
import type { RunSpec } from "./specs.ts";

/** The store record of a run: the spec that asked for it and the outcome a worker sent back. */
export function runRecord(spec: RunSpec, out: RunOutcome, worker: string): RunRecord {
  return {
    runKey: spec.runKey,
    experiment: spec.experiment,
    pointIndex: spec.pointIndex,
    model: spec.model,
    modelVersion: spec.modelVersion,
    params: spec.params,
    seed: spec.seed,
    horizon: spec.horizon,
    status: out.status,
    seriesHash: out.seriesHash,
    failure: out.failure,
    errorText: out.errorText,
    steps: out.steps,
    tEnd: out.tEnd,
    wallMs: out.wallMs,
    worker,
    summary: out.summary,
    series: out.series.metrics.length ? out.series : undefined,
  };
}
