import { Column } from "./column.ts";
import { SeriesHasher } from "./hash.ts";
import { type AnyModel, DivergedError, InvariantError, type Simulation } from "./model.ts";
import { type Seed, streams } from "./rng.ts";
import type { RunFailure, RunOptions, RunResult, RunStatus } from "./run-types.ts";

/** How a stepped run stands: still running, or how it ended (`RunResult.status`). */
export type StepperStatus = "running" | RunStatus;

/** Where and why a run stopped early (as `RunResult.failure`). */
export type StepperFailure = RunFailure;

export interface StepperOptions extends Pick<RunOptions, "check" | "onRow" | "onProgress" | "onStep"> {
  /** Keep every recorded row, so that `snapshot()` gives the series so far (default: only digested). */
  keepSeries?: boolean;
}

/** Where a stepped run stands: what `snapshot()` gives at any moment. */
export interface RunSnapshot {
  status: StepperStatus;
  /** Steps done, the time reached, rows recorded (the row at t = 0 included). */
  step: number;
  t: number;
  rows: number;
  /** The digest of the rows recorded so far: at the end, the run's hash. */
  hash: string;
  /** The series so far, when the run keeps it (`keepSeries`): t and one column per metric. */
  series?: { t: Float64Array; metrics: string[]; values: Float64Array[] };
}

/**
 * The run loop of the engine, resumable: create it (the simulation starts), `advance()` it by as
 * many rows as wanted, `observe()` and `snapshot()` it between, `result()` at the end. It records
 * the row at t = 0, then one row after every step at t = k / stepsPerUnit, stops at
 * round(horizon * stepsPerUnit) steps or when the simulation is done, stops a run whose metric is
 * not finite as `diverged` (that row not digested), turns the engine's errors into a status, and
 * digests every recorded row: however the run is cut, its rows, status and hash are the same.
 * `runModel` (run.ts) is this loop run in one go; the lab's Web Worker steps it in batches.
 */
export class Stepper {
  readonly totalSteps: number;
  /** Metrics per row. */
  readonly width: number;
  readonly sim: Simulation;
  /** Steps done so far. */
  step = 0;
  /** Rows recorded so far (the row at t = 0 included). */
  rows = 0;
  status: StepperStatus = "running";
  failure?: StepperFailure;
  /** SHA-256 of the series, once the run has ended. */
  hash?: string;
  private outcome?: RunResult;
  private readonly row: Float64Array;
  private readonly lastGood: Float64Array;
  private readonly sum: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly hasher: SeriesHasher;
  private readonly progressEvery: number;
  private readonly kept?: { t: Column; values: Column[] };

  constructor(
    readonly model: AnyModel,
    readonly params: Record<string, unknown>,
    readonly seed: Seed,
    readonly horizon: number,
    private readonly opts: StepperOptions = {},
  ) {
    if (!(Number.isFinite(horizon) && horizon >= 0))
      throw new RangeError(`horizon must be a finite number >= 0, got ${horizon}`);
    this.totalSteps = Math.round(horizon * model.stepsPerUnit);
    const m = model.metrics.length;
    this.width = m;
    this.row = new Float64Array(m);
    this.lastGood = new Float64Array(m);
    this.sum = new Float64Array(m);
    this.min = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
    this.max = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
    this.hasher = new SeriesHasher(model.metrics);
    this.progressEvery = Math.max(1, Math.floor(this.totalSteps / 100));
    if (opts.keepSeries) this.kept = { t: new Column(), values: model.metrics.map(() => new Column()) };
    this.sim = model.create(params, streams(seed));
  }

  /** Time of step k. */
  timeOf(k: number): number {
    return k / this.model.stepsPerUnit;
  }

  get finished(): boolean {
    return this.status !== "running";
  }

  /**
   * Record up to `maxRows` rows, stepping the simulation before each row except the first row of
   * the run, each copied into `out` when given (row-major: t, then the metrics); stop after the
   * step during which `deadline` (a `performance.now()` value) passed. Returns the rows recorded.
   */
  advance(maxRows: number, out?: Float64Array, deadline = Number.POSITIVE_INFINITY): number {
    const stride = this.width + 1;
    const timed = deadline < Number.POSITIVE_INFINITY;
    let n = 0;
    if (this.status !== "running") return 0;
    try {
      if (this.rows === 0 && maxRows > 0) {
        if (this.opts.check) this.sim.check?.(0);
        if (!this.record(0, out, 0)) return this.end(n);
        n++;
      }
      while (n < maxRows && !this.atEnd()) {
        this.sim.step();
        this.step++;
        if (this.opts.check) this.sim.check?.(this.step);
        if (!this.record(this.timeOf(this.step), out, n * stride)) return this.end(n);
        n++;
        if (this.opts.onProgress && this.step % this.progressEvery === 0)
          this.opts.onProgress(this.step, this.totalSteps);
        if (timed && performance.now() > deadline) break;
      }
      if (this.rows > 0 && this.status === "running" && this.atEnd()) return this.end(n, "ok");
    } catch (e) {
      this.fail(e);
      return this.end(n);
    }
    return n;
  }

