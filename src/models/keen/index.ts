import type { Model } from "../../engine/model.ts";
import { type KeenParams, keenParams } from "./params.ts";
import { KEEN_RANGES } from "./ranges.ts";
import { createKeen } from "./simulation.ts";

export type { KeenParams } from "./params.ts";

const STEPS_PER_YEAR = 10;

/**
 * Keen (1995) Goodwin–Minsky model of debt-financed investment, as specified by Grasselli & Costa
 * Lima (2012). Deterministic; integrated with DOPRI5.
 */
export const keen: Model<KeenParams> = {
  name: "keen",
  version: "1.1.0",
  description:
    "Keen (1995) Goodwin–Minsky model with debt-financed investment, as specified by Grasselli & Costa Lima (2012)",
  timeUnit: "year",
  stepsPerUnit: STEPS_PER_YEAR,
  defaultHorizon: 300,
  stochastic: false,
  params: keenParams,
  ranges: KEEN_RANGES,
  metrics: ["omega", "lambda", "d", "pi"],
  metricDescriptions: [
    "wage share ω: wages over output",
    "employment rate λ: employed over labour force",
    "firms' debt-to-output ratio d",
    "net profit share π = 1 − ω − r d",
  ],
  create: (params) => createKeen(params, STEPS_PER_YEAR),
};
