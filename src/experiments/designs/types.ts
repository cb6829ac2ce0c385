/** A value a factor can give a parameter. */
export type FactorValue = number | string | boolean;

/**
 * One varied parameter: either a list of `values` (numbers, strings or booleans), or a numeric
 * range `min`..`max`, optionally restricted to integers and/or spread on a log scale.
 * Exactly one of `values` or `min` + `max` is given; `integer` and `log` apply to ranges only.
 */
export interface Factor {
  name: string;
  values?: FactorValue[];
  min?: number;
  max?: number;
  integer?: boolean;
  log?: boolean;
}

/** The kinds of design. */
export type DesignKind = "grid" | "random" | "latin-hypercube" | "morris" | "sobol";

/**
 * How to sample the factors.
 * - `samples`: number of points (random, latin-hypercube), of trajectories r (morris), base
 *   sample size N (sobol); unused by grid.
 * - `levels`: values per range factor in a grid (default {@link DEFAULT_GRID_LEVELS}); number of
 *   levels p of the Morris grid (default {@link DEFAULT_MORRIS_LEVELS}, must be even).
 * - `seed`: seed of the design's own random stream (default 0); unused by grid.
 */
export interface DesignSpec {
  kind: DesignKind;
  samples?: number;
  levels?: number;
  seed?: number;
}

export const DEFAULT_GRID_LEVELS = 5;
export const DEFAULT_MORRIS_LEVELS = 4;
/** No design may have more points than this. */
export const MAX_POINTS = 10_000_000;

/**
 * Where a point sits in a Morris trajectory. Step 0 is the trajectory's base point; at step s >= 1
 * the factor `factor` (index `i` in the factor list) moved by `delta` (signed, in unit-cube
 * coordinates) from the point at step s - 1.
 */
export interface MorrisRole {
  design: "morris";
  trajectory: number;
  step: number;
  /** Index of the factor changed at this step (absent at step 0). */
  i?: number;
  /** Name of the factor changed at this step (absent at step 0). */
  factor?: string;
  /** Signed change of that factor in unit-cube coordinates (0 at step 0). */
  delta: number;
}

/**
 * Where a point sits in the Saltelli scheme: row `j` of matrix A, of B, or of AB_i (A with column
 * `i`, the factor `factor`, taken from B).
 */
export interface SobolRole {
  design: "sobol";
  block: "A" | "B" | "AB";
  /** Row of the base sample, 0..N-1. */
  j: number;
  /** For block AB: index of the column taken from B. */
  i?: number;
  /** For block AB: name of the factor whose column is taken from B. */
  factor?: string;
}

/** One point of a design: the factor values it sets, and its role for morris/sobol. */
export interface DesignPoint {
  /** Position of the point in the design, 0..points.length-1. */
  index: number;
  values: Record<string, FactorValue>;
  role?: MorrisRole | SobolRole;
}

/** An expanded design. */
export interface Design {
  kind: DesignKind;
  /** Factor names, in the order given (the order of `i` in roles). */
  factors: string[];
  points: DesignPoint[];
}

/**
 * Points in the unit cube, row-major (`unit[p * k + i]` is factor i of point p), with optional
 * roles: what each sampling scheme produces before {@link fromUnit} maps it to factor values.
 */
export interface UnitSample {
  n: number;
  k: number;
  unit: Float64Array;
  roles?: (MorrisRole | SobolRole)[];
}
