import type { DesignPoint, MorrisRole } from "../designs/types.ts";
import { outputOf } from "./outputs.ts";

/** Morris screening measures of one factor. */
export interface MorrisIndex {
  name: string;
  /** Mean of the elementary effects μ (signed: effects of opposite sign cancel). */
  mu: number;
  /** Mean of the absolute elementary effects μ* (Campolongo et al. 2007): overall influence. */
  muStar: number;
  /** Standard deviation of the elementary effects σ (divisor r - 1): non-linearity or interactions. */
  sigma: number;
  /** Number of elementary effects used (trajectories whose two points both have finite outputs). */
  r: number;
}

/**
 * Morris (1991) screening measures from a Morris design and its outputs (`outputs[p.index]` is the
 * output at point p). Along each trajectory, step s changes factor i by Δ (signed, unit-cube
 * coordinates) and gives the elementary effect EE_i = (y(step s) - y(step s - 1)) / Δ
 * (Morris 1991, eq. 1). Per factor: μ = mean EE, μ* = mean |EE| (Campolongo, Cariboni & Saltelli
 * 2007, Environ. Model. Softw. 22:1509-1518, eq. 3), σ = sample sd of EE (divisor r - 1, as in
 * SALib). Effects with a non-finite output at either end are skipped (r counts those used). Units:
 * output per whole factor range (a linear y = c x on [min, max] gives EE = c (max - min)).
 * Factors come in the order of their index `i` in the roles.
 */
export function morrisIndices(points: readonly DesignPoint[], outputs: ArrayLike<number>): MorrisIndex[] {
  const at = new Map<string, number>();
  const roles: MorrisRole[] = [];
  let k = 0;
  for (const p of points) {
    const role = p.role;
    if (role?.design !== "morris") throw new Error(`morrisIndices: point ${p.index} has no Morris role`);
    at.set(`${role.trajectory}:${role.step}`, outputOf(p, outputs, "morrisIndices"));
    roles.push(role);
    if (role.i !== undefined) k = Math.max(k, role.i + 1);
  }
  const names = Array.from({ length: k }, (_, i) => `x${i}`);
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (const role of roles) {
    if (role.step === 0 || role.i === undefined) continue;
    if (role.factor !== undefined) names[role.i] = role.factor;
    const before = at.get(`${role.trajectory}:${role.step - 1}`);
    if (before === undefined)
      throw new Error(`morrisIndices: trajectory ${role.trajectory} lacks step ${role.step - 1}`);
    const ee = (at.get(`${role.trajectory}:${role.step}`)! - before) / role.delta;
    if (Number.isFinite(ee)) effects[role.i].push(ee);
  }
  return names.map((name, i) => {
    const ee = effects[i];
    const r = ee.length;
    let sum = 0;
    let sumAbs = 0;
    for (const e of ee) {
      sum += e;
      sumAbs += Math.abs(e);
    }
    const mu = r > 0 ? sum / r : Number.NaN;
    let ss = 0;
    for (const e of ee) ss += (e - mu) ** 2;
    return {
      name,
      mu,
      muStar: r > 0 ? sumAbs / r : Number.NaN,
      sigma: r > 1 ? Math.sqrt(ss / (r - 1)) : Number.NaN,
      r,
    };
  });
}
