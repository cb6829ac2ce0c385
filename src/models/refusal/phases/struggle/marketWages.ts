import type { Ctx } from "../../context.ts";
import { incomesPolicy, monthlyRaise, phillipsWageGrowth } from "../../mechanisms/wages.ts";

/**
 * Labour-market wages (Phillips, ¶34), pulled to the wage norm by an incomes policy (M7, ¶18 ¶36);
 * plus last month's productivity deals (M12). Firms whose recognised union sets wages (M5) take no
 * market raise: their raise is bargained.
 */
export function setMarketWages(ctx: Ctx): void {
  const { s, p, strategy, regime } = ctx;
  const unionSetsWages = strategy.unionSetsWages && p.unionBargaining;
  const normApplies = regime.incomesPolicy && p.incomesPolicyRule;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) {
      s.raise[j] = 0;
      continue;
    }
    let r = 0;
    if (!(unionSetsWages && s.recognised[j])) {
      let annual = phillipsWageGrowth(
        s.unemployment,
        p.naturalUnemployment,
        p.phillipsSlope,
        s.inflation,
        s.productivityGrowth,
        s.vacancyRate[j],
        p.inflationIndexation,
        p.productivityIndexation,
        p.vacancyWageResponse,
      );
      if (normApplies)
        annual = incomesPolicy(annual, p.incomesPolicy, p.inflationTarget, s.productivityGrowth);
      r = monthlyRaise(annual, p.maxWageCut);
    }
    s.raise[j] = r + s.dealRaise[j];
    s.dealRaise[j] = 0;
  }
}
