import { SeriesHasher } from "./hash.ts";
import { type AnyModel, DivergedError, InvariantError, type Simulation } from "./model.ts";
import { type Seed, streams } from "./rng.ts";

export type RunStatus = "ok" | "diverged" | "invariant-failed" | "error";

/** Where and why a run stopped early. */
export interface RunFailure {
  step: number;
  t: number;
  message: string;
  variable?: string;
  values?: Record<string, number>;
}

export interface RunOptions {
  /** Seed of the run's generator streams (default 0). */
  seed?: Seed;
  /** Horizon in the model's time unit (default `model.defaultHorizon`). */
  horizon?: number;
  /** Check every invariant after every step. */
  check?: boolean;
  /** Receives every recorded row (t, metric values). The row buffer is reused: copy what you keep. */
  onRow?: (t: number, row: Float64Array) => void;
  /** Called about a hundred times per run with steps done and steps in all. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called after every recorded row (step 0 is the initial state) with the simulation, to read what
   * it exposes beyond its metrics (e.g. its workplace cells). It must not change the simulation.
   */
  onStep?: (sim: Simulation, step: number) => void;
}

export interface RunResult {
  model: string;
  modelVersion: string;
  params: Record<string, unknown>;
  seed: number | string;
  horizon: number;
  status: RunStatus;
  failure?: RunFailure;
  /** Steps completed and the time reached. */
  steps: number;
  t: number;
  /** Metric values at the last recorded row. */
  final: Record<string, number>;
  /** The model's own summary figures plus `<metric>_mean`, `_min`, `_max` over all recorded rows. */
  summary: Record<string, number>;
  /** SHA-256 of the full output series (see SeriesHasher). */
  hash: string;
}

/** Validate raw parameters against the model's schema, filling defaults. Throws zod's error. */
export function resolveParams(model: AnyModel, raw: Record<string, unknown> = {}): Record<string, unknown> {
  return model.params.parse(raw) as Record<string, unknown>;
}

/**
 * Run a model: a pure function of (model, version, params, seed, horizon). Rows stream to
 * `onRow` and into the digest; only running summaries are kept, so memory does not grow with
 * the horizon. Never throws for a failure of the run itself: the status says what happened.
 */
export function runModel(model: AnyModel, params: Record<string, unknown>, opts: RunOptions = {}): RunResult {
  const seed = opts.seed ?? 0;
  const horizon = opts.horizon ?? model.defaultHorizon;
  if (!(Number.isFinite(horizon) && horizon >= 0))
    throw new RangeError(`horizon must be a finite number >= 0, got ${horizon}`);
  const totalSteps = Math.round(horizon * model.stepsPerUnit);
  const m = model.metrics.length;
  const row = new Float64Array(m);
  const lastGood = new Float64Array(m);
  const hasher = new SeriesHasher(model.metrics);
  const sum = new Float64Array(m);
  const min = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  let rows = 0;
  let status: RunStatus = "ok";
  let failure: RunFailure | undefined;
  let step = 0;
  const progressEvery = Math.max(1, Math.floor(totalSteps / 100));

  const record = (t: number): boolean => {
    sim.observe(row);
    for (let i = 0; i < m; i++) {
      const v = row[i];
      if (!Number.isFinite(v)) {
        status = "diverged";
        failure = {
          step,
          t,
          variable: model.metrics[i],
          values: { [model.metrics[i]]: v },
          message: `${model.metrics[i]} is ${v} at step ${step} (t=${t})`,
        };
        return false;
      }
    }
    hasher.row(t, row);
    for (let i = 0; i < m; i++) {
      const v = row[i];
      sum[i] += v;
      if (v < min[i]) min[i] = v;
      if (v > max[i]) max[i] = v;
    }
    rows++;
    lastGood.set(row);
    opts.onRow?.(t, row);
    opts.onStep?.(sim, step);
    return true;
  };

  const sim = model.create(params, streams(seed));
  const timeOf = (k: number) => k / model.stepsPerUnit;
  try {
    if (opts.check) sim.check?.(0);
    if (record(0)) {
      while (step < totalSteps && !sim.done?.()) {
        sim.step();
        step++;
        if (opts.check) sim.check?.(step);
        if (!record(timeOf(step))) break;
        if (opts.onProgress && step % progressEvery === 0) opts.onProgress(step, totalSteps);
      }
    }
  } catch (e) {
    const t = timeOf(step);
    if (e instanceof DivergedError) {
      status = "diverged";
      failure = {
        step,
        t,
        message: e.message,
        variable: e.variable,
        values: e.variable !== undefined && e.value !== undefined ? { [e.variable]: e.value } : undefined,
      };
    } else if (e instanceof InvariantError) {
      status = "invariant-failed";
      failure = {
        step: e.step,
        t: timeOf(e.step),
        message: e.message,
        variable: e.variable,
        values: e.values,
      };
    } else {
      status = "error";
      failure = { step, t, message: e instanceof Error ? e.message : String(e) };
    }
  }
  opts.onProgress?.(step, totalSteps);

  // Values of the last recorded (finite) row, also for a run that failed later.
  const final: Record<string, number> = {};
  if (rows > 0) for (let i = 0; i < m; i++) final[model.metrics[i]] = lastGood[i];
  const summary: Record<string, number> = {};
  if (rows > 0) {
    for (let i = 0; i < m; i++) {
      const name = model.metrics[i];
      summary[`${name}_mean`] = sum[i] / rows;
      summary[`${name}_min`] = min[i];
      summary[`${name}_max`] = max[i];
    }
  }
  try {
    Object.assign(summary, sim.summary?.() ?? {});
  } catch (e) {
    if (status === "ok") {
      status = "error";
      failure = { step, t: timeOf(step), message: `summary: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return {
    model: model.name,
    modelVersion: model.version,
    params,
    seed: typeof seed === "bigint" ? seed.toString() : seed,
    horizon,
    status,
    ...(failure ? { failure } : {}),
    steps: step,
    t: timeOf(step),
    final,
    summary,
    hash: hasher.digest(),
  };
}
