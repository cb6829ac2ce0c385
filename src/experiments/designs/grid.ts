import type { Factor, FactorValue } from "./types.ts";
import { checkPointCount } from "./validate.ts";

/** Rounds to 15 significant digits, so that 0.1-steps come out as typed (0.3, not 0.30000000000000004). */
const tidy = (x: number): number => Number(x.toPrecision(15));

/**
 * The grid values of one factor: all its `values`, or `levels` points of its range, equally spaced
 * (x_j = min (1 - j/(L-1)) + max j/(L-1)), log-spaced when `log` (x_j = min (max/min)^(j/(L-1))),
 * rounded to the nearest integer and deduplicated when `integer` (so an integer range with fewer
 * than `levels` integers gives each integer once). Both ends are always included.
 */
export function gridLevels(factor: Factor, levels: number): FactorValue[] {
  if (factor.values !== undefined) return [...factor.values];
  const min = factor.min!;
  const max = factor.max!;
  const out: number[] = [];
  for (let j = 0; j < levels; j++) {
    const t = j / (levels - 1);
    let x =
      j === 0 ? min : j === levels - 1 ? max : factor.log ? min * (max / min) ** t : min * (1 - t) + max * t;
    x = factor.integer ? Math.round(x) : tidy(x);
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/**
 * Full factorial design: every combination of the factors' grid values ({@link gridLevels}), in
 * nested-loop order with the first factor varying slowest. With no factor, one empty point.
 */
export function gridPoints(factors: readonly Factor[], levels: number): Record<string, FactorValue>[] {
  const axes = factors.map((f) => gridLevels(f, levels));
  const count = axes.reduce((n, a) => n * a.length, 1);
  checkPointCount("grid", count);
  const points: Record<string, FactorValue>[] = [];
  const idx = new Array<number>(factors.length).fill(0);
  for (let p = 0; p < count; p++) {
    const values: Record<string, FactorValue> = {};
    for (let i = 0; i < factors.length; i++) values[factors[i].name] = axes[i][idx[i]];
    points.push(values);
    for (let i = factors.length - 1; i >= 0; i--) {
      if (++idx[i] < axes[i].length) break;
      idx[i] = 0;
    }
  }
  return points;
}
