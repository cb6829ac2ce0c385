import type { Rules } from "./context.ts";
import type { RefusalParams } from "./params.ts";
import { regimeNamed } from "./regimes/index.ts";
import { strategyNamed } from "./strategies/index.ts";

/**
 * The one place where the `strategy` and `regime` parameters (names, as scenario files write them)
 * become the rules a run follows. `create()` calls it once; every phase then reads `ctx.strategy`
 * and `ctx.regime`, never the names (rules.test.ts enforces it).
 */
export function rulesFor(p: Pick<RefusalParams, "strategy" | "regime">): Rules {
  return { strategy: strategyNamed(p.strategy), regime: regimeNamed(p.regime) };
}
