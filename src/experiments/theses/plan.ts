import type { AnyModel, ParamValue } from "../../engine/model.ts";
import { createRng } from "../../engine/rng.ts";
import { fromUnit } from "../designs/from-unit.ts";
import { latinHypercubeUnit } from "../designs/latin-hypercube.ts";
import { morrisUnit } from "../designs/morris.ts";
import type { Factor, MorrisRole } from "../designs/types.ts";
import type { PointValues } from "../specs.ts";
import { type Thesis, testArms } from "./thesis-file.ts";

/** The whole model, every mechanism on. */
export const FULL = "full";
/** Every assumed mechanism off at once (when a thesis assumes more than one). */
export const ASSUMPTIONS_OFF = "assumptions-off";

/** What a design point of a thesis stands for. */
export interface ThesisPoint extends PointValues {
  /** Index of the arm (compare: 0 = treatment, 1.. = controls; trend: index of the value; level: 0). */
  arm: number;
  /** {@link FULL}, the id of the mechanism knocked out, or {@link ASSUMPTIONS_OFF}. */
  variant: string;
  /** -1 in the main ensemble; otherwise the index of the robustness design point. */
  sample: number;
}

/** A variant of the model a thesis is tested on: its id and the parameters that make it. */
export interface Variant {
  id: string;
  off: Record<string, ParamValue>;
}

/** The variant with every assumed mechanism off (undefined when the thesis assumes none). */
export function assumptionVariant(t: Thesis): Variant | undefined {
  if (t.assumes.length === 0) return undefined;
  if (t.assumes.length === 1) return { id: t.assumes[0].id, off: t.assumes[0].off };
  return { id: ASSUMPTIONS_OFF, off: Object.assign({}, ...t.assumes.map((a) => a.off)) };
}

/** The variants of the main ensemble: the full model, each knock-out in turn, all assumptions off. */
export function mainVariants(t: Thesis): Variant[] {
  const out: Variant[] = [{ id: FULL, off: {} }, ...t.knockouts.map((k) => ({ id: k.id, off: k.off }))];
  const a = assumptionVariant(t);
  if (a && !out.some((v) => v.id === a.id)) out.push(a);
  return out;
}

/** Points of every arm under every variant at one setting of the other parameters. */
function armsUnder(
  t: Thesis,
  variants: readonly Variant[],
  at: Record<string, ParamValue>,
  sample: number,
  first: number,
): ThesisPoint[] {
  const arms = testArms(t);
  const out: ThesisPoint[] = [];
  for (const v of variants)
    for (const [arm, a] of arms.entries())
      out.push({ index: first + out.length, arm, variant: v.id, sample, values: { ...at, ...a, ...v.off } });
  return out;
}

/** The main ensemble of a thesis: every arm at the base parameters, under every variant. */
export function planMain(t: Thesis): ThesisPoint[] {
  return armsUnder(t, mainVariants(t), {}, -1, 0);
}

/** The parameters a model's robustness analysis screens: every declared range not marked `screen: false`. */
export function screenFactors(model: AnyModel): Factor[] {
  return Object.entries(model.ranges ?? {})
    .filter(([, r]) => r.screen !== false)
    .map(([name, r]) => ({ name, min: r.min, max: r.max, integer: r.integer }));
}

/** Values of `factors` at row `p` of a unit sample. */
function valuesAt(factors: readonly Factor[], unit: Float64Array, p: number): Record<string, ParamValue> {
  const k = factors.length;
  const out: Record<string, ParamValue> = {};
  factors.forEach((f, i) => {
    out[f.name] = fromUnit(f, unit[p * k + i]);
  });
  return out;
}

/**
 * Morris screening of a thesis (Morris 1991): `trajectories` one-at-a-time trajectories over every
 * screened parameter of the model, each point with every arm of the test (the full model). The
 * design depends on the model and the settings only, never on the thesis, so theses that share an
 * arm share its runs.
 */
export function planScreen(t: Thesis, model: AnyModel): { points: ThesisPoint[]; roles: MorrisRole[] } {
  const factors = screenFactors(model);
  const { trajectories, levels, seed } = t.robustness;
  const u = morrisUnit(
    trajectories,
    factors.map((f) => f.name),
    levels,
    createRng(seed, `robustness:screen:${model.name}`),
  );
  const points: ThesisPoint[] = [];
  for (let p = 0; p < u.n; p++)
    points.push(...armsUnder(t, [{ id: FULL, off: {} }], valuesAt(factors, u.unit, p), p, points.length));
  return { points, roles: u.roles as MorrisRole[] };
}

/**
 * The robustness sample of a thesis: a Latin hypercube (McKay et al. 1979) of `samples` points over
 * the parameters screening found most influential (`top`, the others at the thesis's base values),
 * each with every arm under the full model and with the assumed mechanisms off, so that the full
 * rule (holds, or holds by assumption) can be applied at every point.
 */
export function planSample(t: Thesis, model: AnyModel, top: readonly string[]): ThesisPoint[] {
  const ranges = model.ranges ?? {};
  const factors: Factor[] = top.map((name) => ({
    name,
    min: ranges[name].min,
    max: ranges[name].max,
    integer: ranges[name].integer,
  }));
  const { samples, seed } = t.robustness;
  const u = latinHypercubeUnit(
    samples,
    factors.length,
    createRng(seed, `robustness:sample:${model.name}:${top.join(",")}`),
  );
  const variants: Variant[] = [{ id: FULL, off: {} }];
  const a = assumptionVariant(t);
  if (a) variants.push(a);
  const points: ThesisPoint[] = [];
  for (let s = 0; s < samples; s++)
    points.push(...armsUnder(t, variants, valuesAt(factors, u.unit, s), s, points.length));
  return points;
}
