import { fsum } from "../../engine/sum.ts";
import { tCdf, tQuantile } from "../analysis/student-t.ts";

/**
 * What a thesis claims of an effect: that it is positive, negative, or negligible (no effect that
 * matters: an equivalence claim, decided by two one-sided tests).
 */
export type Claim = "increase" | "decrease" | "equivalent";

/** The verdict on one effect. */
export type EffectVerdict = "holds" | "negligible" | "fails" | "inconclusive";

/**
 * The verdict on a thesis. `holds-by-assumption`: the effect holds with the whole model, but not
 * once the mechanisms whose rule restates the claim are switched off.
 */
export type Verdict = EffectVerdict | "holds-by-assumption";

/** How a verdict is printed. */
export function verdictText(v: Verdict): string {
  return v === "holds-by-assumption" ? "holds by assumption" : v;
}

/** A point estimate with its standard error and degrees of freedom (Student t). */
export interface Estimate {
  estimate: number;
  se: number;
  df: number;
  /** Observations (runs or pairs) used. */
  n: number;
}

/** One-sided p-values of an effect: each the probability, under its null, of an estimate this far out. */
export interface PValues {
  /** H0: effect <= 0 (evidence that it is positive). */
  up: number;
  /** H0: effect >= 0 (evidence that it is negative). */
  down: number;
  /** Two one-sided tests, H0: |effect| >= sesoi (evidence that it is negligible): the larger of the two. */
  equivalence: number;
}

/** One effect of a thesis, decided. */
export interface Effect extends Estimate {
  /** What was compared, in words, e.g. `real wage growth: bargaining − none`. */
  label: string;
  /** The summary (metric) it is computed from. */
  summary: string;
  claim: Claim;
  /** Smallest effect size of interest, in the effect's own units (> 0). */
  sesoi: number;
  /** Two-sided confidence interval at the thesis's confidence (nominal, before Holm). */
  ciLow: number;
  ciHigh: number;
  /** Runs (or pairs) the effect could not use: a failed run, or a missing value left out. */
  nExcluded: number;
  /** Missing values counted against the claim (`missing: fails`), replaced by the declared value. */
  nImputed: number;
  p: PValues;
  /** The same p-values after Holm's correction across the effects of the thesis. */
  pHolm: PValues;
  verdict: EffectVerdict;
}

/** The estimate's p-values; an exact estimate (se = 0) gives 0 or 1. */
export function pValues(e: Estimate, sesoi: number): PValues {
  const above = (x: number) => {
    // P(T >= (estimate - x) / se): small when the estimate lies far above x.
    if (!(Number.isFinite(e.estimate) && Number.isFinite(e.se) && e.df > 0)) return Number.NaN;
    if (e.se === 0) return e.estimate > x ? 0 : 1;
    return 1 - tCdf((e.estimate - x) / e.se, e.df);
  };
  const below = (x: number) => {
    if (!(Number.isFinite(e.estimate) && Number.isFinite(e.se) && e.df > 0)) return Number.NaN;
    if (e.se === 0) return e.estimate < x ? 0 : 1;
    return tCdf((e.estimate - x) / e.se, e.df);
  };
  return { up: above(0), down: below(0), equivalence: Math.max(above(-sesoi), below(sesoi)) };
}

/**
 * Holm's (1979, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6)
 * step-down adjustment of m p-values: sorted ascending, p_(i) becomes max over j <= i of
 * min(1, (m - j + 1) p_(j)). Rejecting where the adjusted p is below alpha keeps the family-wise
 * error at alpha. NaN stays NaN (and counts in m).
 */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const key = (i: number) => (Number.isNaN(ps[i]) ? Number.POSITIVE_INFINITY : ps[i]);
  const order = ps.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    if (Number.isNaN(ps[i])) {
      out[i] = Number.NaN;
      return;
    }
    running = Math.max(running, Math.min(1, (m - rank) * ps[i]));
    out[i] = running;
  });
  return out;
}

/**
 * The decision rule, the same for every effect of every thesis, with alpha = (1 - confidence) / 2
 * for each one-sided test (so that, before Holm, "p < alpha" is "the two-sided interval excludes
 * the value"). For a claimed direction:
 * - holds: the effect is significant on the claimed side and its estimate reaches the sesoi;
 * - negligible: the interval lies within ± sesoi (two one-sided tests);
 * - fails: the effect is significant on the other side;
 * - inconclusive: otherwise (also when there are too few runs to say).
 * For an equivalence claim: holds when negligible; fails when the effect is significant on either
 * side and its estimate reaches the sesoi; inconclusive otherwise.
 */
