import { log } from "../../engine/math.ts";
/**
 * The Goodwin growth cycle as pure functions: Phillips curve, right-hand side, equilibrium,
 * first integral and the period of small oscillations.
 *
 * Sources: R. M. Goodwin, "A growth cycle", in C. H. Feinstein (ed.), Socialism, Capitalism and
 * Economic Growth, Cambridge University Press 1967, pp. 54–58 (linear Phillips curve);
 * M. R. Grasselli, B. Costa Lima, "An analysis of the Keen model for credit expansion",
 * Mathematics and Financial Economics 6 (2012) 191–210: the Goodwin model in (ω, λ) with
 * capital-output ratio ν and depreciation δ, and the Phillips curve Φ(λ) = φ1/(1−λ)² − φ0
 * (their eq. 25). Equation numbers are those of the authors' published MATLAB companion code.
 */

/** Which Phillips curve closes the wage-bargaining equation. */
export type PhillipsKind = "linear" | "gcl";

/** The coefficients the Goodwin dynamics depend on (a subset of the model's parameters). */
export interface GoodwinCoefficients {
  /** Capital-output ratio ν. */
  nu: number;
  /** Productivity growth rate α. */
  alpha: number;
  /** Labour-force growth rate β. */
  beta: number;
  /** Depreciation rate δ. */
  delta: number;
  phillips: PhillipsKind;
  /** Linear Phillips curve Φ(λ) = −γ + ρλ. */
  gamma: number;
  rho: number;
  /** Grasselli–Costa Lima Phillips curve Φ(λ) = φ1/(1−λ)² − φ0. */
  phi0: number;
  phi1: number;
}

/** The Phillips-curve parameters alone (Keen reuses the GCL curve). */
export type PhillipsCoefficients = Pick<GoodwinCoefficients, "phillips" | "gamma" | "rho" | "phi0" | "phi1">;

/**
 * The Grasselli–Costa Lima Phillips curve Φ(λ) = φ1/(1−λ)² − φ0 (Grasselli & Costa Lima 2012,
 * eq. 25, after Keen 1995): real wages grow faster without bound as λ → 1, so employment never
 * reaches the whole labour force.
 */
export function gclPhillips(phi0: number, phi1: number, lambda: number): number {
  const u = 1 - lambda;
  return phi1 / (u * u) - phi0;
}

/** Slope of the GCL curve, Φ'(λ) = 2φ1/(1−λ)³. */
export function gclPhillipsSlope(phi1: number, lambda: number): number {
  const u = 1 - lambda;
  return (2 * phi1) / (u * u * u);
}

/** Inverse of the GCL curve, Φ⁻¹(x) = 1 − sqrt(φ1/(x + φ0)) (NaN when x + φ0 ≤ 0). */
export function gclPhillipsInverse(phi0: number, phi1: number, x: number): number {
  const s = x + phi0;
  return s > 0 ? 1 - Math.sqrt(phi1 / s) : Number.NaN;
}

/**
 * Rate of change of the real wage as a function of the employment rate λ:
 * linear Φ(λ) = −γ + ρλ (Goodwin 1967, p. 55), or the GCL curve φ1/(1−λ)² − φ0 ({@link gclPhillips}).
 */
export function phillips(p: PhillipsCoefficients, lambda: number): number {
  return p.phillips === "linear" ? -p.gamma + p.rho * lambda : gclPhillips(p.phi0, p.phi1, lambda);
}

/** Φ'(λ): ρ (linear) or 2φ1/(1−λ)³ (GCL). */
export function phillipsSlope(p: PhillipsCoefficients, lambda: number): number {
  return p.phillips === "linear" ? p.rho : gclPhillipsSlope(p.phi1, lambda);
}

/** Φ⁻¹(x): the employment rate at which real wages grow at rate x; linear (x + γ)/ρ. */
export function phillipsInverse(p: PhillipsCoefficients, x: number): number {
  return p.phillips === "linear" ? (x + p.gamma) / p.rho : gclPhillipsInverse(p.phi0, p.phi1, x);
}

