import type { DesignSpec, Factor } from "../experiments/designs/index.ts";
import { experimentEnvelope } from "../experiments/experiment-file.ts";

/** The parts of a stored experiment file the report needs. */
export interface StoredSpec {
  factors: Factor[];
  design: DesignSpec;
  description?: string;
  seeds?: number[];
  horizon?: number;
}

/**
 * Read the experiment file stored in `experiments.spec` (the file's content with its seeds as a
 * list and its horizon, keys sorted) through the experiment-file envelope; null when it does not
 * parse (a database written by another version).
 */
export function parseStoredSpec(spec: unknown): StoredSpec | null {
  // `factorOrder` (written by the sweep) keeps the order of the factors, which sorted keys lose.
  const { factorOrder, ...file } = (spec ?? {}) as { factorOrder?: unknown } & Record<string, unknown>;
  const r = experimentEnvelope.safeParse(file);
  if (!r.success) return null;
  const env = r.data;
  const order = Array.isArray(factorOrder) ? factorOrder.map(String) : [];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return {
    factors: Object.entries(env.factors)
      .map(([name, f]) => ({ name, ...f }))
      .sort((a, b) => rank(a.name) - rank(b.name)),
    design: env.design as DesignSpec,
    description: env.description,
    seeds: Array.isArray(env.seeds) ? env.seeds : undefined,
    horizon: env.horizon,
  };
}

/** Key order of an experiment file as people write it. */
const KEY_ORDER = [
  "name",
  "description",
  "model",
  "params",
  "factors",
  "design",
  "seeds",
  "horizon",
  "record",
];

/**
 * The stored experiment file with its keys in the usual order and its factors in `factorOrder`
 * (the design order): saved as YAML, it gives the same design points and run keys again.
 */
export function specInOrder(
  spec: Record<string, unknown>,
  factorOrder: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [
    ...KEY_ORDER.filter((k) => k in spec),
    ...Object.keys(spec).filter((k) => !KEY_ORDER.includes(k) && k !== "factorOrder"),
  ];
  for (const k of keys) out[k] = spec[k];
  const factors = spec.factors;
  if (factors && typeof factors === "object" && !Array.isArray(factors)) {
    const f = factors as Record<string, unknown>;
    const names = [
      ...factorOrder.filter((n) => n in f),
      ...Object.keys(f).filter((n) => !factorOrder.includes(n)),
    ];
    out.factors = Object.fromEntries(names.map((n) => [n, f[n]]));
  }
  return out;
}
