/**
 * The tail exponent ζ of a Pareto upper tail, P(X > x) ∝ x^−ζ (ζ ≈ 1 is Zipf's law of firm sizes,
 * Axtell 2001), estimated by maximum likelihood, never by least squares on a histogram (which is
 * biased: Clauset, Shalizi & Newman 2009, §3.1 and appendix A).
 */

/**
 * Hill's estimator on the k largest values (Hill 1975, "A simple general approach to inference
 * about the tail of a distribution", Annals of Statistics 3(5), 1163–1174, eq. 1.5): with the
 * order statistics X₍₁₎ ≥ X₍₂₎ ≥ … ≥ X₍ₙ₎,
 *
 *   ζ̂ = [ (1/k) Σ_{i=1..k} ln X₍ᵢ₎ − ln X₍ₖ₊₁₎ ]⁻¹.
 *
 * It is the maximum-likelihood estimate of ζ for the values above X₍ₖ₊₁₎. Needs 1 <= k < n and
 * positive values; NaN otherwise.
 */
export function hillEstimator(values: ArrayLike<number>, k: number): number {
  const x = Float64Array.from(values).sort().reverse();
  if (!(Number.isInteger(k) && k >= 1 && k < x.length) || !(x[k] > 0)) return Number.NaN;
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.log(x[i]);
  const d = s / k - Math.log(x[k]);
  return d > 0 ? 1 / d : Number.NaN;
}

export interface ParetoTailFit {
  /** Tail exponent of the complementary CDF, ζ = α − 1 (α the exponent of the density). */
  zeta: number;
  /** Its standard error (α − 1)/√n_tail (CSN 2009, eq. 3.2). */
  se: number;
  /** Lower bound of the power-law behaviour, chosen by the smallest KS distance. */
  xmin: number;
  /** Values at or above xmin. */
  nTail: number;
  /** Kolmogorov–Smirnov distance between the tail's empirical CDF and the fitted one. */
  ks: number;
}

/**
 * Clauset, Shalizi & Newman (2009), "Power-law distributions in empirical data", SIAM Review 51(4),
 * 661–703, §3: for each candidate x_min (every distinct value leaving at least `minTail` values at
 * or above it), the continuous maximum-likelihood exponent of the density (eq. 3.1)
 *
 *   α̂ = 1 + n [ Σ_{x_i ≥ x_min} ln(x_i / x_min) ]⁻¹,
 *
 * and the Kolmogorov–Smirnov distance D = max_{x ≥ x_min} |S(x) − P(x)| between the tail's
 * empirical CDF S and the fitted P(x) = 1 − (x/x_min)^−(α̂−1) (eq. 3.9); x_min is the candidate with
 * the smallest D. Returns ζ = α̂ − 1, the exponent of P(X > x). With x_min fixed this is Hill's
 * estimator with k = n_tail (up to the tie at x_min). `minTail` (default 10) keeps a tail of a
 * handful of values from winning by chance; null when no candidate leaves that many.
 */
export function paretoTailCsn(values: ArrayLike<number>, { minTail = 10 } = {}): ParetoTailFit | null {
  const x = Float64Array.from(values)
    .filter((v) => v > 0 && Number.isFinite(v))
    .sort();
  const n = x.length;
  if (n < Math.max(2, minTail)) return null;
  // Suffix sums of ln x for the MLE at each candidate.
  const lnSuffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) lnSuffix[i] = lnSuffix[i + 1] + Math.log(x[i]);
  let best: ParetoTailFit | null = null;
  for (let i = 0; i < n; i++) {
    if (i > 0 && x[i] === x[i - 1]) continue; // each distinct value once
    const m = n - i;
    if (m < minTail) break;
    const xmin = x[i];
    const sumLn = lnSuffix[i] - m * Math.log(xmin);
    if (!(sumLn > 0)) continue;
    const zeta = m / sumLn;
    // KS distance: at each distinct value, the empirical CDF just before and at it.
    let d = 0;
    for (let j = i; j < n; ) {
      let k = j;
      while (k + 1 < n && x[k + 1] === x[j]) k++;
      const fit = 1 - (x[j] / xmin) ** -zeta;
      const before = (j - i) / m;
      const after = (k + 1 - i) / m;
      d = Math.max(d, Math.abs(fit - before), Math.abs(after - fit));
      j = k + 1;
    }
    if (!best || d < best.ks) best = { zeta, se: zeta / Math.sqrt(m), xmin, nTail: m, ks: d };
  }
  return best;
}
