import type { ThesisPoint } from "./plan.ts";
import type { Thesis } from "./thesis-file.ts";
import { combine, type Effect, levelEffect, pairedEffect, trendEffect, type Verdict } from "./verdict.ts";

/** Summary values of the runs of a thesis: `values(pointIndex, seed, summary)`, NaN when missing or failed. */
export type SummaryLookup = (pointIndex: number, seed: number, summary: string) => number;

export interface ThesisResult {
  id: string;
  title: string;
  paragraph: string;
  claim: string;
  verdict: Verdict;
  effects: Effect[];
  /** Share of the robustness sample in which every effect has the claimed sign, and in which the thesis holds by the full rule. */
  robustness?: { samples: number; seeds: number; shareSameSign: number; shareHolds: number };
  runs: number;
}

function armLabel(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}

/** The effects of a thesis on one set of points (the main ensemble, or one robustness sample). */
export function thesisEffects(
  t: Thesis,
  points: readonly ThesisPoint[],
  seeds: readonly number[],
  get: SummaryLookup,
): Effect[] {
  const effects: Effect[] = [];
  const byArm = (arm: number) => points.find((p) => p.arm === arm)!;
  const vals = (p: ThesisPoint, m: string) => seeds.map((s) => get(p.index, s, m));
  for (const m of t.test.metrics) {
    switch (t.test.kind) {
      case "compare": {
        const tr = byArm(0);
        t.test.controls.forEach((c, i) => {
          const ctl = byArm(i + 1);
          effects.push(
            pairedEffect(
              `${m.summary}: ${armLabel(t.test.kind === "compare" ? t.test.treatment : {})} − ${armLabel(c)}`,
              vals(tr, m.summary),
              vals(ctl, m.summary),
              m.direction,
              t.confidence,
            ),
          );
        });
        break;
      }
      case "trend": {
        const xs: number[] = [];
        const ys: number[] = [];
        const { values, factor } = t.test;
        values.forEach((x, i) => {
          for (const y of vals(byArm(i), m.summary)) {
            xs.push(x);
            ys.push(y);
          }
        });
        effects.push(trendEffect(`${m.summary}: slope in ${factor}`, xs, ys, m.direction, t.confidence));
        break;
      }
      case "level": {
        const threshold = m.threshold ?? t.test.threshold;
        const values = vals(byArm(0), m.summary);
        effects.push(
          levelEffect(`${m.summary} − ${threshold}`, values, threshold, m.direction, t.confidence),
        );
        break;
      }
    }
  }
  return effects;
}

/** The verdict of a thesis from its runs: the decision rule of verdict.ts, applied by the data alone. */
export function evaluateThesis(
  t: Thesis,
  plan: { main: ThesisPoint[]; robustness: ThesisPoint[] },
  seeds: { main: number[]; robustness: number[] },
  get: SummaryLookup,
): ThesisResult {
  const effects = thesisEffects(t, plan.main, seeds.main, get);
  let robustness: ThesisResult["robustness"];
  if (t.robustness && plan.robustness.length) {
    let sameSign = 0;
    let holds = 0;
    for (let s = 0; s < t.robustness.samples; s++) {
      const pts = plan.robustness.filter((p) => p.sample === s);
      const es = thesisEffects(t, pts, seeds.robustness, get);
      if (
        es.every(
          (e) =>
            Number.isFinite(e.estimate) && (e.direction === "increase" ? e.estimate > 0 : e.estimate < 0),
        )
      )
        sameSign++;
      if (combine(es.map((e) => e.verdict)) === "holds") holds++;
    }
    robustness = {
      samples: t.robustness.samples,
      seeds: t.robustness.seeds,
      shareSameSign: sameSign / t.robustness.samples,
      shareHolds: holds / t.robustness.samples,
    };
  }
  const runs = plan.main.length * seeds.main.length + plan.robustness.length * seeds.robustness.length;
  return {
    id: t.id,
    title: t.title,
    paragraph: t.paragraph,
    claim: t.claim,
    verdict: combine(effects.map((e) => e.verdict)),
    effects,
    robustness,
    runs,
  };
}
