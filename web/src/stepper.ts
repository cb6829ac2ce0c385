import {
  type AnyModel,
  DivergedError,
  InvariantError,
  SeriesHasher,
  type Simulation,
  streams,
} from "./engine.ts";

/** How a lab run ended; the same words as `RunResult.status` of `src/engine/run.ts`. */
export type StepperStatus = "running" | "ok" | "diverged" | "invariant-failed" | "error";

/** Where and why a run stopped early. */
export interface StepperFailure {
  step: number;
  t: number;
  message: string;
  variable?: string;
}

/**
 * A run of a model that advances on request: the loop of `runModel` (src/engine/run.ts) cut
 * into pieces, so the lab can run, pause and step. It records the row at t = 0, then one row
 * after every `step()` at t = k / stepsPerUnit, stops at round(horizon * stepsPerUnit) steps or
 * when the simulation is done, treats a non-finite value and the engine's errors as run.ts does,
 * and digests exactly the rows run.ts digests: its `hash` equals `refusal run --json`'s `hash`
 * for the same model, params, seed and horizon, however the run is cut into batches.
 */
export class Stepper {
  readonly totalSteps: number;
  readonly width: number;
  /** Steps done so far. */
  step = 0;
  /** Rows recorded so far (the row at t = 0 included). */
  rows = 0;
  status: StepperStatus = "running";
  failure?: StepperFailure;
  /** SHA-256 of the series, once the run has ended. */
  hash?: string;
  readonly sim: Simulation;
  private readonly row: Float64Array;
  private readonly hasher: SeriesHasher;

  constructor(
    readonly model: AnyModel,
    params: Record<string, unknown>,
    seed: number,
    horizon: number,
  ) {
    if (!(Number.isFinite(horizon) && horizon >= 0))
      throw new RangeError(`horizon must be a finite number >= 0, got ${horizon}`);
    this.totalSteps = Math.round(horizon * model.stepsPerUnit);
    this.width = model.metrics.length;
    this.row = new Float64Array(this.width);
    this.hasher = new SeriesHasher(model.metrics);
    this.sim = model.create(params, streams(seed));
  }

  /** Time of step k, as run.ts computes it. */
  timeOf(k: number): number {
    return k / this.model.stepsPerUnit;
  }

  get finished(): boolean {
    return this.status !== "running";
  }

  /**
   * Record up to `maxRows` rows into `out` (row-major: t, then the metrics), stepping the
   * simulation before each row except the first row of the run; stop after the step
   * during which `deadline` (a `performance.now()` value) passed. Returns the number of rows written.
   */
  advance(maxRows: number, out: Float64Array, deadline = Number.POSITIVE_INFINITY): number {
    const stride = this.width + 1;
    let n = 0;
    if (this.status !== "running") return 0;
    try {
      if (this.rows === 0 && maxRows > 0) {
        if (!this.record(0, out, 0)) return this.end(n);
        n++;
      }
      while (n < maxRows && !this.atEnd()) {
        this.sim.step();
        this.step++;
        if (!this.record(this.timeOf(this.step), out, n * stride)) return this.end(n);
        n++;
        if (performance.now() > deadline) break;
      }
      if (this.rows > 0 && this.status === "running" && this.atEnd()) return this.end(n, "ok");
    } catch (e) {
      this.fail(e);
      return this.end(n);
    }
    return n;
  }

  /** The loop condition of run.ts, negated: the horizon is reached or the simulation is done. */
  private atEnd(): boolean {
    return this.step >= this.totalSteps || this.sim.done?.() === true;
  }

  /** Observe, check finiteness, digest and copy one row; false (and a failure) on a non-finite value. */
  private record(t: number, out: Float64Array, at: number): boolean {
    const row = this.row;
    this.sim.observe(row);
    for (let i = 0; i < this.width; i++) {
      const v = row[i];
      if (!Number.isFinite(v)) {
        const name = this.model.metrics[i];
        this.status = "diverged";
        this.failure = {
          step: this.step,
          t,
          variable: name,
          message: `${name} is ${v} at step ${this.step} (t=${t})`,
        };
        return false;
      }
    }
    this.hasher.row(t, row);
    this.rows++;
    out[at] = t;
    out.set(row, at + 1);
    return true;
  }

  private fail(e: unknown): void {
    const t = this.timeOf(this.step);
    if (e instanceof DivergedError) {
      this.status = "diverged";
      this.failure = { step: this.step, t, message: e.message, variable: e.variable };
    } else if (e instanceof InvariantError) {
      this.status = "invariant-failed";
      this.failure = { step: e.step, t: this.timeOf(e.step), message: e.message, variable: e.variable };
    } else {
      this.status = "error";
      this.failure = { step: this.step, t, message: e instanceof Error ? e.message : String(e) };
    }
  }

  private end(rows: number, status?: StepperStatus): number {
    if (status && this.status === "running") this.status = status;
    if (this.status !== "running" && this.hash === undefined) this.hash = this.hasher.digest();
    return rows;
  }
}