export function decideEffect(
  claim: Claim,
  estimate: number,
  sesoi: number,
  p: PValues,
  alpha: number,
): EffectVerdict {
  if (!Number.isFinite(estimate)) return "inconclusive";
  const sig = (x: number) => x < alpha;
  if (claim === "equivalent") {
    if (sig(p.equivalence)) return "holds";
    if ((sig(p.up) || sig(p.down)) && Math.abs(estimate) >= sesoi) return "fails";
    return "inconclusive";
  }
  const [same, other] = claim === "increase" ? [p.up, p.down] : [p.down, p.up];
  const size = claim === "increase" ? estimate : -estimate;
  if (sig(same) && size >= sesoi) return "holds";
  if (sig(p.equivalence)) return "negligible";
  if (sig(other)) return "fails";
  return "inconclusive";
}

/**
 * Decide every effect of a thesis: p-values, Holm across the effects (each family of one-sided
 * tests on its own), then {@link decideEffect}.
 */
export function decideEffects(
  raw: readonly Omit<Effect, "p" | "pHolm" | "verdict">[],
  confidence: number,
): Effect[] {
  const alpha = (1 - confidence) / 2;
  const ps = raw.map((e) => pValues(e, e.sesoi));
  const up = holm(ps.map((p) => p.up));
  const down = holm(ps.map((p) => p.down));
  const eq = holm(ps.map((p) => p.equivalence));
  return raw.map((e, i) => {
    const pHolm = { up: up[i], down: down[i], equivalence: eq[i] };
    return { ...e, p: ps[i], pHolm, verdict: decideEffect(e.claim, e.estimate, e.sesoi, pHolm, alpha) };
  });
}

/**
 * The verdict of a thesis from its effects (already decided with Holm): it fails when any effect
 * fails; it is negligible when any claimed effect is negligible (the claimed change is absent);
 * it holds when every effect holds; otherwise it is inconclusive.
 */
export function combine(verdicts: readonly EffectVerdict[]): EffectVerdict {
  if (verdicts.length === 0) return "inconclusive";
  if (verdicts.includes("fails")) return "fails";
  if (verdicts.includes("negligible")) return "negligible";
  return verdicts.every((v) => v === "holds") ? "holds" : "inconclusive";
}

/** Two-sided interval estimate ∓ t_(df) se at `confidence` (NaN when it cannot be had). */
export function interval(e: Estimate, confidence: number): [number, number] {
  if (!(e.df > 0 && Number.isFinite(e.se))) return [Number.NaN, Number.NaN];
  const half = tQuantile(0.5 + confidence / 2, e.df) * e.se;
  return [e.estimate - half, e.estimate + half];
}

/** Mean of the finite values with its standard error (df = n - 1); non-finite values are not used. */
export function meanEstimate(values: readonly number[]): Estimate {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (n === 0) return { estimate: Number.NaN, se: Number.NaN, df: 0, n };
  const mean = fsum(xs) / n;
  if (n < 2) return { estimate: mean, se: Number.NaN, df: 0, n };
  const ss = fsum(xs.map((x) => (x - mean) ** 2));
  return { estimate: mean, se: Math.sqrt(ss / (n - 1) / n), df: n - 1, n };
}

/**
 * Ordinary least-squares slope of y on x over the finite pairs, with se = sqrt(SSR / (n - 2) / Sxx)
 * and df = n - 2.
 */
export function slopeEstimate(x: readonly number[], y: readonly number[]): Estimate {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs.push(x[i]);
      ys.push(y[i]);
    }
  }
  const n = xs.length;
  const none = { estimate: Number.NaN, se: Number.NaN, df: 0, n };
  if (n < 3) return none;
  const mx = fsum(xs) / n;
  const my = fsum(ys) / n;
  const sxx = fsum(xs.map((v) => (v - mx) ** 2));
  if (sxx === 0) return none;
  const slope = fsum(xs.map((v, i) => (v - mx) * (ys[i] - my))) / sxx;
  const ssr = fsum(ys.map((v, i) => (v - my - slope * (xs[i] - mx)) ** 2));
  return { estimate: slope, se: Math.sqrt(ssr / (n - 2) / sxx), df: n - 2, n };
}
