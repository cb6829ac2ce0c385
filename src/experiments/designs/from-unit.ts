import type { Factor, FactorValue } from "./types.ts";

/**
 * The value of `factor` at position `u` in [0, 1] of its unit interval; every design samples the
 * unit cube and maps each coordinate through this function.
 *
 * - range, continuous: x = min (1 - u) + max u (exact at both ends).
 * - range, `log`: x = exp((1 - u) ln min + u ln max), i.e. log-uniform (u = 0, 1 give min, max exactly).
 * - range, `integer`: the continuous value on [min, max + 1) rounded down, x = floor(min + u (max - min + 1)),
 *   capped at max; each integer of min..max gets an equal share of the unit interval.
 * - range, `integer` and `log`: x = floor(exp((1 - u) ln min + u ln(max + 1))), capped at max; the
 *   integer k gets the share ln((k + 1) / k) / ln((max + 1) / min).
 * - `values` (n of them): values[min(floor(u n), n - 1)], each value an equal share of the interval,
 *   in the order listed. Morris and Sobol' designs use this too: for them a categorical factor is
 *   its list index, so its elementary effects and indices depend on the listed order only through
 *   which values a step moves between.
 */
export function fromUnit(factor: Factor, u: number): FactorValue {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`fromUnit: u must be in [0, 1], got ${u}`);
  const { values } = factor;
  if (values !== undefined) return values[Math.min(Math.floor(u * values.length), values.length - 1)];
  const min = factor.min!;
  const max = factor.max!;
  if (factor.integer) {
    const top = max + 1;
    const x = factor.log ? Math.exp((1 - u) * Math.log(min) + u * Math.log(top)) : min + u * (top - min);
    return Math.max(min, Math.min(max, Math.floor(x)));
  }
  if (u === 0) return min;
  if (u === 1) return max;
  if (factor.log) return Math.exp((1 - u) * Math.log(min) + u * Math.log(max));
  return min * (1 - u) + max * u;
}
