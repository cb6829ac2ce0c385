import type { ParamRange } from "../../engine/model.ts";

/** Plausible ranges of Granovetter's (1978) threshold model, in persons of a crowd of N. */
export const THRESHOLD_RANGES: Readonly<Record<string, ParamRange>> = {
  N: {
    min: 10,
    max: 10_000,
    integer: true,
    source: "crowd size (Granovetter 1978's example: 100)",
    screen: false,
  },
  mean: { min: 10, max: 40, source: "mean threshold around Granovetter's 25 of 100" },
  sd: { min: 0, max: 25, source: "spread of thresholds around the critical 12.2 of Granovetter's example" },
  min: { min: 0, max: 20, source: "lower end of uniform thresholds" },
  max: { min: 50, max: 100, source: "upper end of uniform thresholds (100: the whole crowd)" },
};
