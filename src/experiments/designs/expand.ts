import { createRng } from "../../engine/rng.ts";
import { fromUnit } from "./from-unit.ts";
import { gridPoints } from "./grid.ts";
import { latinHypercubeUnit } from "./latin-hypercube.ts";
import { morrisUnit } from "./morris.ts";
import { randomUnit } from "./random.ts";
import { saltelliUnit } from "./saltelli.ts";
import type { Design, DesignPoint, DesignSpec, Factor, FactorValue, UnitSample } from "./types.ts";
import { checkPointCount, resolveSpec, validateFactors } from "./validate.ts";

/** Number of points `spec` gives for `k` factors, before sampling (grid: product of its levels). */
function plannedCount(kind: DesignSpec["kind"], samples: number, k: number): number {
  switch (kind) {
    case "morris":
      return samples * (k + 1);
    case "sobol":
      return samples * (k + 2);
    default:
      return samples;
  }
}

/**
 * Expands factors and a design spec into design points: a pure, deterministic function of its
 * arguments (the random designs draw from `createRng(spec.seed ?? 0, "design:<kind>")`, so the
 * same factors, kind, sizes and seed always give the same points). Validates everything first
 * and throws a one-line `Error` naming the factor or design at fault; refuses designs of more than
 * `MAX_POINTS` points.
 *
 * - grid: full factorial of {@link gridLevels} (first factor slowest).
 * - random: `samples` independent uniform points.
 * - latin-hypercube: `samples` points, each stratum of each factor hit once.
 * - morris: `samples` trajectories of k + 1 points on a `levels`-level grid, with roles.
 * - sobol: Saltelli's A, B, AB_i with N = `samples`: N (k + 2) points, with roles.
 *
 * Unit-cube coordinates become factor values through {@link fromUnit}.
 */
export function expandDesign(factors: readonly Factor[], spec: DesignSpec): Design {
  validateFactors(factors);
  const k = factors.length;
  const { kind, samples, levels, seed } = resolveSpec(spec, k);
  const names = factors.map((f) => f.name);
  if (kind === "grid") {
    const points = gridPoints(factors, levels).map((values, index) => ({ index, values }));
    return { kind, factors: names, points };
  }
  checkPointCount(kind, plannedCount(kind, samples, k));
  const rng = createRng(seed, `design:${kind}`);
  let sample: UnitSample;
  if (kind === "random") sample = randomUnit(samples, k, rng);
  else if (kind === "latin-hypercube") sample = latinHypercubeUnit(samples, k, rng);
  else if (kind === "morris") sample = morrisUnit(samples, names, levels, rng);
  else sample = saltelliUnit(samples, names, rng);
  const points: DesignPoint[] = new Array(sample.n);
  for (let p = 0; p < sample.n; p++) {
    const values: Record<string, FactorValue> = {};
    for (let i = 0; i < k; i++) values[names[i]] = fromUnit(factors[i], sample.unit[p * k + i]);
    points[p] = sample.roles ? { index: p, values, role: sample.roles[p] } : { index: p, values };
  }
  return { kind, factors: names, points };
}
