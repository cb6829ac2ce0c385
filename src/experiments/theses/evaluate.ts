import { assumptionVariant, FULL, type ThesisPoint } from "./plan.ts";
import type { RobustnessResult } from "./robustness.ts";
import type { Thesis, ThesisMechanism, ThesisMetric } from "./thesis-file.ts";
import {
  combine,
  decideEffects,
  type Effect,
  type EffectVerdict,
  interval,
  meanEstimate,
  slopeEstimate,
  type Verdict,
} from "./verdict.ts";

/**
 * A summary of a stored run: `get(pointIndex, seed, summary)` is undefined when there is no run
 * that ended ok, NaN when the run left the summary undefined (the event it measures never came).
 */
export type SummaryLookup = (pointIndex: number, seed: number, summary: string) => number | undefined;

/** The effects of a thesis under one variant of the model, decided by the rule. */
export interface VariantResult {
  variant: string;
  effects: Effect[];
  verdict: EffectVerdict;
}

/** One knock-out: the effects with a mechanism off, and the share of each effect it carries. */
export interface KnockoutResult extends VariantResult {
  mechanism: ThesisMechanism;
  /** (full − knocked out) / full, per effect: 1 = the effect is gone without it. */
  carried: number[];
}

export interface ThesisResult {
  id: string;
  title: string;
  paragraph: string;
  claim: string;
  source: string;
  /** SHA-256 of the thesis file that decided it, and its text (pre-registration). */
  fileHash: string;
  fileText: string;
  /** A smoke test (`--quick`): estimates only; `verdict` is then "not decided". */
  smokeTest: boolean;
  verdict: Verdict | "not decided";
  /** The full model's effects (= full.effects). */
  effects: Effect[];
  full: VariantResult;
  /** The assumed mechanisms (with their reasons), or why none is. */
  assumes: ThesisMechanism[];
  assumesNothing?: string;
  /** The effects with every assumed mechanism off. */
  withoutAssumptions?: VariantResult;
  knockouts: KnockoutResult[];
  /** The global robustness analysis, where it has been run (`refusal theses --robustness`). */
  robustness?: RobustnessResult;
  /** Runs planned for the main ensemble (all variants). */
  runs: number;
}

function armLabel(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}

/** The values of a summary at a point over the seeds, with the missing-outcome policy applied. */
function valuesOf(
  m: ThesisMetric,
  p: ThesisPoint,
  seeds: readonly number[],
  get: SummaryLookup,
): { values: number[]; imputed: boolean[] } {
  const values: number[] = [];
  const imputed: boolean[] = [];
  for (const s of seeds) {
    const v = get(p.index, s, m.summary);
    if (v === undefined) {
      values.push(Number.NaN);
      imputed.push(false);
    } else if (!Number.isFinite(v) && m.missing) {
      values.push(m.missing.value);
      imputed.push(true);
    } else {
      values.push(v);
      imputed.push(false);
    }
  }
  return { values, imputed };
}

type RawEffect = Omit<Effect, "p" | "pHolm" | "verdict">;

function raw(
  m: ThesisMetric,
  label: string,
  e: ReturnType<typeof meanEstimate>,
  total: number,
  imputed: number,
  confidence: number,
): RawEffect {
  const [ciLow, ciHigh] = interval(e, confidence);
  return {
    ...e,
    label,
    summary: m.summary,
    claim: m.claim,
    sesoi: m.sesoi,
    ciLow,
    ciHigh,
    nExcluded: total - e.n,
    nImputed: imputed,
  };
}

