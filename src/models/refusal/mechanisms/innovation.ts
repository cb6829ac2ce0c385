import { exp } from "../../../engine/math.ts";

/**
 * M3, ¶12 ¶15: "the specific moments of the class struggle ... have determined every
 * technological change" (¶12); the employer "forced to respond with continual technological
 * revolutions" (¶15). Induced innovation after Kennedy (1964, "Induced bias in innovation and the
 * theory of distribution", Economic Journal 74) and Shah & Desai (1981, "Growth cycles with
 * induced technical change", Economic Journal 91): the frontier technique moves by a labour-saving
 * step x and a capital-saving step y chosen on an innovation possibility frontier, weighting each
 * by the share of the cost it saves; struggle enters through the effective wage share.
 */

/**
 * Effective wage share that steers innovation: omegaEff = omega + psi * L, where omega is the wage
 * share and L the share of potential output lost to strikes over the last 12 months (¶15: the
 * strike is the terrain that forces the response). psi = 0 switches struggle off (thesis T3).
 */
export function effectiveWageShare(wageShare: number, strikeLoss: number, psi: number): number {
  return wageShare + psi * strikeLoss;
}

/**
 * Monthly probability that R&D moves the frontier: p = min(1, p0 * exp(s (omegaEff - omega*))).
 * Success rises with the (effective) wage share: dearer labour pays for research.
 */
export function innovationProbability(
  p0: number,
  sensitivity: number,
  omegaEff: number,
  omegaNeutral: number,
): number {
  return Math.min(1, p0 * exp(sensitivity * (omegaEff - omegaNeutral)));
}

/**
 * Kennedy's choice of direction on the frontier x = f(y) = x0 - c y - q y^2 / 2, with
 * c = (1 - omega*) / omega* so that progress is purely labour-saving (y = 0) at omega = omega*:
 * maximise omega x + (1 - omega) y, i.e. f'(y) = -(1 - omega) / omega, which gives
 *
 *   y = ((1 - omega) / omega - c) / q,   x = f(y).
 *
 * A higher effective wage share tilts the step toward saving labour (larger x) at the cost of
 * using more capital (y < 0). Returns [x, y]; x is floored at 0.
 */
export function innovationDirection(
  omegaEff: number,
  x0: number,
  omegaNeutral: number,
  q: number,
): [x: number, y: number] {
  const w = Math.min(0.99, Math.max(0.01, omegaEff));
  const c = (1 - omegaNeutral) / omegaNeutral;
  const y = ((1 - w) / w - c) / q;
  const x = x0 - c * y - (q / 2) * y * y;
  return [Math.max(0, x), y];
}
