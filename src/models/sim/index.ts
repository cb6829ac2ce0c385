import type { Model, Simulation } from "../../engine/model.ts";
import { ConvergenceTracker } from "./convergence.ts";
import {
  checkBalanceSheetMatrix,
  checkRedundantEquation,
  checkTransactionFlowMatrix,
  largestMagnitude,
} from "./invariants.ts";
import { steadyState } from "./mechanisms/steadyState.ts";
import { observeSim, SIM_METRIC_DESCRIPTIONS, SIM_METRICS } from "./metrics.ts";
import { type SimParams, simParams } from "./params.ts";
import { SIM_RANGES } from "./ranges.ts";
import { initialState, type SimState } from "./state.ts";
import { governmentExpenditure, stepSim } from "./step.ts";

export type { SimParams } from "./params.ts";
export type { SimState } from "./state.ts";

/** A running SIM economy; `state` is exposed read-write for inspection and for fault-injection tests. */
export interface SimSimulation extends Simulation {
  readonly state: SimState;
}

/**
 * Model SIM, "the simplest model with government money" (Godley & Lavoie 2007, *Monetary
 * Economics*, ch. 3): households, production firms and a government; money is the only asset.
 * Each period's simultaneous system is solved in closed form; the transactions-flow matrix, the
 * balance sheet and the redundant equation Hh = Hs are checked by `check()`.
 */
export const sim: Model<SimParams> = {
  name: "sim",
  version: "1.0.0",
  description:
    "Godley & Lavoie (2007, ch. 3) model SIM: the simplest stock-flow consistent economy with government money",
  timeUnit: "period",
  stepsPerUnit: 1,
  defaultHorizon: 100,
  stochastic: false,
  params: simParams,
  ranges: SIM_RANGES,
  metrics: SIM_METRICS,
  metricDescriptions: SIM_METRIC_DESCRIPTIONS,
  create(p: SimParams): SimSimulation {
    const state = initialState(p);
    const convergence = new ConvergenceTracker(0.01);
    let maxAbsHhMinusHs = 0;
    let scale = 0;
    const starOf = (t: number) =>
      steadyState(governmentExpenditure(p, Math.max(t, 1)), p.theta, p.alpha1, p.alpha2, p.W);
    return {
      state,
      observe(out) {
        observeSim(state, out);
      },
      step() {
        stepSim(state, p);
        convergence.record(state.t, state.Y, starOf(state.t).Y);
        const gap = Math.abs(state.Hh - state.Hs);
        if (gap > maxAbsHhMinusHs) maxAbsHhMinusHs = gap;
      },
      check(step) {
        // The size of the economy: its largest flow or stock so far. Hh and Hs are running sums
        // kept apart, so their rounding errors are relative to the largest stock they went through.
        scale = Math.max(scale, largestMagnitude(state.tfm, state.bsm, [state.HhPrev, state.HsPrev]));
        checkTransactionFlowMatrix(state.tfm, step, scale);
        checkRedundantEquation(state.Hh, state.Hs, step, scale);
        checkBalanceSheetMatrix(state.bsm, step, scale);
      },
      summary() {
        const star = starOf(state.t);
        return {
          Ystar: star.Y,
          YDstar: star.YD,
          Cstar: star.C,
          Hstar: star.H,
          Yfinal: state.Y,
          YgapFinal: star.Y - state.Y,
          periodsTo99: convergence.periods(),
          maxAbsHhMinusHs,
        };
      },
    };
  },
};
