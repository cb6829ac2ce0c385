import type { ParamRange } from "../../engine/model.ts";

const SOLVER = "numerical tolerance of the solver, not a behaviour";

/** Plausible ranges of the Keen (1995) parameters as specified by Grasselli & Costa Lima (2012). */
export const KEEN_RANGES: Readonly<Record<string, ParamRange>> = {
  nu: { min: 2, max: 4, source: "capital-output ratios of 2–4 (Harvie 2000: Italy 3.35)" },
  alpha: { min: 0.01, max: 0.05, source: "productivity growth 1–5% a year (Harvie 2000: Italy 4.6%)" },
  beta: { min: 0, max: 0.02, source: "labour-force growth 0–2% a year (Harvie 2000: Italy 0.49%)" },
  delta: { min: 0, max: 0.05, source: "depreciation 0–5% a year (Grasselli & Costa Lima 2012 use 1%)" },
  r: {
    min: 0.01,
    max: 0.06,
    source: "real interest rates of 1–6% a year (Grasselli & Costa Lima 2012 use 3%)",
  },
  k0: {
    min: -0.01,
    max: -0.003,
    source: "investment function constant around Grasselli & Costa Lima (2012)'s −0.0065",
  },
  k1: {
    min: 0.004,
    max: 0.01,
    source: "investment function scale around e^−5 (Grasselli & Costa Lima 2012)",
  },
  k2: { min: 15, max: 25, source: "investment function steepness around 20 (Grasselli & Costa Lima 2012)" },
  phi0: { min: 0.03, max: 0.05, source: "Phillips curve: Φ(0) between −0.03 and −0.05" },
  phi1: { min: 0.00003, max: 0.00013, source: "Phillips curve: half to twice φ1" },
  omega0: {
    min: 0.6,
    max: 0.95,
    source: "initial wage share (Grasselli & Costa Lima 2012's basins start from 0.5–1)",
  },
  lambda0: {
    min: 0.6,
    max: 0.99,
    source: "initial employment rate (the basin of the good equilibrium lies in this span)",
  },
  d0: { min: 0, max: 1, source: "initial debt-to-output ratio 0–1" },
  rtol: { min: 1e-12, max: 1e-7, source: SOLVER, screen: false },
  atol: { min: 1e-14, max: 1e-10, source: SOLVER, screen: false },
};