/** The effects of a thesis on one set of points (one variant at one setting), not yet decided. */
export function rawEffects(
  t: Thesis,
  points: readonly ThesisPoint[],
  seeds: readonly number[],
  get: SummaryLookup,
): RawEffect[] {
  const out: RawEffect[] = [];
  const byArm = (arm: number) => {
    const p = points.find((q) => q.arm === arm);
    if (!p) throw new Error(`thesis ${t.id}: no point for arm ${arm}`);
    return p;
  };
  const count = (xs: boolean[]) => xs.filter(Boolean).length;
  for (const m of t.test.metrics) {
    switch (t.test.kind) {
      case "compare": {
        const tr = valuesOf(m, byArm(0), seeds, get);
        t.test.controls.forEach((c, i) => {
          const ctl = valuesOf(m, byArm(i + 1), seeds, get);
          const diffs = tr.values.map((v, k) => v - ctl.values[k]);
          const imputed = tr.imputed.filter((x, k) => (x || ctl.imputed[k]) && Number.isFinite(diffs[k]));
          out.push(
            raw(
              m,
              `${m.summary}: ${armLabel(t.test.kind === "compare" ? t.test.treatment : {})} − ${armLabel(c)}`,
              meanEstimate(diffs),
              seeds.length,
              imputed.length,
              t.confidence,
            ),
          );
        });
        break;
      }
      case "trend": {
        const xs: number[] = [];
        const ys: number[] = [];
        let imputed = 0;
        const { values, factor } = t.test;
        values.forEach((x, i) => {
          const v = valuesOf(m, byArm(i), seeds, get);
          imputed += count(v.imputed);
          for (const y of v.values) {
            xs.push(x);
            ys.push(y);
          }
        });
        out.push(
          raw(m, `${m.summary}: slope in ${factor}`, slopeEstimate(xs, ys), xs.length, imputed, t.confidence),
        );
        break;
      }
      case "level": {
        const threshold = m.threshold ?? t.test.threshold;
        const v = valuesOf(m, byArm(0), seeds, get);
        out.push(
          raw(
            m,
            `${m.summary} − ${threshold}`,
            meanEstimate(v.values.map((x) => x - threshold)),
            seeds.length,
            count(v.imputed),
            t.confidence,
          ),
        );
        break;
      }
    }
  }
  return out;
}

/** The effects of one variant at one setting, decided (Holm across the thesis's effects). */
export function decideVariant(
  t: Thesis,
  variant: string,
  points: readonly ThesisPoint[],
  seeds: readonly number[],
  get: SummaryLookup,
): VariantResult {
  const effects = decideEffects(
    rawEffects(
      t,
      points.filter((p) => p.variant === variant),
      seeds,
      get,
    ),
    t.confidence,
  );
  return { variant, effects, verdict: combine(effects.map((e) => e.verdict)) };
}

/**
 * The verdict by the full rule: the full model's verdict, except that an effect that holds only
 * while the assumed mechanisms are on (it does not hold with them off) holds by assumption.
 */
export function fullRule(full: EffectVerdict, withoutAssumptions: EffectVerdict | undefined): Verdict {
  if (full !== "holds" || withoutAssumptions === undefined) return full;
  return withoutAssumptions === "holds" ? "holds" : "holds-by-assumption";
}

/** The verdict of a thesis from its main ensemble: the rule of verdict.ts, applied by the data alone. */
export function evaluateThesis(
  t: Thesis,
  points: readonly ThesisPoint[],
  seeds: readonly number[],
  get: SummaryLookup,
): ThesisResult {
  const at = (variant: string) =>
    decideVariant(
      t,
      variant,
      points.filter((p) => p.sample === -1),
      seeds,
      get,
    );
  const full = at(FULL);
  const a = assumptionVariant(t);
  const withoutAssumptions = a ? at(a.id) : undefined;
  const knockouts = t.knockouts.map((mechanism) => {
    const v = at(mechanism.id);
    return {
      ...v,
      mechanism,
      carried: v.effects.map((e, i) => {
        const f = full.effects[i].estimate;
        return f !== 0 && Number.isFinite(f) ? (f - e.estimate) / f : Number.NaN;
      }),
    };
  });
  return {
    id: t.id,
    title: t.title,
    paragraph: t.paragraph,
    claim: t.claim,
    source: t.source,
    fileHash: t.fileHash,
    fileText: t.fileText,
    smokeTest: t.smokeTest === true,
    verdict: t.smokeTest ? "not decided" : fullRule(full.verdict, withoutAssumptions?.verdict),
    effects: full.effects,
    full,
    assumes: t.assumes,
    assumesNothing: t.assumesNothing,
    withoutAssumptions,
    knockouts,
    runs: points.length * seeds.length,
  };
}

/**
 * The mechanisms that carry a thesis's result: those whose knock-out changes the verdict the full
 * model gives, with the share of the first effect each carries (none for a smoke test, which
 * decides nothing).
 */
export function carriers(r: ThesisResult): { id: string; verdict: EffectVerdict; carried: number }[] {
  if (r.smokeTest) return [];
  return r.knockouts
    .filter((k) => k.verdict !== r.full.verdict)
    .map((k) => ({ id: k.mechanism.id, verdict: k.verdict, carried: k.carried[0] }));
}
