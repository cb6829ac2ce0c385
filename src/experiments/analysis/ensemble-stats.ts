import { fsum } from "../../engine/sum.ts";
import { quantileSorted } from "./quantile.ts";
import { tQuantile } from "./student-t.ts";

/** Summary of one output over an ensemble of runs (e.g. one metric over seeds). */
export interface EnsembleStats {
  /** Finite values used. */
  n: number;
  /** Values left out: NaN (failed runs) and ±Infinity. */
  nMissing: number;
  mean: number;
  /** Sample standard deviation (divisor n - 1); NaN when n < 2. */
  sd: number;
  /** Standard error of the mean, sd / √n. */
  se: number;
  min: number;
  max: number;
  /** Quantiles (Hyndman & Fan type 7, see {@link quantileSorted}). */
  q05: number;
  q50: number;
  q95: number;
  /** Confidence interval of the mean, mean ∓ t_((1+c)/2, n-1) sd / √n; NaN when n < 2. */
  ciLow: number;
  ciHigh: number;
}

/**
 * Ensemble statistics of `values`: non-finite values (NaN from failed runs, ±Infinity) are left
 * out and counted in `nMissing`. The mean and the sum of squared deviations are computed with exact
 * summation (two passes). The confidence interval of the mean (default 95%) uses Student's t with
 * n - 1 degrees of freedom (exact under normality, approximate otherwise). With no value, every
 * statistic is NaN.
 */
export function ensembleStats(
  values: ArrayLike<number>,
  { confidence = 0.95 }: { confidence?: number } = {},
): EnsembleStats {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`ensembleStats: confidence must be in (0, 1), got ${confidence}`);
  const xs = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) xs[n++] = v;
  }
  const nMissing = values.length - n;
  const sorted = xs.subarray(0, n).sort();
  const mean = n > 0 ? fsum(sorted) / n : Number.NaN;
  let sd = Number.NaN;
  let half = Number.NaN;
  if (n >= 2) {
    const dev = new Float64Array(n);
    for (let i = 0; i < n; i++) dev[i] = (sorted[i] - mean) ** 2;
    sd = Math.sqrt(fsum(dev) / (n - 1));
    half = (tQuantile(0.5 + confidence / 2, n - 1) * sd) / Math.sqrt(n);
  }
  return {
    n,
    nMissing,
    mean,
    sd,
    se: sd / Math.sqrt(n),
    min: n > 0 ? sorted[0] : Number.NaN,
    max: n > 0 ? sorted[n - 1] : Number.NaN,
    q05: quantileSorted(sorted, 0.05),
    q50: quantileSorted(sorted, 0.5),
    q95: quantileSorted(sorted, 0.95),
    ciLow: mean - half,
    ciHigh: mean + half,
  };
}
