import { goldenSectionMin } from "../../../engine/golden-section.ts";
import { log, pow } from "../../../engine/math.ts";
import { hurwitzZeta } from "./zeta.ts";

/**
 * A power-law tail fitted by maximum likelihood with x_min chosen to minimise the
 * Kolmogorov-Smirnov distance between the data above x_min and the fit (Clauset, Shalizi &
 * Newman, "Power-law distributions in empirical data", SIAM Review 51(4), 2009, sections 3.1-3.3).
 *
 * `alpha` is the exponent of the density, p(x) ~ x^-alpha (CSN's convention). Wright (2005)
 * writes P(x) ~ x^-(alpha_W + 1), so alpha_W = alpha - 1 (the exponent of the ccdf).
 */
export interface PowerLawFit {
  /** Exponent of the density above xmin (CSN's alpha). */
  alpha: number;
  /** Standard error of alpha, (alpha - 1) / sqrt(n) (CSN eq. 3.2). */
  alphaSe: number;
  /** Lower bound of the power-law regime. */
  xmin: number;
  /** Observations at or above xmin. */
  n: number;
  /** KS distance between the tail data and the fit. */
  ks: number;
}

const NO_FIT: PowerLawFit = {
  alpha: Number.NaN,
  alphaSe: Number.NaN,
  xmin: Number.NaN,
  n: 0,
  ks: Number.NaN,
};

export interface FitOptions {
  /** Smallest tail (observations >= xmin) a candidate xmin may leave (default 50). */
  minTail?: number;
  /**
   * Most xmin candidates tried (default 200): every eligible value up to 100 for the discrete
   * fit, then values spread evenly in log(x); all of them when there are fewer.
   */
  maxCandidates?: number;
}

/**
 * Candidate positions for xmin: all of them when there are few, else every position whose value
 * is at most `denseUpTo` plus positions spread evenly in log(value) above it (xmin can lie
 * anywhere over orders of magnitude). `values[positions[i]]` must increase with i.
 */
function pickCandidates(
  positions: number[],
  values: ArrayLike<number>,
  max: number,
  denseUpTo: number,
): number[] {
  if (positions.length <= max) return positions;
  const out: number[] = [];
  let i = 0;
  while (i < positions.length && values[positions[i]] <= denseUpTo && out.length < max)
    out.push(positions[i++]);
  if (i >= positions.length) return out;
  const lo = log(values[positions[i]]);
  const hi = log(values[positions[positions.length - 1]]);
  const slots = Math.max(2, max - out.length);
  for (let k = 0; k < slots && i < positions.length; k++) {
    const target = lo + ((hi - lo) * k) / (slots - 1);
    while (i < positions.length - 1 && log(values[positions[i]]) < target) i++;
    if (out.length === 0 || out[out.length - 1] !== positions[i]) out.push(positions[i]);
  }
  return out;
}

/**
 * Continuous power law p(x) = ((alpha - 1)/xmin) (x/xmin)^-alpha, x >= xmin. For each candidate
 * xmin (a distinct data value): alpha = 1 + n / sum ln(x_i / xmin) (CSN eq. 3.1) and the KS
 * distance to the fitted cdf 1 - (x/xmin)^(1-alpha); the candidate with the least distance wins.
 * Non-positive values are ignored.
 */
export function fitContinuousPowerLaw(values: ArrayLike<number>, opts: FitOptions = {}): PowerLawFit {
  const minTail = opts.minTail ?? 50;
  const maxCandidates = opts.maxCandidates ?? 200;
  const all = Float64Array.from(values).sort();
  let start = 0;
  while (start < all.length && !(all[start] > 0)) start++;
  const x = all.subarray(start);
  const n = x.length;
  if (n < minTail) return NO_FIT;
  // suffix sums of ln x
  const logSuffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) logSuffix[i] = logSuffix[i + 1] + log(x[i]);
  const eligible: number[] = [];
  for (let i = 0; i <= n - minTail; i++) if (i === 0 || x[i] !== x[i - 1]) eligible.push(i);
  let best = NO_FIT;
  for (const i of pickCandidates(eligible, x, maxCandidates, 0)) {
    const xmin = x[i];
    const nt = n - i;
    const denom = logSuffix[i] - nt * log(xmin);
    if (!(denom > 0)) continue;
    const alpha = 1 + nt / denom;
    let d = 0;
    for (let j = i; j < n; ) {
      let k = j;
      while (k + 1 < n && x[k + 1] === x[j]) k++;
      const f = 1 - pow(x[j] / xmin, 1 - alpha);
      const below = (j - i) / nt;
      const upTo = (k + 1 - i) / nt;
      d = Math.max(d, Math.abs(f - below), Math.abs(f - upTo));
      j = k + 1;
    }
    if (Number.isNaN(best.ks) || d < best.ks)
      best = { alpha, alphaSe: (alpha - 1) / Math.sqrt(nt), xmin, n: nt, ks: d };
  }
  return best;
}

