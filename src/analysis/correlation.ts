/**
 * Pearson's correlation and the cross-correlation of two series at a lag.
 */

/**
 * Pearson correlation r = Σ (x_i − x̄)(y_i − ȳ) / √(Σ (x_i − x̄)² Σ (y_i − ȳ)²) over the first
 * min(len x, len y) pairs (Pearson 1896). NaN below three pairs or when either is constant.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = Math.min(x.length, y.length);
  if (n < 3) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/**
 * Cross-correlation at lag k, corr(x_{t+k}, y_t): the Pearson correlation of the overlapping pairs
 * (x_{t+k}, y_t), so k > 0 means x lags y (the convention of Stock & Watson 1999, "Business cycle
 * fluctuations in US macroeconomic time series", Handbook of Macroeconomics 1A, Table 2, and of the
 * scorecard's targets file). The two series must be aligned (same times, same length).
 */
export function crossCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, k = 0): number {
  if (x.length !== y.length)
    throw new RangeError(`crossCorrelation: series of different lengths (${x.length}, ${y.length})`);
  if (!Number.isInteger(k)) throw new RangeError(`crossCorrelation: lag must be an integer, got ${k}`);
  const n = x.length - Math.abs(k);
  if (n < 3) return Number.NaN;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const ty = k >= 0 ? t : t - k;
    xs[t] = x[ty + k];
    ys[t] = y[ty];
  }
  return pearson(xs, ys);
}
