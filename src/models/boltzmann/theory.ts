import { exp, log } from "../../engine/math.ts";

/**
 * Stationary wealth distribution of Mesa's Boltzmann wealth model in the mean-field limit
 * N -> infinity, derived here (the tutorial gives no theory). It is NOT the geometric law of the
 * random-pair exchange model (Dragulescu & Yakovenko, Eur. Phys. J. B 17, 2000), whose Gini at
 * mean wealth 1 is 1/(1+q) = 2/3 with q = 1/2, because Mesa activates every agent once per step.
 *
 * Derivation. Follow one agent with wealth x at the start of a step, activated at the fraction
 * u ~ U(0,1) of the sweep. Another agent activated at sweep time s gives with probability
 * g(s) and picks our agent with probability 1/N, so gifts arrive as a Poisson process of
 * intensity g(s); an agent activated at s gives unless it had 0 and received nothing before s:
 *
 *   g(s) = 1 - p0 exp(-L(s)),   L(s) = int_0^s g,   p0 = P(x = 0)
 *   => d/ds e^L = e^L - p0  =>  L(s) = ln(p0 + (1 - p0) e^s).
 *
 * With A1 ~ Poisson(L(u)) gifts before its turn and A2 ~ Poisson(L(1) - L(u)) after,
 * x' = x + A1 - 1[x + A1 > 0] + A2. As A1 + A2 ~ Poisson(L(1)) whatever u:
 *
 *   x >= 1:  x' = x - 1 + Poisson(L(1))
 *   x  = 0:  P(x' = k) = int_0^1 [ e^{-L(u)} Pois(k; L(1)-L(u)) + Pois(k+1; L(1))
 *                                 - e^{-L(u)} Pois(k+1; L(1)-L(u)) ] du
 *
 * For every p0 the stationary law pi of this chain has pi_0 = p0 (flow balance makes any p0
 * self-consistent, and E[gifts] = L(1) = P(give) conserves wealth); what selects p0 is the mean
 * wealth, which is 1 in the model: the mean of pi decreases with p0, so p0 is found by bisection
 * on mean(pi) = 1.
 */

function poissonPmf(lambda: number, kmax: number): Float64Array {
  const p = new Float64Array(kmax + 1);
  p[0] = exp(-lambda);
  for (let k = 1; k <= kmax; k++) p[k] = (p[k - 1] * lambda) / k;
  return p;
}

/** L(u) = ln(p0 + (1 - p0) e^u): expected gifts received during the first fraction u of a step. */
export function giftsBefore(u: number, p0: number): number {
  return log(p0 + (1 - p0) * exp(u));
}

/**
 * Transition matrix (row-major, (K+1) x (K+1), rows summing to 1 after truncation at K) of one
 * agent's wealth over one step, given the share p0 of agents with zero wealth.
 */
export function meanFieldKernel(p0: number, kmax: number, intervals = 2000): Float64Array {
  const k1 = kmax + 1;
  const P = new Float64Array(k1 * k1);
  const l1 = giftsBefore(1, p0);
  const total = poissonPmf(l1, kmax + 1);
  for (let x = 1; x <= kmax; x++) for (let k = x - 1; k <= kmax; k++) P[x * k1 + k] = total[k - x + 1];
  // Row 0: Simpson's rule over the activation time u.
  const h = 1 / intervals;
  for (let m = 0; m <= intervals; m++) {
    const u = m * h;
    const w = (m === 0 || m === intervals ? 1 : m % 2 === 1 ? 4 : 2) * (h / 3);
    const lu = giftsBefore(u, p0);
    const none = exp(-lu);
    const after = poissonPmf(l1 - lu, kmax + 1);
    for (let k = 0; k <= kmax; k++) P[k] += w * (none * after[k] + total[k + 1] - none * after[k + 1]);
  }
  for (let x = 0; x <= kmax; x++) {
    let s = 0;
    for (let k = 0; k <= kmax; k++) s += P[x * k1 + k];
    for (let k = 0; k <= kmax; k++) P[x * k1 + k] /= s;
  }
  return P;
}

