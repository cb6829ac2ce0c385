import { exp, log } from "../../../engine/math.ts";

/**
 * Granovetter's analytic reading of the normal example (Granovetter 1978, the normal distribution
 * of thresholds with mean 25 in a crowd of 100): treat the expected cumulative distribution
 * F(r) = N · Phi((r − mean) / sd) as the map r -> F(r) and take its smallest fixed point. As sd
 * grows past a critical value (~12.2 for mean 25, N = 100) the smallest fixed point jumps from a
 * handful of participants to nearly everyone.
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(x) for x >= 2: the continued fraction of A&S 7.1.14, exact to the last bit there with 120 terms. */
function erfcContinuedFraction(x: number): number {
  // erfc x = exp(−x²)/sqrt(pi) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  let f = 0;
  for (let k = 120; k >= 1; k--) f = k / 2 / (x + f);
  return exp(-x * x) / SQRT_PI / (x + f);
}

/** erf(x) for |x| < 2: the Maclaurin series of A&S 7.1.5, 2/sqrt(pi) · sum (−1)^n x^(2n+1) / (n! (2n+1)). */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 100; n++) {
    term *= (-x * x) / n;
    const t = term / (2 * n + 1);
    sum += t;
    if (Math.abs(t) <= 1e-17 * Math.abs(sum)) break;
  }
  return (2 / SQRT_PI) * sum;
}

/**
 * The error function to about 1e-15 relative: the Maclaurin series (Abramowitz & Stegun 7.1.5)
 * for |x| < 2, one minus the continued fraction for erfc (A&S 7.1.14) beyond.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  const r = ax < 2 ? erfSeries(ax) : 1 - erfcContinuedFraction(ax);
  return x < 0 ? -r : r;
}

/** Complementary error function erfc(x) = 1 − erf(x), without cancellation in the upper tail. */
export function erfc(x: number): number {
  return x >= 2 ? erfcContinuedFraction(x) : 1 - erf(x);
}

/** Standard normal cumulative distribution Phi(z) = erfc(−z / sqrt 2) / 2 (accurate in the lower tail too). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * The smallest fixed point r* in [0, N] of r = N · Phi((r − mean) / sd): where the cascade of an
 * infinitely large crowd with normally distributed thresholds (scaled to N persons) stops.
 *
 * Solved exactly rather than by iterating (which crawls near the critical sd). With
 * g(r) = N·Phi((r − mean)/sd) − r: g(0) > 0 >= g(N); g is convex below the mean and concave above.
 * Its minimum on the convex part is where N·phi(z)/sd = 1, z = −sqrt(2 ln(N / (sd·sqrt(2 pi)))).
 * If g is <= 0 there, the first root lies between 0 and that minimum (g decreasing); otherwise g
 * stays positive up to the mean and the only root is on the concave part. Either way it is
 * bracketed, and bisection finds it to the last bit.
 */
export function meanFieldEquilibrium(N: number, mean: number, sd: number): number {
  if (sd === 0) return mean <= 0 ? N : 0;
  const g = (r: number) => N * normalCdf((r - mean) / sd) - r;
  let lo = 0;
  let hi = N;
  const ratio = N / (sd * Math.sqrt(2 * Math.PI));
  if (ratio > 1) {
    const rMin = mean + sd * -Math.sqrt(2 * log(ratio));
    if (rMin > 0) {
      const r = Math.min(rMin, N);
      if (g(r) <= 0) hi = r;
      else lo = Math.min(Math.max(mean, 0), N);
    }
    // rMin <= 0: g increases from 0 up to the mean, so the root is beyond max(mean, 0).
    else lo = Math.min(Math.max(mean, 0), N);
  }
  if (g(lo) <= 0) return lo;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
