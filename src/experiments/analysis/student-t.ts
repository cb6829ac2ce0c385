import { regularizedBeta } from "./special.ts";

/**
 * Upper tail P(T > t) of Student's t distribution with `df` > 0 degrees of freedom, for t >= 0:
 * P(T > t) = I_(df/(df+t²))(df/2, 1/2) / 2 (Abramowitz & Stegun 26.7.1 with 26.5.27), computed
 * from the central form 1/2 - I_(t²/(df+t²))(1/2, df/2) / 2 when t² < df, where that is the more
 * accurate of the two.
 */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  if (t2 < df) return 0.5 - 0.5 * regularizedBeta(t2 / (df + t2), 0.5, df / 2);
  return 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5);
}

/** Cumulative distribution function P(T <= t) of Student's t with `df` > 0 degrees of freedom (see {@link upperTail}). */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`tCdf: df must be > 0, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/**
 * Quantile t_(p, df) of Student's t distribution (P(T <= t) = p), for 0 < p < 1 and df > 0 (not
 * necessarily an integer): by symmetry from the upper tail q = min(p, 1 - p), solving
 * P(T > t) = q for t >= 0 by bracketing (doubling) and bisection to about 1e-15 relative; accurate to
 * the precision of the incomplete beta function (about 1e-13 relative or better).
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) return sign * Infinity;
  }
  for (let it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
    const mid = 0.5 * (lo + hi);
    if (upperTail(mid, df) > q) lo = mid;
    else hi = mid;
  }
  return sign * 0.5 * (lo + hi);
}
