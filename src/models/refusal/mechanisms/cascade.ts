/**
 * Collective action by thresholds, ¶32 ¶33: the refusal "grows simultaneously with the working
 * class"; its "possibilities of functioning materially increase as the working class ... becomes
 * more concentrated and unified". Granovetter (1978, "Threshold models of collective behavior",
 * AJS 83(6)): a person acts once the share of others acting reaches their threshold; from nobody,
 * r(t+1) = F(r(t)), F the cumulative distribution of thresholds, which stops at the smallest
 * fixed point r* = F(r*).
 */

/**
 * The equilibrium of a crowd of n whose thresholds (shares in [0, 1]) are sorted ascending in
 * `sorted[0..n)`, reached from `start` participants: iterate k <- F(k) = #{t <= k / n}. F is
 * non-decreasing, so from `start` the count moves monotonically to the nearest fixed point in the
 * direction F points: up to the smallest fixed point above when F(start) > start (from 0, the
 * smallest fixed point: the first k with sorted[k] > k / n, or n), down to the largest below when
 * F(start) < start (a strike under way shrinks as fatigue raises thresholds).
 */
export function cascadeCount(sorted: ArrayLike<number>, n: number, start = 0): number {
  let k = Math.max(0, Math.min(n, start));
  for (;;) {
    // F(k): how many thresholds are <= k / n (binary search in the sorted thresholds)
    const r = k / n;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    if (lo === k) return k;
    k = lo;
  }
}

/** Histogram bin of a threshold t in [0, 1] over `bins` steps: ceil(t bins) (so 0 -> 0); -1 if t > 1 (never met). */
export function thresholdBin(t: number, bins: number): number {
  if (t > 1) return -1;
  return t <= 0 ? 0 : Math.ceil(t * bins - 1e-9);
}

/**
 * The same dynamics from a histogram of thresholds: hist[b], b = 0..bins, counts thresholds in
 * bin b = ceil(t bins), and a threshold in bin b is met once the share acting reaches b / bins
 * (its bin's upper edge: conservative by at most 1 / bins). n is the crowd (thresholds above 1
 * count in n but in no bin). Iterates r <- F(r) from the share `start` and returns the fixed point
 * reached.
 */
export function cascadeShareFromHistogram(
  hist: ArrayLike<number>,
  bins: number,
  n: number,
  start = 0,
): number {
  if (n <= 0) return 0;
  let r = Math.max(0, Math.min(1, start));
  // F is non-decreasing, so the iterates are monotone and stop after at most bins + 1 moves
  for (;;) {
    const top = Math.min(bins, Math.floor(r * bins + 1e-9));
    let c = 0;
    for (let b = 0; b <= top; b++) c += hist[b];
    const next = c / n;
    if (next === r) return r;
    r = next;
  }
}
