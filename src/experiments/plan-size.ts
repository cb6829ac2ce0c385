import type { DesignSpec, Factor } from "./designs/types.ts";
import { DEFAULT_GRID_LEVELS } from "./designs/types.ts";

/** How large an experiment's plan is, computed from its file alone (nothing expanded). */
export interface PlanSize {
  /** Design points. */
  points: number;
  /** Runs: points x seeds. */
  runs: number;
  /** Estimated bytes of memory the plan holds while the sweep runs (see planSize). */
  bytes: number;
}

/**
 * Bytes per run the sweep keeps whatever the design: the run key and its design point while the
 * run is pending in a distributed sweep, progress bookkeeping (measured: ~200-260 bytes).
 */
export const BYTES_PER_RUN = 256;
/** Bytes per design point of a sampled design: its factor values as an object (plus per factor). */
export const BYTES_PER_POINT = 200;
export const BYTES_PER_POINT_FACTOR = 48;
/** A Morris or Sobol role object per point. */
export const BYTES_PER_ROLE = 120;

/** Values a factor takes on a grid (an integer range has at most max - min + 1). */
function gridCount(f: Factor, levels: number): number {
  if (f.values) return f.values.length;
  if (f.integer && f.min !== undefined && f.max !== undefined)
    return Math.min(levels, Math.floor(f.max) - Math.ceil(f.min) + 1);
  return levels;
}

/**
 * The size of a plan from its factors, design and seed count, without expanding it: a grid is
 * the product of its axes and is streamed point by point (no memory per point); a sampled design
 * (random, Latin hypercube, Morris, Sobol) holds its unit-cube sample (8 bytes per coordinate,
 * twice for the Saltelli base matrices and the hypercube's permutation) and an object per point;
 * every run costs {@link BYTES_PER_RUN}. Overflows give Infinity, which every limit refuses.
 */
export function planSize(factors: readonly Factor[], design: DesignSpec, seeds: number): PlanSize {
  const k = factors.length;
  const samples = design.samples ?? 0;
  let points: number;
  let bytes = 0;
  switch (design.kind) {
    case "grid": {
      const levels = design.levels ?? DEFAULT_GRID_LEVELS;
      points = factors.reduce((n, f) => n * gridCount(f, levels), 1);
      break;
    }
    case "random":
      points = samples;
      bytes = 8 * points * k;
      break;
    case "latin-hypercube":
      points = samples;
      bytes = 8 * points * k + 4 * points;
      break;
    case "morris":
      points = samples * (k + 1);
      bytes = 8 * points * k + BYTES_PER_ROLE * points;
      break;
    case "sobol":
      points = samples * (k + 2);
      bytes = 8 * points * k + 16 * samples * k + BYTES_PER_ROLE * points;
      break;
  }
  if (design.kind !== "grid") bytes += points * (BYTES_PER_POINT + BYTES_PER_POINT_FACTOR * k);
  const runs = points * seeds;
  return { points, runs, bytes: bytes + runs * BYTES_PER_RUN };
}
