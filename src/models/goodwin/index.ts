import type { Model } from "../../engine/model.ts";
import { type GoodwinParams, goodwinParams } from "./params.ts";
import { GOODWIN_RANGES } from "./ranges.ts";
import { createGoodwin } from "./simulation.ts";

export type { GoodwinParams } from "./params.ts";

const STEPS_PER_YEAR = 20;

/**
 * Goodwin (1967) growth cycle in the wage share ω and the employment rate λ, with a linear
 * Phillips curve or the Grasselli–Costa Lima (2012) one. Deterministic; integrated with DOPRI5.
 */
export const goodwin: Model<GoodwinParams> = {
  name: "goodwin",
  version: "1.1.0",
  description:
    "Goodwin (1967) growth cycle: wage share vs employment rate, linear or Grasselli–Costa Lima (2012) Phillips curve",
  timeUnit: "year",
  stepsPerUnit: STEPS_PER_YEAR,
  defaultHorizon: 100,
  stochastic: false,
  params: goodwinParams,
  ranges: GOODWIN_RANGES,
  metrics: ["omega", "lambda"],
  metricDescriptions: ["wage share ω: wages over output", "employment rate λ: employed over labour force"],
  create: (params) => createGoodwin(params, STEPS_PER_YEAR),
};
