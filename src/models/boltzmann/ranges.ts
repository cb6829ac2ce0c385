import type { ParamRange } from "../../engine/model.ts";

/** Plausible ranges of the Boltzmann wealth model (Mesa's tutorial). */
export const BOLTZMANN_RANGES: Readonly<Record<string, ParamRange>> = {
  N: {
    min: 10,
    max: 10_000_000,
    integer: true,
    source: "number of agents (Mesa's tutorial: 100; benchmarks to 10^7)",
    screen: false,
  },
};
