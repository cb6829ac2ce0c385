import { Column } from "../engine/column.ts";
import type { AnyModel } from "../engine/model.ts";
import { type RunFailure, type RunStatus, runModel } from "../engine/run.ts";
import type { StoredSeries } from "../store/types.ts";
import type { RunSpec } from "./specs.ts";

/** What a run sends back to the main thread: plain data and typed arrays (transferable). */
export interface RunOutcome {
  runKey: string;
  status: RunStatus;
  failure?: RunFailure;
  errorText?: string;
  steps: number;
  tEnd: number;
  seriesHash: string | null;
  summary: Record<string, number>;
  final: Record<string, number>;
  /** Thinned series of the recorded metrics: t and one array per metric (same length). */
  series: StoredSeries;
  wallMs: number;
}

/** The outcome of a spec that could not be run at all (status `error`, nothing recorded). */
export function failedRun(spec: RunSpec, errorText: string, wallMs = 0): RunOutcome {
  return {
    runKey: spec.runKey,
    status: "error",
    errorText,
    steps: 0,
    tEnd: 0,
    seriesHash: null,
    summary: {},
    final: {},
    series: { t: new Float64Array(0), metrics: [], values: [] },
    wallMs,
  };
}

/**
 * Run one spec: the same function inline, in a worker thread or on a remote worker, so the
 * results are identical whatever executes them. Never throws for a failure of the run.
 */
export function executeRun(
  spec: RunSpec,
  lookup: (name: string) => AnyModel | undefined,
  now: () => number = () => 0,
): RunOutcome {
  const started = now();
  const model = lookup(spec.model);
  const failed = (errorText: string): RunOutcome => failedRun(spec, errorText, now() - started);
  if (!model || model.version !== spec.modelVersion) {
    return failed(
      model
        ? `model ${spec.model} is version ${model.version} here, the run asks for ${spec.modelVersion}`
        : `unknown model ${spec.model}`,
    );
  }
  const idx = spec.series.map((m) => model.metrics.indexOf(m));
  const tCol = new Column();
  const cols = idx.map(() => new Column());
  let k = 0;
  let lastT = Number.NaN;
  const lastRow = new Float64Array(model.metrics.length);
  try {
    const r = runModel(model, spec.params, {
      seed: spec.seed,
      horizon: spec.horizon,
      onRow:
        idx.length === 0
          ? undefined
          : (t, row) => {
              if (k++ % spec.every === 0) {
                tCol.push(t);
                for (let j = 0; j < idx.length; j++) cols[j].push(row[idx[j]]);
                lastT = Number.NaN;
              } else {
                lastT = t;
                lastRow.set(row);
              }
            },
    });
    // Always keep the last row, so thinned series end where the run ended.
    if (!Number.isNaN(lastT)) {
      tCol.push(lastT);
      for (let j = 0; j < idx.length; j++) cols[j].push(lastRow[idx[j]]);
    }
    return {
      runKey: spec.runKey,
      status: r.status,
      ...(r.failure ? { failure: r.failure, errorText: r.failure.message } : {}),
      steps: r.steps,
      tEnd: r.t,
      seriesHash: r.hash,
      summary: r.summary,
      final: r.final,
      series: { t: tCol.done(), metrics: spec.series, values: cols.map((c) => c.done()) },
      wallMs: now() - started,
    };
  } catch (e) {
    return failed(e instanceof Error ? e.message : String(e));
  }
}
