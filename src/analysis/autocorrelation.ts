import { mean } from "./descriptive.ts";

/**
 * Sample autocorrelation at lag k (Box & Jenkins 1976, Time Series Analysis, eq. 2.1.12; the
 * estimator of R's `acf` and statsmodels' `acf`):
 *
 *   r_k = Σ_{t=1..n−k} (x_t − x̄)(x_{t+k} − x̄) / Σ_{t=1..n} (x_t − x̄)²
 *
 * with the full-sample mean and variance. NaN when the series is constant or shorter than k + 2.
 */
export function autocorrelation(x: ArrayLike<number>, k = 1): number {
  const n = x.length;
  if (!(Number.isInteger(k) && k >= 0))
    throw new RangeError(`autocorrelation: lag must be an integer >= 0, got ${k}`);
  if (n < k + 2) return Number.NaN;
  const m = mean(x);
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) den += (x[t] - m) ** 2;
  for (let t = 0; t + k < n; t++) num += (x[t] - m) * (x[t + k] - m);
  return den > 0 ? num / den : Number.NaN;
}
