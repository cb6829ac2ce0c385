import { fromUnit } from "./from-unit.ts";
import { gridLevels } from "./grid.ts";
import { DEFAULT_GRID_LEVELS, DEFAULT_MORRIS_LEVELS, type DesignSpec, type Factor } from "./types.ts";

/** Morris grids of more levels than this are probed as a continuous range. */
const MAX_WALKED = 1_000_000;

/**
 * A value that is not an integer which `design` gives the real range `factor` (a range without
 * `integer`), or undefined when every value it gives is an integer. A grid gives its levels
 * ({@link gridLevels}: 60..120 in 7 levels is 60, 70, ..., 120, all integers), Morris the p
 * levels of its grid (walked up to 10^6 of them), and the sampled designs (random, Latin
 * hypercube, Sobol') any real of the range (probed inside it, at the golden section). Call it on
 * a plan whose size has been checked: a grid's levels are listed.
 */
export function nonIntegerValue(factor: Factor, design: DesignSpec): number | undefined {
  if (factor.values !== undefined || factor.integer) return undefined;
  const isReal = (x: unknown): x is number => typeof x === "number" && !Number.isInteger(x);
  if (design.kind === "grid")
    return gridLevels(factor, design.levels ?? DEFAULT_GRID_LEVELS).find(isReal) as number | undefined;
  const p = design.levels ?? DEFAULT_MORRIS_LEVELS;
  if (design.kind === "morris" && p <= MAX_WALKED) {
    for (let j = 0; j < p; j++) {
      const x = fromUnit(factor, j / (p - 1));
      if (isReal(x)) return x;
    }
    return undefined;
  }
  // Any real of the range: one inside it, or next to it if that one happens to be an integer.
  const x = fromUnit(factor, 0.3819660112501051) as number;
  return isReal(x) ? x : x + 0.5 <= factor.max! ? x + 0.5 : x - 0.5;
}
