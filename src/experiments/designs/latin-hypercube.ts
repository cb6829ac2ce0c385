import type { Rng } from "../../engine/rng.ts";
import type { UnitSample } from "./types.ts";

/**
 * Latin hypercube sample (McKay, Beckman & Conover 1979, Technometrics 21(2):239-245): each
 * factor's unit interval is cut into `n` equal strata [s/n, (s+1)/n); every stratum of every factor
 * holds exactly one of the `n` points. Factor by factor, the strata are assigned to points by an
 * independent random permutation (Fisher-Yates from `rng`) and each point is jittered uniformly
 * within its stratum: u = (perm[p] + U) / n (the upper end of a stratum is excluded exactly, even
 * where floating-point rounding of s + U would reach it).
 */
export function latinHypercubeUnit(n: number, k: number, rng: Rng): UnitSample {
  const unit = new Float64Array(n * k);
  const perm = new Uint32Array(n);
  for (let i = 0; i < k; i++) {
    for (let p = 0; p < n; p++) perm[p] = p;
    rng.shuffle(perm, n);
    for (let p = 0; p < n; p++) {
      const s = perm[p];
      const u = (s + rng.float()) / n;
      // s + U can round up to s + 1 (U within half an ulp of 1): keep the point inside its stratum.
      unit[p * k + i] = u < (s + 1) / n ? u : (s + 0.5) / n;
    }
  }
  return { n, k, unit };
}
