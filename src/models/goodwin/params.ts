import { z } from "zod";
import { phillipsInverse, phillipsSlope } from "./rhs.ts";

/** Grasselli & Costa Lima (2012) Phillips curve: Φ(0.96) = 0 and Φ(0) = −0.04. */
export const GCL_PHI0 = 0.04 / (1 - 0.04 ** 2);
export const GCL_PHI1 = (0.04 * 0.04 * 0.04) / (1 - 0.04 ** 2);
const ALPHA = 0.025;

const gclCurve = { phillips: "gcl", gamma: 0, rho: 0, phi0: GCL_PHI0, phi1: GCL_PHI1 } as const;
const gclLambdaStar = phillipsInverse(gclCurve, ALPHA);

/**
 * Default slope ρ of the linear Phillips curve: the slope of the GCL curve at its equilibrium,
 * ρ = Φ'(λ*) = 2φ1/(1 − λ*)³ ≈ 4.146. With γ below the line is the tangent of the GCL curve at
 * λ*, so both variants share the equilibrium and the small-oscillation period and differ only on
 * large orbits (where the linear curve lets λ exceed 1).
 */
export const LINEAR_RHO = phillipsSlope(gclCurve, gclLambdaStar);
/** Default intercept γ of the linear Phillips curve: ρλ* − α ≈ 3.991 (tangent at λ*). */
export const LINEAR_GAMMA = LINEAR_RHO * gclLambdaStar - ALPHA;

/** Parameters of the Goodwin growth cycle (Grasselli & Costa Lima 2012 notation). */
export const goodwinParams = z
  .object({
    nu: z.number().positive().default(3).describe("capital-output ratio ν"),
    alpha: z.number().default(ALPHA).describe("productivity growth rate α (per year)"),
    beta: z.number().default(0.02).describe("labour-force growth rate β (per year)"),
    delta: z.number().default(0.01).describe("depreciation rate δ (per year)"),
    phillips: z
      .enum(["linear", "gcl"])
      .default("gcl")
      .describe(
        "Phillips curve: 'linear' −γ + ρλ (Goodwin 1967) or 'gcl' φ1/(1−λ)² − φ0 (Grasselli–Costa Lima)",
      ),
    gamma: z
      .number()
      .default(LINEAR_GAMMA)
      .describe("linear Phillips curve intercept γ (default: tangent to the GCL curve at its equilibrium)"),
    rho: z
      .number()
      .positive()
      .default(LINEAR_RHO)
      .describe("linear Phillips curve slope ρ (default: slope of the GCL curve at its equilibrium)"),
    phi0: z
      .number()
      .default(GCL_PHI0)
      .describe("GCL Phillips curve φ0 = 0.04/(1−0.04²), so that Φ(0.96) = 0"),
    phi1: z
      .number()
      .positive()
      .default(GCL_PHI1)
      .describe("GCL Phillips curve φ1 = 0.04³/(1−0.04²), so that Φ(0) = −0.04"),
    omega0: z.number().positive().default(0.8).describe("initial wage share ω(0)"),
    lambda0: z.number().gt(0).lt(1).default(0.95).describe("initial employment rate λ(0), in (0, 1)"),
    rtol: z.number().positive().max(1e-3).default(1e-10).describe("relative tolerance of the DOPRI5 solver"),
    atol: z.number().positive().max(1e-3).default(1e-12).describe("absolute tolerance of the DOPRI5 solver"),
    checkTol: z
      .number()
      .positive()
      .default(1e-6)
      .describe("largest relative drift of the first integral accepted by the invariant check (--check)"),
  })
  .strict();

export type GoodwinParams = z.infer<typeof goodwinParams>;
