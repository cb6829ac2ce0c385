import { laissezFaire } from "./laissez-faire.ts";
import { planning } from "./planning.ts";
import type { Regime } from "./regime.ts";
import { repression } from "./repression.ts";

/**
 * The capital/State regimes, in the order scenario files, sweeps and the lab list them. Adding a
 * regime is one file in this folder and one line here (README, "Adding a strategy or a regime").
 */
export const REGIME_LIST = [laissezFaire, planning, repression] as const;

/** The `regime` parameter's values. */
export type RegimeName = (typeof REGIME_LIST)[number]["name"];

/** The names of the regimes, in list order (the `regime` parameter's schema). */
export const REGIMES: readonly [RegimeName, ...RegimeName[]] = [
  REGIME_LIST[0].name,
  ...REGIME_LIST.slice(1).map((x) => x.name),
];

const BY_NAME = new Map<string, Regime>(REGIME_LIST.map((x) => [x.name, x]));

/** The regime a `regime` parameter names (called once per run, by `rulesFor()`). */
export function regimeNamed(name: RegimeName): Regime {
  const x = BY_NAME.get(name);
  if (!x) throw new RangeError(`unknown regime '${name}': expected one of ${REGIMES.join(", ")}`);
  return x;
}
