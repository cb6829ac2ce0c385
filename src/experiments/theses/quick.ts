import type { Thesis } from "./thesis-file.ts";

/** How `--quick` shrinks a thesis. */
export interface QuickOptions {
  horizon: number;
  seeds: number;
  /** Base parameters to override (e.g. a smaller population); the test's arms still override them. */
  params: Record<string, number | string | boolean>;
}

/**
 * The `--quick` variant of a thesis: a smoke test. Fewer seeds, a shorter horizon and a smaller
 * population, stored under its own name (`<id>-quick`); it is marked `smokeTest`, so it shows
 * estimates and never a verdict.
 */
export function quickThesis(t: Thesis, q: QuickOptions): Thesis {
  return {
    ...t,
    id: `${t.id}-quick`,
    params: { ...t.params, ...q.params },
    seeds: Math.min(t.seeds, q.seeds),
    horizon: Math.min(t.horizon, q.horizon),
    smokeTest: true,
  };
}
