import { exp, log1p } from "../../../engine/math.ts";

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
 * Induced bias of research effort (M3): b = exp(s (omegaEff - omega*)), 1 at the neutral wage
 * share. Success rises with the (effective) wage share: dearer labour pays for research.
 */
export function inducedBias(sensitivity: number, omegaEff: number, omegaNeutral: number): number {
  return exp(sensitivity * (omegaEff - omegaNeutral));
}

/**
 * Share of a firm's workforce in its laboratory: R&D spending is a share rho of revenue (Dosi,
 * Fagiolo & Roventini 2010, "Schumpeter meeting Keynes", JEDC 34, eq. 4: RD = nu S, nu = 0.04),
 * paid as wages to workers who do not produce: l = min(lMax, rho R / W), R and W the firm's
 * 12-month revenue and wage bill.
 */
export function labShare(rho: number, revenue12: number, wageBill12: number, lMax: number): number {
  if (!(revenue12 > 0) || !(wageBill12 > 0)) return 0;
  return Math.min(lMax, (rho * revenue12) / wageBill12);
}

/**
 * Monthly probability that a firm's search succeeds (Dosi et al. 2010, eq. 5: theta = 1 -
 * exp(-zeta IN), IN the resources given to the search), written so that p0 keeps its meaning:
 *
 *   theta = 1 - (1 - p0)^(r b),
 *
 * r the firm's research effort relative to a firm of the mean size spending the normal R&D share
 * at the neutral wage share (r = 1 gives p0), b the induced bias. Research effort, not luck, makes
 * the large and the research-intensive firms innovate more often.
 */
export function searchProbability(p0: number, effort: number, bias = 1): number {
  if (!(effort > 0) || p0 <= 0) return 0;
  if (p0 >= 1) return 1;
  return 1 - exp(log1p(-p0) * effort * bias);
}

/**
 * The median of five uniform draws: a Beta(3, 3) variate on [0, 1] (the k-th smallest of n uniforms
 * is Beta(k, n + 1 - k)). Dosi et al. (2010, Table 1) draw innovation steps from Beta(3, 3).
 */
export function median5(a: number, b: number, c: number, d: number, e: number): number {
  // sort the five with a fixed network of comparisons (no allocation)
  let t: number;
  if (a > b) {
    t = a;
    a = b;
    b = t;
  }
  if (d > e) {
    t = d;
    d = e;
    e = t;
  }
  if (a > d) {
    t = a;
    a = d;
    d = t;
    t = b;
    b = e;
    e = t;
  }
  if (c > b) {
    if (b < d) return Math.min(c, d);
    return Math.min(b, e);
  }
  if (c > d) return Math.min(c, e);
  return Math.min(b, d);
}

/**
 * The realised step of a successful search: Kennedy's direction (x, y) scaled by a draw m from
 * Beta(3, 3) on [1 - d, 1 + d] (mean 1): a' = a (1 + m x), nu' = nu / (1 + m y). With d > 1 some
 * draws are worse than the firm's technique, and the firm keeps its own (Dosi et al. 2010: a
 * search may fail to improve).
 */
export function searchStep(
  x: number,
  y: number,
  beta33: number,
  dispersion: number,
): [dx: number, dy: number] {
  const m = 1 - dispersion + 2 * dispersion * beta33;
  return [m * x, Math.max(-0.5, m * y)];
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
