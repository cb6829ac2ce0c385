/**
 * The Baxter–King band-pass filter (Baxter & King 1999, "Measuring business cycles: approximate
 * band-pass filters for economic time series", Review of Economics and Statistics 81(4), 575–593,
 * eqs. 5–7): a symmetric moving average of 2K + 1 terms that keeps the fluctuations with periods
 * between `low` and `high` (6 and 32 quarters for the business cycle) and removes the rest.
 *
 * The ideal filter's weights are b_0 = (ω₂ − ω₁)/π and b_j = (sin ω₂j − sin ω₁j)/(πj), with
 * ω₁ = 2π/high and ω₂ = 2π/low; truncated at K they are shifted by θ = −(Σ_{j=−K..K} b_j)/(2K + 1),
 * a_j = b_j + θ, so that they sum to zero (the gain at frequency 0 is 0: a linear trend, and the
 * constant, are removed exactly). The filtered series y_t = Σ_{j=−K..K} a_j x_{t−j} loses K values
 * at each end.
 */

export interface BandPassOptions {
  /** Shortest period kept, in samples (default 6 quarters). */
  low?: number;
  /** Longest period kept, in samples (default 32 quarters). */
  high?: number;
  /** Leads and lags of the moving average (default 12). */
  K?: number;
}

/** The 2K + 1 weights a_{−K..K} of the Baxter–King filter (index j + K), summing to zero. */
export function baxterKingWeights({ low = 6, high = 32, K = 12 }: BandPassOptions = {}): Float64Array {
  if (!(low >= 2 && high > low))
    throw new RangeError(`baxterKing: need 2 <= low < high, got ${low}, ${high}`);
  if (!(Number.isInteger(K) && K >= 1))
    throw new RangeError(`baxterKing: K must be an integer >= 1, got ${K}`);
  const w1 = (2 * Math.PI) / high;
  const w2 = (2 * Math.PI) / low;
  const b = new Float64Array(2 * K + 1);
  b[K] = (w2 - w1) / Math.PI;
  for (let j = 1; j <= K; j++) {
    const bj = (Math.sin(w2 * j) - Math.sin(w1 * j)) / (Math.PI * j);
    b[K + j] = bj;
    b[K - j] = bj;
  }
  let sum = 0;
  for (const v of b) sum += v;
  const theta = -sum / (2 * K + 1);
  for (let i = 0; i < b.length; i++) b[i] += theta;
  return b;
}

/**
 * The Baxter–King filtered series of `x` (length n − 2K): element i is the cyclical component at
 * time i + K. Throws when the series is shorter than 2K + 1.
 */
export function baxterKing(x: ArrayLike<number>, opts: BandPassOptions = {}): Float64Array {
  const a = baxterKingWeights(opts);
  const K = (a.length - 1) / 2;
  const n = x.length;
  if (n < a.length)
    throw new RangeError(`baxterKing: the series has ${n} values, needs at least ${a.length}`);
  const y = new Float64Array(n - 2 * K);
  for (let t = K; t < n - K; t++) {
    let s = 0;
    for (let j = -K; j <= K; j++) s += a[j + K] * x[t - j];
    y[t - K] = s;
  }
  return y;
}

/** Gain of a symmetric filter with weights `a` (index j + K) at the period `period`: Σ a_j cos(ωj). */
export function filterGain(a: ArrayLike<number>, period: number): number {
  const K = (a.length - 1) / 2;
  const w = (2 * Math.PI) / period;
  let g = a[K];
  for (let j = 1; j <= K; j++) g += 2 * a[K + j] * Math.cos(w * j);
  return g;
}
