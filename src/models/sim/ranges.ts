import type { ParamRange } from "../../engine/model.ts";

/** Plausible ranges of model SIM's parameters (Godley & Lavoie 2007, ch. 3). */
export const SIM_RANGES: Readonly<Record<string, ParamRange>> = {
  G: { min: 10, max: 40, source: "government expenditure half to twice the book's 20 (a scale: Y* = G / θ)" },
  theta: { min: 0.1, max: 0.4, source: "tax rates of 10–40% (the book uses 20%)" },
  alpha1: { min: 0.4, max: 0.9, source: "propensity to consume out of income (the book uses 0.6)" },
  alpha2: { min: 0.1, max: 0.6, source: "propensity to consume out of wealth (the book uses 0.4)" },
  W: { min: 0.5, max: 2, source: "the wage rate is a numéraire: half to twice 1" },
  H0: { min: 0, max: 80, source: "initial money stock from the book's 0 to the steady state 80" },
  shockPeriod: { min: 0, max: 50, integer: true, source: "timing of the book's experiment (0 = no shock)" },
  Gshock: { min: 20, max: 30, source: "the book's experiment raises G from 20 to 25" },
};
