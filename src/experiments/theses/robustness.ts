import { classificationTree, type TreeNode, treeInWords } from "../analysis/classification-tree.ts";
import { morrisIndices } from "../analysis/morris-indices.ts";
import { type Proportion, wilson } from "../analysis/wilson.ts";
import type { DesignPoint, MorrisRole } from "../designs/types.ts";
import { decideVariant, fullRule, rawEffects, type SummaryLookup } from "./evaluate.ts";
import { assumptionVariant, FULL, type ThesisPoint } from "./plan.ts";
import type { Thesis } from "./thesis-file.ts";
import type { Verdict } from "./verdict.ts";

/** A screened parameter: its Morris μ* for each effect and its rank score. */
export interface ScreenedParameter {
  name: string;
  /** μ* of each effect of the thesis (in the effect's units per whole range of the parameter). */
  muStar: number[];
  /** Σ over effects of μ* / (largest μ* of that effect): the rank. */
  score: number;
}

/** What screening found: every parameter ranked, the top ones kept for sampling. */
export interface ScreenResult {
  factors: number;
  trajectories: number;
  /** Every screened parameter, most influential first. */
  ranking: ScreenedParameter[];
  top: string[];
}

/**
 * Morris screening of a thesis's effects over every screened parameter: at each design point the
 * effect is estimated from its runs (the full model), the elementary effects give μ* per
 * parameter and effect (Campolongo et al. 2007), and parameters are ranked by their μ*
 * relative to the largest, summed over the effects. The `top` of them are kept.
 */
export function screenThesis(
  t: Thesis,
  points: readonly ThesisPoint[],
  roles: readonly MorrisRole[],
  seeds: readonly number[],
  get: SummaryLookup,
): ScreenResult {
  const nEffects = rawEffects(
    t,
    points.filter((p) => p.sample === 0),
    seeds,
    get,
  ).length;
  const outputs = Array.from({ length: nEffects }, () => new Float64Array(roles.length));
  const design: DesignPoint[] = roles.map((role, s) => {
    const es = rawEffects(
      t,
      points.filter((p) => p.sample === s),
      seeds,
      get,
    );
    es.forEach((e, i) => {
      outputs[i][s] = e.estimate;
    });
    return { index: s, values: {}, role };
  });
  const perEffect = outputs.map((o) => morrisIndices(design, o));
  const names = perEffect[0]?.map((m) => m.name) ?? [];
  const max = perEffect.map((ms) =>
    Math.max(0, ...ms.map((m) => (Number.isFinite(m.muStar) ? m.muStar : 0))),
  );
  const ranking = names
    .map((name, j) => {
      const muStar = perEffect.map((ms) => ms[j].muStar);
      const score = muStar.reduce((s, m, i) => s + (max[i] > 0 && Number.isFinite(m) ? m / max[i] : 0), 0);
      return { name, muStar, score };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return {
    factors: names.length,
    trajectories: t.robustness.trajectories,
    ranking,
    top: ranking.slice(0, t.robustness.top).map((r) => r.name),
  };
}

/** The verdict at one sampled point, by the full rule. */
export interface SampledPoint {
  values: Record<string, number>;
  verdict: Verdict;
  /** The first effect's estimate (the chart's y). */
  estimate: number;
}

/** The global robustness of a thesis. */
export interface RobustnessResult {
  screen: ScreenResult;
  samples: number;
  seeds: number;
  points: SampledPoint[];
  /** Share of the sampled space where the thesis holds by the full rule (Wilson 95% interval). */
  holds: Proportion;
  /** ... where it holds with the full model, by assumption or not. */
  holdsWithAssumptions: Proportion;
  /** A depth-2 classification tree of holds / does not, over the sampled parameters, and in words. */
  tree: TreeNode;
  treeWords: string[];
  /** The same tree for "holds with the full model, by assumption or not". */
  treeWithAssumptions: TreeNode;
  treeWithAssumptionsWords: string[];
}

/**
 * Decide the thesis at every point of its robustness sample by the full rule (effects with Holm
 * and the sesoi, the assumed mechanisms off), and summarise where it holds.
 */
export function sampleThesis(
  t: Thesis,
  screen: ScreenResult,
  points: readonly ThesisPoint[],
  seeds: readonly number[],
  get: SummaryLookup,
): RobustnessResult {
  const a = assumptionVariant(t);
  const sampled: SampledPoint[] = [];
  for (let s = 0; s < t.robustness.samples; s++) {
    const at = points.filter((p) => p.sample === s);
    const full = decideVariant(t, FULL, at, seeds, get);
    const off = a ? decideVariant(t, a.id, at, seeds, get) : undefined;
    const first = at.find((p) => p.variant === FULL)!;
    const values: Record<string, number> = {};
    for (const f of screen.top) values[f] = Number(first.values[f]);
    sampled.push({
      values,
      verdict: fullRule(full.verdict, off?.verdict),
      estimate: full.effects[0]?.estimate,
    });
  }
  const n = sampled.length;
  const holds = sampled.map((p) => p.verdict === "holds");
  const x = sampled.map((p) => p.values);
  const tree = classificationTree(x, holds, screen.top);
  const withAssumptions = sampled.map((p) => p.verdict === "holds" || p.verdict === "holds-by-assumption");
  const treeWithAssumptions = classificationTree(x, withAssumptions, screen.top);
  return {
    screen,
    samples: t.robustness.samples,
    seeds: seeds.length,
    points: sampled,
    holds: wilson(holds.filter(Boolean).length, n),
    holdsWithAssumptions: wilson(withAssumptions.filter(Boolean).length, n),
    tree,
    treeWords: treeInWords(tree),
    treeWithAssumptions,
    treeWithAssumptionsWords: treeInWords(treeWithAssumptions, "holds with the full model"),
  };
}
