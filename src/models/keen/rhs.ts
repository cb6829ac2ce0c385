/**
 * The Keen (1995) model of a Goodwin cycle with debt-financed investment, as specified by
 * Grasselli & Costa Lima (2012), as pure functions.
 *
 * Sources: S. Keen, "Finance and economic breakdown: modeling Minsky's 'financial instability
 * hypothesis'", Journal of Post Keynesian Economics 17(4) (1995) 607–635; M. R. Grasselli,
 * B. Costa Lima, "An analysis of the Keen model for credit expansion", Mathematics and Financial
 * Economics 6 (2012) 191–210 (system eq. 35, equilibrium eqs. 41–42, Jacobian eq. 50,
 * investment function eq. 64, Phillips curve eq. 25; numbering as in the authors' published
 * MATLAB companion code).
 */

import { exp, log } from "../../engine/math.ts";
import { gclPhillips, gclPhillipsInverse, gclPhillipsSlope } from "../goodwin/rhs.ts";

/** The coefficients the Keen dynamics depend on (a subset of the model's parameters). */
export interface KeenCoefficients {
  /** Capital-output ratio ν. */
  nu: number;
  /** Productivity growth rate α. */
  alpha: number;
  /** Labour-force growth rate β. */
  beta: number;
  /** Depreciation rate δ. */
  delta: number;
  /** Real interest rate r. */
  r: number;
  /** Investment function κ(π) = k0 + k1 exp(k2 π). */
  k0: number;
  k1: number;
  k2: number;
  /** Phillips curve Φ(λ) = φ1/(1−λ)² − φ0. */
  phi0: number;
  phi1: number;
}

/** Net profit share π = 1 − ω − r d (Grasselli & Costa Lima 2012, definition before eq. 35). */
export function profitShare(p: KeenCoefficients, omega: number, d: number): number {
  return 1 - omega - p.r * d;
}

/**
 * Investment as a share of output, κ(π) = k0 + k1 exp(k2 π) (Grasselli & Costa Lima 2012,
 * eq. 64; Keen 1995): firms invest more than their profits when the profit share is high,
 * borrowing the difference.
 */
export function investment(p: KeenCoefficients, pi: number): number {
  return p.k0 + p.k1 * exp(p.k2 * pi);
}

/** κ'(π) = k1 k2 exp(k2 π). */
export function investmentSlope(p: KeenCoefficients, pi: number): number {
  return p.k1 * p.k2 * exp(p.k2 * pi);
}

/** κ⁻¹(x) = ln((x − k0)/k1)/k2 (NaN when x ≤ k0: investment never reaches x). */
export function investmentInverse(p: KeenCoefficients, x: number): number {
  return x > p.k0 ? log((x - p.k0) / p.k1) / p.k2 : Number.NaN;
}

/**
 * Right-hand side of the Keen model (Grasselli & Costa Lima 2012, eq. 35), with
 * π = 1 − ω − r d and the growth rate of output g = κ(π)/ν − δ:
 *   ω' = ω (Φ(λ) − α),
 *   λ' = λ (g − α − β),
 *   d' = κ(π) − π − d g   (= d (r − g) + κ(π) − (1 − ω), the paper's form).
 * The last line is D' = I − Π for debt D, investment I = κ Y and net profit Π = π Y, divided by Y.
 * Reads y = [ω, λ, d], writes [ω', λ', d'] into `out`.
 */
export function keenRhs(p: KeenCoefficients, y: Float64Array, out: Float64Array): void {
  const omega = y[0];
  const lambda = y[1];
  const d = y[2];
  const pi = profitShare(p, omega, d);
  const kappa = investment(p, pi);
  const g = kappa / p.nu - p.delta;
  out[0] = omega * (gclPhillips(p.phi0, p.phi1, lambda) - p.alpha);
  out[1] = lambda * (g - p.alpha - p.beta);
  out[2] = kappa - pi - d * g;
}

/** An equilibrium state with its profit share. */
export interface KeenEquilibrium {
  omega: number;
  lambda: number;
  d: number;
  pi: number;
}

/**
 * The "good" interior equilibrium (Grasselli & Costa Lima 2012, eqs. 41–42): output grows at
 * α + β, so κ(π*) = ν(α + β + δ) gives π* = κ⁻¹(ν(α + β + δ)); d' = 0 gives
 * d* = (κ(π*) − π*)/(α + β); then ω* = 1 − π* − r d* and λ* = Φ⁻¹(α).
 */
export function goodEquilibrium(p: KeenCoefficients): KeenEquilibrium {
  const kappaStar = p.nu * (p.alpha + p.beta + p.delta);
  const pi = investmentInverse(p, kappaStar);
  const d = (kappaStar - pi) / (p.alpha + p.beta);
  return { omega: 1 - pi - p.r * d, lambda: gclPhillipsInverse(p.phi0, p.phi1, p.alpha), d, pi };
}

/**
 * Jacobian of the Keen system in (ω, λ, d) (Grasselli & Costa Lima 2012, eq. 50), row-major
 * into `out` (9 entries), with π = 1 − ω − r d:
 *   [ Φ(λ) − α,                 ω Φ'(λ),            0                                      ]
 *   [ −λ κ'(π)/ν,                (κ(π) − ν(α+β+δ))/ν, −r λ κ'(π)/ν                          ]
 *   [ ((d − ν) κ'(π) + ν)/ν,     0,                  (ν(r + δ) − κ(π) + r (d − ν) κ'(π))/ν ]
 */
export function keenJacobian(
  p: KeenCoefficients,
  omega: number,
  lambda: number,
  d: number,
  out: Float64Array,
): Float64Array {
  const pi = profitShare(p, omega, d);
  const k = investment(p, pi);
  const k1 = investmentSlope(p, pi);
  out[0] = gclPhillips(p.phi0, p.phi1, lambda) - p.alpha;
  out[1] = omega * gclPhillipsSlope(p.phi1, lambda);
  out[2] = 0;
  out[3] = (-lambda * k1) / p.nu;
  out[4] = (k - p.nu * (p.alpha + p.beta + p.delta)) / p.nu;
  out[5] = (-p.r * lambda * k1) / p.nu;
  out[6] = ((d - p.nu) * k1 + p.nu) / p.nu;
  out[7] = 0;
  out[8] = (p.nu * (p.r + p.delta) - k + p.r * (d - p.nu) * k1) / p.nu;
  return out;
}

/**
 * Routh–Hurwitz test for a 3×3 matrix (row-major): every eigenvalue has a negative real part iff,
 * for the characteristic polynomial x³ + a2 x² + a1 x + a0, a2 > 0, a0 > 0 and a2 a1 > a0, where
 * a2 = −trace, a1 = sum of the principal 2×2 minors, a0 = −det.
 */
export function isHurwitzStable(m: Float64Array): boolean {
  const [a, b, c, d, e, f, g, h, i] = m;
  const a2 = -(a + e + i);
  const a1 = a * e - b * d + (a * i - c * g) + (e * i - f * h);
  const a0 = -(a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g));
  return a2 > 0 && a0 > 0 && a2 * a1 > a0;
}
