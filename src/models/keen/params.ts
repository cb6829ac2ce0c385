import { z } from "zod";
import { exp } from "../../engine/math.ts";
import { GCL_PHI0, GCL_PHI1 } from "../goodwin/params.ts";

/**
 * Parameters of the Keen model, defaults from Grasselli & Costa Lima (2012) (the values of their
 * figures); the initial state is the one of their convergent example (ω0 = λ0 = 0.75, d0 = 0.1).
 */
export const keenParams = z
  .object({
    nu: z.number().positive().default(3).describe("capital-output ratio ν"),
    alpha: z.number().default(0.025).describe("productivity growth rate α (per year)"),
    beta: z.number().default(0.02).describe("labour-force growth rate β (per year)"),
    delta: z.number().default(0.01).describe("depreciation rate δ (per year)"),
    r: z.number().default(0.03).describe("real interest rate on firms' debt r (per year)"),
    k0: z.number().default(-0.0065).describe("investment function κ(π) = k0 + k1 exp(k2 π): constant k0"),
    k1: z
      .number()
      .positive()
      .default(exp(-5))
      .describe("investment function κ(π) = k0 + k1 exp(k2 π): scale k1 = e^−5"),
    k2: z
      .number()
      .positive()
      .default(20)
      .describe("investment function κ(π) = k0 + k1 exp(k2 π): steepness k2"),
    phi0: z.number().default(GCL_PHI0).describe("Phillips curve Φ(λ) = φ1/(1−λ)² − φ0: φ0 = 0.04/(1−0.04²)"),
    phi1: z
      .number()
      .positive()
      .default(GCL_PHI1)
      .describe("Phillips curve Φ(λ) = φ1/(1−λ)² − φ0: φ1 = 0.04³/(1−0.04²)"),
    omega0: z.number().positive().default(0.75).describe("initial wage share ω(0)"),
    lambda0: z.number().gt(0).lt(1).default(0.75).describe("initial employment rate λ(0), in (0, 1)"),
    d0: z.number().default(0.1).describe("initial debt-to-output ratio d(0) of firms"),
    rtol: z.number().positive().max(1e-3).default(1e-9).describe("relative tolerance of the DOPRI5 solver"),
    atol: z.number().positive().max(1e-3).default(1e-12).describe("absolute tolerance of the DOPRI5 solver"),
  })
  .strict();

export type KeenParams = z.infer<typeof keenParams>;