  /** Run to the end (or to the first failure); the run's result. */
  finish(): RunResult {
    while (!this.finished) this.advance(Number.POSITIVE_INFINITY);
    return this.result();
  }

  /** The metric values of the last row recorded (undefined before the first). */
  observe(): Record<string, number> | undefined {
    if (this.rows === 0) return undefined;
    const out: Record<string, number> = {};
    for (let i = 0; i < this.width; i++) out[this.model.metrics[i]] = this.lastGood[i];
    return out;
  }

  /** Where the run stands: status, steps, time, rows, the digest so far and (kept) the series so far. */
  snapshot(): RunSnapshot {
    const k = this.kept;
    return {
      status: this.status,
      step: this.step,
      t: this.timeOf(this.step),
      rows: this.rows,
      hash: this.hash ?? this.hasher.peek(),
      ...(k
        ? {
            series: {
              t: k.t.done(),
              metrics: [...this.model.metrics],
              values: k.values.map((c) => c.done()),
            },
          }
        : {}),
    };
  }

  /** The result of the ended run (as `runModel` gives it); throws while the run is going. */
  result(): RunResult {
    if (!this.outcome) throw new Error(`the run of ${this.model.name} has not ended (step ${this.step})`);
    return this.outcome;
  }

  /** The horizon is reached or the simulation is done. */
  private atEnd(): boolean {
    return this.step >= this.totalSteps || this.sim.done?.() === true;
  }

  /** Observe, check finiteness, digest and keep one row; false (and a failure) on a non-finite value. */
  private record(t: number, out: Float64Array | undefined, at: number): boolean {
    const row = this.row;
    const m = this.width;
    this.sim.observe(row);
    for (let i = 0; i < m; i++) {
      const v = row[i];
      if (!Number.isFinite(v)) {
        const name = this.model.metrics[i];
        this.status = "diverged";
        this.failure = {
          step: this.step,
          t,
          variable: name,
          values: { [name]: v },
          message: `${name} is ${v} at step ${this.step} (t=${t})`,
        };
        return false;
      }
    }
    this.hasher.row(t, row);
    for (let i = 0; i < m; i++) {
      const v = row[i];
      this.sum[i] += v;
      if (v < this.min[i]) this.min[i] = v;
      if (v > this.max[i]) this.max[i] = v;
    }
    this.rows++;
    this.lastGood.set(row);
    if (out) {
      out[at] = t;
      out.set(row, at + 1);
    }
    const k = this.kept;
    if (k) {
      k.t.push(t);
      for (let i = 0; i < m; i++) k.values[i].push(row[i]);
    }
    this.opts.onRow?.(t, row);
    this.opts.onStep?.(this.sim, this.step);
    return true;
  }

  private fail(e: unknown): void {
    const t = this.timeOf(this.step);
    if (e instanceof DivergedError) {
      this.status = "diverged";
      this.failure = {
        step: this.step,
        t,
        message: e.message,
        variable: e.variable,
        values: e.variable !== undefined && e.value !== undefined ? { [e.variable]: e.value } : undefined,
      };
    } else if (e instanceof InvariantError) {
      this.status = "invariant-failed";
      this.failure = {
        step: e.step,
        t: this.timeOf(e.step),
        message: e.message,
        variable: e.variable,
        values: e.values,
      };
    } else {
      this.status = "error";
      this.failure = { step: this.step, t, message: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The run has ended (or goes on, with no status): the last progress, summaries and hash, once. */
  private end(rows: number, status?: StepperStatus): number {
    if (status && this.status === "running") this.status = status;
    if (this.status !== "running" && !this.outcome) this.conclude();
    return rows;
  }

  private conclude(): void {
    const { model, step } = this;
    const m = this.width;
    this.opts.onProgress?.(step, this.totalSteps);
    // Values of the last recorded (finite) row, also for a run that failed later.
    const final: Record<string, number> = {};
    if (this.rows > 0) for (let i = 0; i < m; i++) final[model.metrics[i]] = this.lastGood[i];
    const summary: Record<string, number> = {};
    if (this.rows > 0) {
      for (let i = 0; i < m; i++) {
        const name = model.metrics[i];
        summary[`${name}_mean`] = this.sum[i] / this.rows;
        summary[`${name}_min`] = this.min[i];
        summary[`${name}_max`] = this.max[i];
      }
    }
    try {
      Object.assign(summary, this.sim.summary?.() ?? {});
    } catch (e) {
      if (this.status === "ok") {
        this.status = "error";
        this.failure = {
          step,
          t: this.timeOf(step),
          message: `summary: ${e instanceof Error ? e.message : String(e)}`,
        };
      }
    }
    this.hash = this.hasher.digest();
    const seed = this.seed;
    this.outcome = {
      model: model.name,
      modelVersion: model.version,
      params: this.params,
      seed: typeof seed === "bigint" ? seed.toString() : seed,
      horizon: this.horizon,
      status: this.status as RunStatus,
      ...(this.failure ? { failure: this.failure } : {}),
      steps: step,
      t: this.timeOf(step),
      final,
      summary,
      hash: this.hash,
    };
  }
}
