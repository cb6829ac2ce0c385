import type { Thesis } from "./thesis-file.ts";

/**
 * The `--quick` variant of a thesis, for smoke tests and demos: fewer seeds, a shorter horizon and
 * a smaller robustness sample, stored under its own name. Its verdicts are weaker evidence; the
 * report says which variant it shows.
 */
export function quickThesis(t: Thesis, horizonCap: number): Thesis {
  return {
    ...t,
    id: `${t.id}-quick`,
    seeds: Math.min(t.seeds, 4),
    horizon: Math.min(t.horizon, horizonCap),
    robustness: t.robustness
      ? { ...t.robustness, samples: Math.min(t.robustness.samples, 2), seeds: 1 }
      : undefined,
  };
}
