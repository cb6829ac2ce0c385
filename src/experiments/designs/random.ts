import type { Rng } from "../../engine/rng.ts";
import type { UnitSample } from "./types.ts";

/**
 * Simple random sample: `n` points with independent uniform coordinates in [0, 1), drawn point by
 * point, factor by factor, from `rng` (53-bit floats).
 */
export function randomUnit(n: number, k: number, rng: Rng): UnitSample {
  const unit = new Float64Array(n * k);
  for (let p = 0; p < n * k; p++) unit[p] = rng.float();
  return { n, k, unit };
}
