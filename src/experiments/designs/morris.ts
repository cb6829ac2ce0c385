import type { Rng } from "../../engine/rng.ts";
import type { MorrisRole, UnitSample } from "./types.ts";

/** The Morris step Δ = p / (2 (p - 1)) on a p-level grid (Morris 1991, p. 165). */
export function morrisDelta(p: number): number {
  return p / (2 * (p - 1));
}

/**
 * Morris (1991) one-at-a-time trajectories ("Factorial sampling plans for preliminary computational
 * experiments", Technometrics 33(2):161-174, Sect. 3): on the p-level grid {0, 1/(p-1), ..., 1}
 * (p even) with Δ = p / (2 (p - 1)), each of the `r` trajectories has k + 1 points and moves every
 * factor exactly once by ±Δ. Equivalent to Morris's B* = (J x* + (Δ/2)[(2B - J) D* + J]) P*:
 * per trajectory, a random base x* with coordinates on the levels {0, ..., p/2 - 1} (so that
 * x* + Δ <= 1), random directions D* (each ±1 with probability 1/2) and a random order P* of the
 * factors (Fisher-Yates); a factor moving down starts at x*_i + Δ. Random draws from `rng`, in
 * that order, trajectory by trajectory.
 *
 * Points are trajectory-major: point t (k + 1) + s is step s of trajectory t; its role gives the
 * factor changed at that step and the signed Δ. Coordinates are exact multiples of 1/(p - 1).
 */
export function morrisUnit(r: number, names: readonly string[], p: number, rng: Rng): UnitSample {
  const k = names.length;
  const half = p / 2;
  const delta = morrisDelta(p);
  const n = r * (k + 1);
  const unit = new Float64Array(n * k);
  const roles: MorrisRole[] = [];
  const level = new Int32Array(k);
  const dir = new Int8Array(k);
  const order = new Int32Array(k);
  let row = 0;
  const emit = () => {
    for (let i = 0; i < k; i++) unit[row * k + i] = level[i] / (p - 1);
    row++;
  };
  for (let t = 0; t < r; t++) {
    for (let i = 0; i < k; i++) level[i] = rng.int(half);
    for (let i = 0; i < k; i++) dir[i] = rng.int(2) === 1 ? 1 : -1;
    for (let i = 0; i < k; i++) order[i] = i;
    rng.shuffle(order, k);
    for (let i = 0; i < k; i++) if (dir[i] < 0) level[i] += half;
    emit();
    roles.push({ design: "morris", trajectory: t, step: 0, delta: 0 });
    for (let s = 1; s <= k; s++) {
      const i = order[s - 1];
      level[i] += dir[i] * half;
      emit();
      roles.push({ design: "morris", trajectory: t, step: s, i, factor: names[i], delta: dir[i] * delta });
    }
  }
  return { n, k, unit, roles };
}
