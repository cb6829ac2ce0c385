/** Arithmetic mean (NaN for no values). */
export function mean(x: ArrayLike<number>): number {
  if (x.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Sample standard deviation, n - 1 in the denominator (NaN for fewer than two values). */
export function sd(x: ArrayLike<number>): number {
  if (x.length < 2) return Number.NaN;
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return Math.sqrt(s / (x.length - 1));
}

/** Median (mean of the two middle values for an even count; NaN for no values). */
export function median(x: ArrayLike<number>): number {
  if (x.length === 0) return Number.NaN;
  const v = Float64Array.from(x).sort();
  const h = v.length >> 1;
  return v.length % 2 === 1 ? v[h] : (v[h - 1] + v[h]) / 2;
}

/** Weighted median: the smallest value at which the cumulative weight reaches half the total. */
export function weightedMedian(x: ArrayLike<number>, w: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return Number.NaN;
  const idx = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i] - x[j]);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i];
  let acc = 0;
  for (const i of idx) {
    acc += w[i];
    if (acc >= total / 2) return x[i];
  }
  return x[idx[n - 1]];
}

/**
 * Maximum-likelihood Laplace (double exponential) fit, P(x) ~ exp(-|x - mu| / beta) (the form
 * of Wright 2005, figs. 3 and 5): mu is the median, beta the mean absolute deviation from it.
 */
export function laplaceFit(x: ArrayLike<number>): { location: number; scale: number } {
  const mu = median(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] - mu);
  return { location: mu, scale: x.length === 0 ? Number.NaN : s / x.length };
}