/** Stationary distribution of a row-stochastic matrix: solves pi (P - I) = 0, sum pi = 1. */
export function stationaryDistribution(P: Float64Array, k1: number): Float64Array {
  // A = (P - I)^T with the last equation replaced by sum(pi) = 1; Gaussian elimination.
  const A = new Float64Array(k1 * k1);
  const b = new Float64Array(k1);
  for (let i = 0; i < k1; i++) for (let j = 0; j < k1; j++) A[i * k1 + j] = P[j * k1 + i] - (i === j ? 1 : 0);
  for (let j = 0; j < k1; j++) A[(k1 - 1) * k1 + j] = 1;
  b[k1 - 1] = 1;
  for (let c = 0; c < k1; c++) {
    let piv = c;
    for (let r = c + 1; r < k1; r++) if (Math.abs(A[r * k1 + c]) > Math.abs(A[piv * k1 + c])) piv = r;
    if (piv !== c) {
      for (let j = 0; j < k1; j++) {
        const t = A[c * k1 + j];
        A[c * k1 + j] = A[piv * k1 + j];
        A[piv * k1 + j] = t;
      }
      const t = b[c];
      b[c] = b[piv];
      b[piv] = t;
    }
    for (let r = c + 1; r < k1; r++) {
      const f = A[r * k1 + c] / A[c * k1 + c];
      if (f === 0) continue;
      for (let j = c; j < k1; j++) A[r * k1 + j] -= f * A[c * k1 + j];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(k1);
  for (let r = k1 - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < k1; j++) s -= A[r * k1 + j] * x[j];
    x[r] = s / A[r * k1 + r];
  }
  return x;
}

/** Gini of a distribution pi on 0..K: sum_{j,k} pi_j pi_k |j - k| / (2 mean). */
export function giniOfDistribution(pi: Float64Array): number {
  let mean = 0;
  for (let k = 0; k < pi.length; k++) mean += k * pi[k];
  let d = 0;
  for (let j = 0; j < pi.length; j++)
    for (let k = 0; k < pi.length; k++) d += pi[j] * pi[k] * Math.abs(j - k);
  return d / (2 * mean);
}

export interface MeanFieldWealth {
  /** Stationary wealth distribution on 0..K. */
  pi: Float64Array;
  /** Its Gini coefficient (N -> infinity). */
  gini: number;
  /** Its mean (1 up to truncation and quadrature error). */
  mean: number;
}

function meanOf(pi: Float64Array): number {
  let mean = 0;
  for (let k = 0; k < pi.length; k++) mean += k * pi[k];
  return mean;
}

/**
 * The stationary distribution with mean wealth `meanWealth` (see the file's TSDoc), truncated
 * at `kmax`.
 */
export function meanFieldWealth(meanWealth = 1, kmax = 60): MeanFieldWealth {
  const k1 = kmax + 1;
  const solve = (p0: number) => stationaryDistribution(meanFieldKernel(p0, kmax), k1);
  let lo = 1e-3;
  let hi = 0.999;
  for (let it = 0; it < 50; it++) {
    const mid = (lo + hi) / 2;
    if (meanOf(solve(mid)) > meanWealth) lo = mid;
    else hi = mid;
  }
  const pi = solve((lo + hi) / 2);
  return { pi, gini: giniOfDistribution(pi), mean: meanOf(pi) };
}

/**
 * Predicted standard deviation of the sample Gini of N agents drawn from pi with their total
 * fixed at N (as in the model, where wealth is conserved). Hoeffding projection of the mean
 * difference U-statistic: sum_{i != j} |x_i - x_j| ~ n(n-1) theta + 2(n-1) sum_i (h1(x_i) -
 * theta), h1(x) = E|x - Y|; conditioning on sum_i x_i removes the part of h1 linear in x, so
 * Var(G) ~ [Var h1 - Cov(h1, X)^2 / Var X] / n (the mean is exactly 1). Ignores the dynamic
 * correlations between agents, so it is a guide to the spread, not an exact value.
 */
export function giniSdFixedTotal(pi: Float64Array, n: number): number {
  const k1 = pi.length;
  let mean = 0;
  for (let k = 0; k < k1; k++) mean += k * pi[k];
  const h1 = new Float64Array(k1);
  for (let x = 0; x < k1; x++) for (let y = 0; y < k1; y++) h1[x] += pi[y] * Math.abs(x - y);
  let eh = 0;
  for (let x = 0; x < k1; x++) eh += pi[x] * h1[x];
  let varH = 0;
  let varX = 0;
  let cov = 0;
  for (let x = 0; x < k1; x++) {
    varH += pi[x] * (h1[x] - eh) ** 2;
    varX += pi[x] * (x - mean) ** 2;
    cov += pi[x] * (h1[x] - eh) * (x - mean);
  }
  const conditional = varH - (cov * cov) / varX;
  return Math.sqrt(conditional / n) / mean;
}
