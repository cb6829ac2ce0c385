import type { ParamRange } from "../../engine/model.ts";

const SOLVER = "numerical tolerance of the solver, not a behaviour";

/**
 * Plausible ranges of the Goodwin parameters (global robustness): around the defaults, wide enough
 * to hold Harvie (2000, Cambridge Journal of Economics)'s estimates for Italy (a = 0.046,
 * b = 0.0049, capital-output ratio 3.35).
 */
export const GOODWIN_RANGES: Readonly<Record<string, ParamRange>> = {
  nu: { min: 2, max: 4, source: "capital-output ratios of 2–4 (Harvie 2000: Italy 3.35)" },
  alpha: { min: 0.01, max: 0.05, source: "productivity growth 1–5% a year (Harvie 2000: Italy 4.6%)" },
  beta: { min: 0, max: 0.02, source: "labour-force growth 0–2% a year (Harvie 2000: Italy 0.49%)" },
  delta: { min: 0, max: 0.05, source: "depreciation 0–5% a year (Grasselli & Costa Lima 2012 use 1%)" },
  gamma: { min: 2, max: 6, source: "linear Phillips intercept around the tangent to the GCL curve (≈ 3.99)" },
  rho: {
    min: 2,
    max: 6,
    source: "linear Phillips slope around the GCL curve's slope at equilibrium (≈ 4.15)",
  },
  phi0: {
    min: 0.03,
    max: 0.05,
    source: "GCL Phillips curve: Φ(0) between −0.03 and −0.05 (Grasselli & Costa Lima 2012 use −0.04)",
  },
  phi1: {
    min: 0.00003,
    max: 0.00013,
    source: "GCL Phillips curve: half to twice φ1, moving the equilibrium employment rate by a few points",
  },
  omega0: {
    min: 0.6,
    max: 0.95,
    source:
      "initial wage share: post-war adjusted wage shares 0.6–0.8, up to the equilibrium's neighbourhood",
  },
  lambda0: { min: 0.85, max: 0.99, source: "initial employment rate 85–99%" },
  rtol: { min: 1e-12, max: 1e-8, source: SOLVER, screen: false },
  atol: { min: 1e-14, max: 1e-10, source: SOLVER, screen: false },
  checkTol: {
    min: 1e-8,
    max: 1e-4,
    source: "tolerance of the invariant check, not a behaviour",
    screen: false,
  },
};
