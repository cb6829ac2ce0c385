import { ensembleStats } from "../analysis/ensemble-stats.ts";
import { tQuantile } from "../analysis/student-t.ts";

/** The direction a thesis claims for an effect. */
export type Direction = "increase" | "decrease";
export type Verdict = "holds" | "fails" | "inconclusive";

/** One effect with its confidence interval. */
export interface Effect {
  /** What was compared, e.g. `realWageGrowth: bargaining − none`. */
  label: string;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Runs (or pairs) used, and runs left out because they failed (NaN). */
  n: number;
  nMissing: number;
  direction: Direction;
  verdict: Verdict;
}

/**
 * The decision rule, the same for every thesis: an effect holds when its confidence interval
 * excludes zero on the claimed side, fails when it excludes zero on the other side, and is
 * inconclusive otherwise (or with fewer than two usable runs).
 */
export function decide(ciLow: number, ciHigh: number, direction: Direction): Verdict {
  if (!(Number.isFinite(ciLow) && Number.isFinite(ciHigh))) return "inconclusive";
  const up = ciLow > 0;
  const down = ciHigh < 0;
  if (direction === "increase") return up ? "holds" : down ? "fails" : "inconclusive";
  return down ? "holds" : up ? "fails" : "inconclusive";
}

/** Several effects: a thesis holds when all hold, fails when any fails, else is inconclusive. */
export function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return "inconclusive";
  if (verdicts.some((v) => v === "fails")) return "fails";
  return verdicts.every((v) => v === "holds") ? "holds" : "inconclusive";
}

/** The mean of `values` with its Student-t interval, as an effect. */
function meanEffect(
  label: string,
  values: readonly number[],
  direction: Direction,
  confidence: number,
): Effect {
  const s = ensembleStats(values, { confidence });
  const verdict = s.n >= 2 ? decide(s.ciLow, s.ciHigh, direction) : "inconclusive";
  return {
    label,
    estimate: s.mean,
    ciLow: s.ciLow,
    ciHigh: s.ciHigh,
    n: s.n,
    nMissing: s.nMissing,
    direction,
    verdict,
  };
}

/**
 * Paired comparison: effect = mean over seeds of (treatment − control) for the same seed, with a
 * Student-t interval. Pairs where either run failed are left out.
 */
export function pairedEffect(
  label: string,
  treatment: readonly number[],
  control: readonly number[],
  direction: Direction,
  confidence = 0.95,
): Effect {
  return meanEffect(
    label,
    treatment.map((t, i) => t - control[i]),
    direction,
    confidence,
  );
}

/** Level: effect = mean of the values minus a threshold, with a Student-t interval. */
export function levelEffect(
  label: string,
  values: readonly number[],
  threshold: number,
  direction: Direction,
  confidence = 0.95,
): Effect {
  return meanEffect(
    label,
    values.map((v) => v - threshold),
    direction,
    confidence,
  );
}

/**
 * Trend: the ordinary least-squares slope of y on x over all runs, with the interval
 * slope ∓ t_(n−2) · se, se = sqrt(SSR / (n − 2) / Sxx). Non-finite pairs are left out.
 */
export function trendEffect(
  label: string,
  x: readonly number[],
  y: readonly number[],
  direction: Direction,
  confidence = 0.95,
): Effect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs.push(x[i]);
      ys.push(y[i]);
    }
  }
  const n = xs.length;
  const nMissing = x.length - n;
  const none = {
    label,
    estimate: Number.NaN,
    ciLow: Number.NaN,
    ciHigh: Number.NaN,
    n,
    nMissing,
    direction,
    verdict: "inconclusive" as Verdict,
  };
  if (n < 3) return none;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return none;
  const slope = sxy / sxx;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += (ys[i] - my - slope * (xs[i] - mx)) ** 2;
  const se = Math.sqrt(ssr / (n - 2) / sxx);
  const half = tQuantile(0.5 + confidence / 2, n - 2) * se;
  const ciLow = slope - half;
  const ciHigh = slope + half;
  return {
    label,
    estimate: slope,
    ciLow,
    ciHigh,
    n,
    nMissing,
    direction,
    verdict: decide(ciLow, ciHigh, direction),
  };
}
