import type { ParamRange } from "../../engine/model.ts";

/** Plausible ranges of Wright's (2005) social-architecture model. */
export const WRIGHT_RANGES: Readonly<Record<string, ParamRange>> = {
  N: {
    min: 100,
    max: 1_000_000,
    integer: true,
    source: "number of actors (Wright 2005: 1000)",
    screen: false,
  },
  M: {
    min: 10_000,
    max: 1_000_000,
    integer: true,
    source: "money in coins (Wright 2005: 100000 for 1000 actors)",
  },
  wmin: { min: 5, max: 30, source: "lowest wage around Wright's 10 coins a month" },
  wmax: { min: 50, max: 150, source: "highest wage around Wright's 90 coins a month" },
  burnInYears: {
    min: 0,
    max: 50,
    integer: true,
    source: "bookkeeping: years left out of the summaries",
    screen: false,
  },
};
