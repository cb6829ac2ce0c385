import { goldenSectionMin } from "../engine/golden-section.ts";
import { logGamma } from "./log-gamma.ts";

/**
 * Maximum-likelihood fit of the exponential-power (Subbotin 1923; generalised normal) density
 *
 *   f(x) = b / (2 a Γ(1/b)) · exp(−|(x − m)/a|^b),
 *
 * whose shape b is 2 for a normal law and 1 for a Laplace law (the "tent" of growth rates: Bottazzi
 * & Secchi 2006, "Explaining the distribution of firm growth rates", RAND Journal of Economics
 * 37(2), 235–256, eq. 1; Fagiolo, Napoletano & Roventini 2008, J. Applied Econometrics 23(5),
 * 639–669, eq. 1). For given (m, b) the scale has the closed form â^b = (b/n) Σ |x_i − m|^b, so the
 * profile log-likelihood is
 *
 *   ℓ(m, b) = n [ln b − ln 2 − ln â − ln Γ(1/b) − 1/b].
 *
 * m minimises Σ |x_i − m|^b (convex for b >= 1: golden-section search; for b < 1 the minimum is at a
 * data value: the 41 values nearest the median are tried), and b maximises ℓ over [0.2, 20] (a
 * grid on ln b, then golden-section refinement): the estimator scipy.stats.gennorm.fit aims at, whose
 * general-purpose optimiser can stop short of the maximum for b < 1 (see the test).
 */
export interface SubbotinFit {
  /** Shape b. */
  b: number;
  /** Scale a. */
  a: number;
  /** Location m. */
  m: number;
  /** Log-likelihood at the estimate. */
  logLik: number;
}

function powerSum(x: Float64Array, m: number, b: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] - m) ** b;
  return s;
}

/** The m minimising Σ |x_i − m|^b for a sorted sample. */
function location(x: Float64Array, b: number): number {
  const n = x.length;
  if (b >= 1) {
    const span = x[n - 1] - x[0];
    return goldenSectionMin((m) => powerSum(x, m, b), x[0], x[n - 1], { tol: span * 1e-9 + 1e-300 });
  }
  const mid = Math.floor(n / 2);
  let best = x[mid];
  let bestS = Number.POSITIVE_INFINITY;
  for (let i = Math.max(0, mid - 20); i <= Math.min(n - 1, mid + 20); i++) {
    const s = powerSum(x, x[i], b);
    if (s < bestS) {
      bestS = s;
      best = x[i];
    }
  }
  return best;
}

/** Profile log-likelihood at shape b, with its location and scale. */
function profile(x: Float64Array, b: number): SubbotinFit {
  const n = x.length;
  const m = location(x, b);
  const a = ((b / n) * powerSum(x, m, b)) ** (1 / b);
  const logLik = n * (Math.log(b) - Math.LN2 - Math.log(a) - logGamma(1 / b) - 1 / b);
  return { b, a, m, logLik };
}

/** The ML fit of the Subbotin density to `values` (null below 10 values or for a constant sample). */
export function subbotinFit(values: ArrayLike<number>): SubbotinFit | null {
  const x = Float64Array.from(values)
    .filter((v) => Number.isFinite(v))
    .sort();
  if (x.length < 10 || x[0] === x[x.length - 1]) return null;
  const lo = Math.log(0.2);
  const hi = Math.log(20);
  const steps = 24;
  let bestK = 0;
  let bestL = Number.NEGATIVE_INFINITY;
  for (let k = 0; k <= steps; k++) {
    const l = profile(x, Math.exp(lo + ((hi - lo) * k) / steps)).logLik;
    if (l > bestL) {
      bestL = l;
      bestK = k;
    }
  }
  const h = (hi - lo) / steps;
  const c = lo + h * bestK;
  const lnB = goldenSectionMin(
    (t) => -profile(x, Math.exp(t)).logLik,
    Math.max(lo, c - h),
    Math.min(hi, c + h),
    {
      tol: 1e-8,
    },
  );
  return profile(x, Math.exp(lnB));
}
