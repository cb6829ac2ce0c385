import type { Model, Simulation } from "../../engine/model.ts";
import { checkThreshold } from "./invariants.ts";
import { meanFieldEquilibrium } from "./mechanisms/meanField.ts";
import { observeThreshold, THRESHOLD_METRIC_DESCRIPTIONS, THRESHOLD_METRICS } from "./metrics.ts";
import { type ThresholdParams, thresholdParams } from "./params.ts";
import { THRESHOLD_RANGES } from "./ranges.ts";
import { initialState, type ThresholdState } from "./state.ts";
import { atFixedPoint, stepThreshold } from "./step.ts";

export type { ThresholdParams } from "./params.ts";
export type { ThresholdState } from "./state.ts";

/** A running cascade; `state` is exposed for inspection and for fault-injection tests. */
export interface ThresholdSimulation extends Simulation {
  readonly state: ThresholdState;
}

/**
 * Granovetter (1978), "Threshold models of collective behavior" (American Journal of Sociology
 * 83(6): 1420–1443): each person joins once the number of others taking part reaches their
 * threshold; synchronous rounds from nobody; the run ends at the first fixed point of the
 * cumulative distribution of thresholds.
 */
export const threshold: Model<ThresholdParams> = {
  name: "threshold",
  version: "1.0.0",
  description:
    "Granovetter (1978) threshold model of collective behaviour: a cascade through a crowd's thresholds",
  timeUnit: "round",
  stepsPerUnit: 1,
  defaultHorizon: 1000,
  stochastic: true,
  params: thresholdParams,
  ranges: THRESHOLD_RANGES,
  metrics: THRESHOLD_METRICS,
  metricDescriptions: THRESHOLD_METRIC_DESCRIPTIONS,
  create(p: ThresholdParams, rng): ThresholdSimulation {
    const state = initialState(p, rng.stream("thresholds"));
    return {
      state,
      observe(out) {
        observeThreshold(state, out);
      },
      step() {
        stepThreshold(state);
      },
      check(step) {
        checkThreshold(state, step);
      },
      done() {
        return atFixedPoint(state);
      },
      summary() {
        const reached = atFixedPoint(state);
        const out: Record<string, number> = {
          N: state.N,
          instigators: state.cum[0],
          finalParticipants: state.r,
          finalParticipation: state.r / state.N,
          rounds: state.t,
          reachedFixedPoint: reached ? 1 : 0,
          equilibrium: state.equilibrium,
          equilibriumParticipation: state.equilibrium / state.N,
        };
        if (p.distribution === "normal")
          out.meanFieldEquilibrium = meanFieldEquilibrium(state.N, p.mean, p.sd);
        return out;
      },
    };
  },
};
