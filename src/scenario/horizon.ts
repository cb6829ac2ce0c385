import { z } from "zod";
import type { AnyModel } from "../engine/model.ts";
import { MAX_HORIZON } from "./limits.ts";

/** A horizon field of a scenario, experiment or thesis file: > 0 and at most MAX_HORIZON. */
export const horizonSchema = z.number().positive().max(MAX_HORIZON);

/**
 * Why `horizon` cannot be run by `model`, or undefined: a run must take at least one step
 * (1 / stepsPerUnit time units); a shorter horizon would run nothing and report `ok`.
 */
export function horizonProblem(horizon: number, model: AnyModel): string | undefined {
  if (!(Number.isFinite(horizon) && horizon > 0 && horizon <= MAX_HORIZON))
    return `expected a number > 0 and <= ${MAX_HORIZON}, got ${horizon}`;
  const step = 1 / model.stepsPerUnit;
  if (Math.round(horizon * model.stepsPerUnit) < 1)
    return `expected at least one step of ${model.name} (${Number(step.toPrecision(4))} ${model.timeUnit}s), got ${horizon}`;
  return undefined;
}
