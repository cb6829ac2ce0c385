import { type Design, type DesignSpec, expandDesign, type Factor } from "../experiments/designs/index.ts";

/**
 * The design of an experiment whose design the store does not have: one stored by a refusal that
 * did not keep designs (schema version 1) and not swept since (a sweep stores it). The design is
 * expanded again from the stored experiment file, the factors in the order `parseStoredSpec` gives
 * (the file's `factorOrder`, which every sweep has written since reports exist; without it, the
 * stored alphabetical order), and taken only when every stored point's factor values are those
 * the expansion gives it (`params`: point index -> the parameters of its runs). Nothing is
 * guessed: otherwise the design is unknown (null), and the report says so. With no run stored,
 * the expansion is taken unchecked.
 */
export function legacyDesign(
  factors: readonly Factor[],
  spec: DesignSpec,
  params: ReadonlyMap<number, Readonly<Record<string, unknown>>>,
): Design | null {
  let design: Design;
  try {
    design = expandDesign(factors, spec);
  } catch {
    return null;
  }
  for (const [index, p] of params) {
    const point = design.points[index];
    if (!point) return null;
    for (const f of factors) if (p[f.name] !== point.values[f.name]) return null;
  }
  return design;
}
