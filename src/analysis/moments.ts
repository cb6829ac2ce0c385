import { mean } from "./descriptive.ts";

/** Central moments m_r = Σ (x_i − x̄)^r / n for r = 2, 3, 4. */
function centralMoments(x: ArrayLike<number>): { m2: number; m3: number; m4: number } {
  const n = x.length;
  const m = mean(x);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/**
 * Sample skewness, the biased moment coefficient g₁ = m₃ / m₂^(3/2) with m_r the r-th central
 * moment over n (Joanes & Gill 1998, "Comparing measures of sample skewness and kurtosis", The
 * Statistician 47(1), 183–189, eq. 1; scipy.stats.skew's default). NaN below three values or for a
 * constant sample.
 */
export function skewness(x: ArrayLike<number>): number {
  if (x.length < 3) return Number.NaN;
  const { m2, m3 } = centralMoments(x);
  return m2 > 0 ? m3 / m2 ** 1.5 : Number.NaN;
}

/**
 * Sample excess kurtosis, the biased Fisher coefficient g₂ = m₄ / m₂² − 3 (Joanes & Gill 1998,
 * eq. 2; scipy.stats.kurtosis's default): 0 for a normal law, 3 for a Laplace law, −1.2 for a
 * uniform one. NaN below four values or for a constant sample.
 */
export function excessKurtosis(x: ArrayLike<number>): number {
  if (x.length < 4) return Number.NaN;
  const { m2, m4 } = centralMoments(x);
  return m2 > 0 ? m4 / (m2 * m2) - 3 : Number.NaN;
}
