/**
 * Quantile of sorted data by linear interpolation between order statistics, Hyndman & Fan (1996,
 * Am. Stat. 50:361-365) definition 7 (R's default `type = 7`, numpy's default `linear`):
 * h = (n - 1) p, Q(p) = x_(floor h) + (h - floor h)(x_(floor h + 1) - x_(floor h)), 0-based.
 * `sorted` must be ascending and free of NaN; NaN for empty data.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const frac = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  return frac === 0 ? a : a + frac * (b - a);
}
