import type { AnyModel } from "./model.ts";
import type { RunOptions, RunResult } from "./run-types.ts";
import { Stepper } from "./stepper.ts";

export type { RunFailure, RunOptions, RunResult, RunStatus } from "./run-types.ts";

/** Validate raw parameters against the model's schema, filling defaults. Throws zod's error. */
export function resolveParams(model: AnyModel, raw: Record<string, unknown> = {}): Record<string, unknown> {
  return model.params.parse(raw) as Record<string, unknown>;
}

/**
 * Run a model: a pure function of (model, version, params, seed, horizon). The engine's one run
 * loop (`Stepper`, stepper.ts) run in one go: rows stream to `onRow` and into the digest; only
 * running summaries are kept, so memory does not grow with the horizon. Never throws for a
 * failure of the run itself: the status says what happened.
 */
export function runModel(model: AnyModel, params: Record<string, unknown>, opts: RunOptions = {}): RunResult {
  const { seed = 0, horizon = model.defaultHorizon, ...rest } = opts;
  return new Stepper(model, params, seed, horizon, rest).finish();
}
