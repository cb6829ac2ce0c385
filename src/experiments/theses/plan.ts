import { createRng } from "../../engine/rng.ts";
import { latinHypercubeUnit } from "../designs/latin-hypercube.ts";
import type { PointValues } from "../specs.ts";
import type { Thesis } from "./thesis-file.ts";

/** What a design point of a thesis stands for. */
export interface ThesisPoint extends PointValues {
  /** Index of the arm (compare: 0 = treatment, 1.. = controls; trend: index of the value; level: 0). */
  arm: number;
  /** -1 for the main ensemble; otherwise the index of the robustness sample. */
  sample: number;
}

/** Parameter overrides of each arm of a thesis test. */
export function thesisArms(t: Thesis): Record<string, unknown>[] {
  switch (t.test.kind) {
    case "compare":
      return [t.test.treatment, ...t.test.controls];
    case "trend": {
      const { arm, factor } = t.test;
      return t.test.values.map((v) => ({ ...arm, [factor]: v }));
    }
    case "level":
      return [t.test.arm];
  }
}

/**
 * The design of a thesis: every arm at the base parameters (the main ensemble), then every arm at
 * each point of a Latin-hypercube sample of the robustness factors. Point values are overrides of
 * the thesis's base parameters.
 */
export function planThesis(t: Thesis): { main: ThesisPoint[]; robustness: ThesisPoint[] } {
  const arms = thesisArms(t);
  const main = arms.map((a, i) => ({ index: i, arm: i, sample: -1, values: a as PointValues["values"] }));
  const robustness: ThesisPoint[] = [];
  const r = t.robustness;
  if (r) {
    const names = Object.keys(r.factors);
    const unit = latinHypercubeUnit(r.samples, names.length, createRng(r.seed, `thesis:${t.id}:robustness`));
    for (let s = 0; s < r.samples; s++) {
      const sampleValues: Record<string, number> = {};
      names.forEach((name, j) => {
        const f = r.factors[name];
        const v = f.min + unit.unit[s * names.length + j] * (f.max - f.min);
        sampleValues[name] = f.integer
          ? Math.min(f.max, Math.floor(f.min + unit.unit[s * names.length + j] * (f.max - f.min + 1)))
          : v;
      });
      arms.forEach((a, i) => {
        robustness.push({
          index: arms.length * (s + 1) + i,
          arm: i,
          sample: s,
          values: { ...sampleValues, ...(a as Record<string, number>) },
        });
      });
    }
  }
  return { main, robustness };
}
