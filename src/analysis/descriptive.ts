/**
 * Descriptive statistics of a sample: the mean, the sample standard deviation (divisor n − 1) and
 * the sample standardised to mean 0 and standard deviation 1. NaN where they are undefined.
 */

/** Arithmetic mean x̄ = Σ x_i / n (NaN for an empty sample). */
export function mean(x: ArrayLike<number>): number {
  if (x.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Sample standard deviation s = √(Σ (x_i − x̄)² / (n − 1)) (NaN below two values). */
export function sampleSd(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const m = mean(x);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - m) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** (x_i − x̄) / s for every value (all NaN when s is 0 or undefined). */
export function standardise(x: ArrayLike<number>): Float64Array {
  const m = mean(x);
  const s = sampleSd(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = s > 0 ? (x[i] - m) / s : Number.NaN;
  return out;
}
