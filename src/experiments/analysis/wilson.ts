/** A proportion k / n with its Wilson score interval. */
export interface Proportion {
  k: number;
  n: number;
  share: number;
  low: number;
  high: number;
}

/**
 * Wilson's (1927, "Probable inference, the law of succession, and statistical inference", JASA 22)
 * score interval for a binomial proportion: (p + z²/2n ∓ z sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n),
 * z = 1.959964 for 95%. Unlike the Wald interval it stays inside [0, 1] and is honest at k = 0 or
 * k = n. With n = 0 the share and the interval are NaN.
 */
export function wilson(k: number, n: number, z = 1.959963984540054): Proportion {
  if (n === 0) return { k, n, share: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const d = 1 + z2 / n;
  return { k, n, share: p, low: Math.max(0, (centre - half) / d), high: Math.min(1, (centre + half) / d) };
}
