import type { Model, Simulation } from "../../engine/model.ts";
import { InvariantError } from "../../engine/model.ts";
import { IntBlock, type RngStreams } from "../../engine/rng.ts";
import { giniOfIntegers } from "./gini.ts";
import { type BoltzmannParams, boltzmannParams } from "./params.ts";
import { BOLTZMANN_RANGES } from "./ranges.ts";
import { bytesPerAgent, initialState } from "./state.ts";
import { exchangeStep } from "./step.ts";

export type { BoltzmannParams } from "./params.ts";

const METRICS = ["gini", "zeroShare", "maxWealth"] as const;

/**
 * The money-exchange ("Boltzmann wealth") model of Mesa's introductory tutorial: N agents with
 * wealth 1; each step every agent, in a fresh random order, gives one unit to a uniformly drawn
 * agent (itself included) if its wealth is positive. The engine's performance benchmark.
 */
export const boltzmann: Model<BoltzmannParams> = {
  name: "boltzmann",
  version: "2.0.0",
  description:
    "Mesa tutorial's Boltzmann wealth model: random unit gifts, shuffled activation, Gini (performance benchmark).",
  timeUnit: "period",
  stepsPerUnit: 1,
  defaultHorizon: 100,
  stochastic: true,
  params: boltzmannParams,
  ranges: BOLTZMANN_RANGES,
  metrics: METRICS,
  metricDescriptions: [
    "Gini coefficient of wealth, Mesa's compute_gini formula",
    "share of agents with zero wealth",
    "largest wealth held by one agent",
  ],
  create(params: BoltzmannParams, rng: RngStreams): Simulation {
    const n = params.N;
    const state = initialState(n);
    const gen = rng.stream("exchange");
    const gifts = new IntBlock(gen, n, { method: "lemire" });
    let counts: Float64Array = new Float64Array(64);
    return {
      observe(out: Float64Array): void {
        const wealth = state.agents.cols.wealth;
        const g = giniOfIntegers(wealth, n, counts);
        counts = g.counts;
        let max = 0;
        for (let v = counts.length - 1; v >= 0; v--)
          if (counts[v] > 0) {
            max = v;
            break;
          }
        out[0] = g.gini;
        out[1] = counts[0] / n;
        out[2] = max;
      },
      step(): void {
        exchangeStep(state.agents.cols.wealth, state.order, n, gen, gifts);
      },
      check(step: number): void {
        const wealth = state.agents.cols.wealth;
        let total = 0;
        for (let i = 0; i < n; i++) {
          if (wealth[i] < 0)
            throw new InvariantError(step, "wealth", { agent: i, wealth: wealth[i] }, "negative wealth");
          total += wealth[i];
        }
        if (total !== n) throw new InvariantError(step, "totalWealth", { total, expected: n });
      },
      summary(): Record<string, number> {
        return { bytesPerAgent: bytesPerAgent(state) };
      },
    };
  },
};
