import type { Simulation } from "./model.ts";
import type { Seed } from "./rng.ts";

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
