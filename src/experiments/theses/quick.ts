import type { Thesis } from "./thesis-file.ts";

/** How `--quick` shrinks a thesis. */
export interface QuickOptions {
  horizon: number;
  seeds: number;
  /** Base parameters to override (e.g. a smaller population); the test's arms still override them. */
  params: Record<string, unknown>;
}

/**
 * The `--quick` variant of a thesis, for smoke tests and demos: fewer seeds, a shorter horizon, a
 * smaller population and robustness sample, stored under its own name (`<id>-quick`). Its verdicts
 * are weaker evidence; the report says which variant it shows.
 */
export function quickThesis(t: Thesis, q: QuickOptions): Thesis {
  return {
    ...t,
    id: `${t.id}-quick`,
    params: { ...t.params, ...q.params },
    seeds: Math.min(t.seeds, q.seeds),
    horizon: Math.min(t.horizon, q.horizon),
    robustness: t.robustness
      ? { ...t.robustness, samples: Math.min(t.robustness.samples, 2), seeds: 1 }
      : undefined,
  };
}