/**
 * Right-hand side of the Goodwin model in the wage share ω and employment rate λ (Goodwin 1967
 * in the notation of Grasselli & Costa Lima 2012, Keen model with r = 0 and κ(π) = π):
 *   ω' = ω (Φ(λ) − α),
 *   λ' = λ ((1 − ω)/ν − α − β − δ).
 * Reads y = [ω, λ], writes [ω', λ'] into `out`.
 */
export function goodwinRhs(p: GoodwinCoefficients, y: Float64Array, out: Float64Array): void {
  const omega = y[0];
  const lambda = y[1];
  out[0] = omega * (phillips(p, lambda) - p.alpha);
  out[1] = lambda * ((1 - omega) / p.nu - p.alpha - p.beta - p.delta);
}

/** The interior equilibrium (ω*, λ*). */
export interface GoodwinEquilibrium {
  omega: number;
  lambda: number;
}

/**
 * Interior equilibrium: ω* = 1 − ν(α + β + δ) (λ' = 0) and Φ(λ*) = α (ω' = 0), i.e.
 * λ* = (α + γ)/ρ for the linear curve (Goodwin 1967) and λ* = Φ⁻¹(α) = 1 − sqrt(φ1/(α + φ0))
 * for GCL (Grasselli & Costa Lima 2012, as in their eq. 42 for the Keen model).
 */
export function goodwinEquilibrium(p: GoodwinCoefficients): GoodwinEquilibrium {
  return {
    omega: 1 - p.nu * (p.alpha + p.beta + p.delta),
    lambda: phillipsInverse(p, p.alpha),
  };
}

/**
 * ∫ (Φ(λ) − α)/λ dλ, the λ-part of the first integral (an antiderivative; constants dropped):
 * linear ρλ − (α + γ) ln λ; GCL φ1 [ln(λ/(1−λ)) + 1/(1−λ)] − (α + φ0) ln λ, from the partial
 * fractions 1/(λ(1−λ)²) = 1/λ + 1/(1−λ) + 1/(1−λ)².
 */
export function phillipsPotential(p: GoodwinCoefficients, lambda: number): number {
  if (p.phillips === "linear") return p.rho * lambda - (p.alpha + p.gamma) * log(lambda);
  const u = 1 - lambda;
  return p.phi1 * (log(lambda / u) + 1 / u) - (p.alpha + p.phi0) * log(lambda);
}

/**
 * First integral of the Goodwin system (the Lotka–Volterra "energy"; Goodwin 1967, p. 57):
 *   V(ω, λ) = (ω − ω* ln ω)/ν + ∫ (Φ(λ) − α)/λ dλ,
 * with ω* = 1 − ν(α + β + δ). Along solutions dV/dt = (ω − ω*)/(νω)·ω' + (Φ − α)/λ·λ'
 * = (ω − ω*)(Φ − α)/ν + (Φ − α)(ω* − ω)/ν = 0, for any Phillips curve; V is smallest at the
 * interior equilibrium and its level sets are the closed orbits.
 */
export function firstIntegral(p: GoodwinCoefficients, omega: number, lambda: number): number {
  const omegaStar = 1 - p.nu * (p.alpha + p.beta + p.delta);
  return (omega - omegaStar * log(omega)) / p.nu + phillipsPotential(p, lambda);
}

/**
 * Period of small oscillations around the equilibrium. Linearising, ω' ≈ ω*Φ'(λ*)(λ − λ*) and
 * λ' ≈ −(λ* / ν)(ω − ω*), a centre with angular frequency sqrt(ω* λ* Φ'(λ*)/ν), so
 * T = 2π / sqrt(ω* λ* Φ'(λ*) / ν) (for the linear curve Goodwin's 2π/sqrt(ω*λ*ρ/ν)).
 */
export function smallOscillationPeriod(p: GoodwinCoefficients): number {
  const eq = goodwinEquilibrium(p);
  return (2 * Math.PI) / Math.sqrt((eq.omega * eq.lambda * phillipsSlope(p, eq.lambda)) / p.nu);
}
