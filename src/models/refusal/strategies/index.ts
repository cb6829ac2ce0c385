import { bargaining } from "./bargaining.ts";
import { generalStrike } from "./general-strike.ts";
import { none } from "./none.ts";
import { passivity } from "./passivity.ts";
import { refusal } from "./refusal.ts";
import type { Strategy } from "./strategy.ts";

/**
 * The workers' strategies, in the order scenario files, sweeps and the lab list them. Adding a
 * strategy is one file in this folder and one line here (README, "Adding a strategy or a regime").
 */
export const STRATEGY_LIST = [none, bargaining, passivity, generalStrike, refusal] as const;

/** The `strategy` parameter's values. */
export type StrategyName = (typeof STRATEGY_LIST)[number]["name"];

/** The names of the strategies, in list order (the `strategy` parameter's schema). */
export const STRATEGIES: readonly [StrategyName, ...StrategyName[]] = [
  STRATEGY_LIST[0].name,
  ...STRATEGY_LIST.slice(1).map((x) => x.name),
];

const BY_NAME = new Map<string, Strategy>(STRATEGY_LIST.map((x) => [x.name, x]));

/** The strategy a `strategy` parameter names (called once per run, by `rulesFor()`). */
export function strategyNamed(name: StrategyName): Strategy {
  const x = BY_NAME.get(name);
  if (!x) throw new RangeError(`unknown strategy '${name}': expected one of ${STRATEGIES.join(", ")}`);
  return x;
}