/**
 * Discrete power law p(k) = k^-alpha / zeta(alpha, kmin), k >= kmin, fitted to a histogram of
 * positive integers (`counts[k]` = number of observations equal to k; counts[0] is ignored).
 * For each candidate kmin, alpha maximises L = -n ln zeta(alpha, kmin) - alpha sum ln k_i
 * (CSN eq. 3.5, exactly, with the Hurwitz zeta function); the KS distance is taken over every
 * integer k >= kmin (at the observed values and just before each next one).
 */
export function fitDiscretePowerLaw(counts: ArrayLike<number>, opts: FitOptions = {}): PowerLawFit {
  const minTail = opts.minTail ?? 50;
  const maxCandidates = opts.maxCandidates ?? 200;
  const support: number[] = [];
  for (let k = 1; k < counts.length; k++) if (counts[k] > 0) support.push(k);
  const m = support.length;
  if (m === 0) return NO_FIT;
  const tailCount = new Float64Array(m + 1);
  const tailLog = new Float64Array(m + 1);
  for (let j = m - 1; j >= 0; j--) {
    const k = support[j];
    tailCount[j] = tailCount[j + 1] + counts[k];
    tailLog[j] = tailLog[j + 1] + counts[k] * log(k);
  }
  const eligible: number[] = [];
  for (let j = 0; j < m; j++) if (tailCount[j] >= minTail) eligible.push(j);
  let best = NO_FIT;
  for (const j of pickCandidates(eligible, support, maxCandidates, 100)) {
    const kmin = support[j];
    const nt = tailCount[j];
    const sl = tailLog[j];
    if (sl - nt * log(kmin) <= 0) continue; // all mass at kmin: no tail to fit
    const alpha = goldenSectionMin((a) => -(-nt * log(hurwitzZeta(a, kmin)) - a * sl), 1.0001, 8, {
      iterations: 80,
    });
    const z0 = hurwitzZeta(alpha, kmin);
    let d = 0;
    let cum = 0;
    for (let t = j; t < m; t++) {
      const k = support[t];
      cum += counts[k];
      const fAt = 1 - hurwitzZeta(alpha, k + 1) / z0; // P(X <= k)
      d = Math.max(d, Math.abs(cum / nt - fAt));
      const nextK = t + 1 < m ? support[t + 1] : Number.POSITIVE_INFINITY;
      if (nextK > k + 1 && Number.isFinite(nextK)) {
        const fBefore = 1 - hurwitzZeta(alpha, nextK) / z0; // P(X <= nextK - 1)
        d = Math.max(d, Math.abs(cum / nt - fBefore));
      }
    }
    if (Number.isNaN(best.ks) || d < best.ks)
      best = { alpha, alphaSe: (alpha - 1) / Math.sqrt(nt), xmin: kmin, n: nt, ks: d };
  }
  return best;
}

/**
 * Wright's own estimate (2005, fig. 2): ordinary least squares of ln(count) on ln(k) over the
 * non-empty bins of a histogram with bins of width 1; the slope is -(alpha_W + 1). Returns
 * alpha_W (the ccdf exponent). Biased as an estimator (CSN section 3), reported only to compare
 * with the paper's number.
 */
export function wrightOlsExponent(counts: ArrayLike<number>): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let k = 1; k < counts.length; k++) {
    if (!(counts[k] > 0)) continue;
    const x = log(k);
    const y = log(counts[k]);
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  if (n < 2) return Number.NaN;
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return -slope - 1;
}
