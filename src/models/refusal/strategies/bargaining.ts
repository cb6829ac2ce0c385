import type { Ctx } from "../context.ts";
import { bargainingMargin, firmOffer, unionDemand, withinMargin } from "../mechanisms/bargaining.ts";
import { firmResponse } from "../mechanisms/responses.ts";
import { expectedStrikeMonths } from "../mechanisms/strike.ts";
import { adoptThroughDeals } from "../phases/adoption.ts";
import { applyResponse, concede, responseCosts } from "../phases/struggle/responses.ts";
import { unsupervised } from "../phases/struggle/supervision.ts";
import { currentStrikeLoss, fundCoverage, workplaceStrike } from "../phases/struggle/workplaceStrike.ts";
import { EVENT, RESPONSE, STRIKE } from "../state.ts";
import { endStrike } from "../workforce.ts";
import type { Strategy } from "./strategy.ts";

/**
 * `bargaining`, the trade union (M5, M6, M2; ¶33 ¶34 ¶36): an organisation that, where recognised,
 * sets its firm's wages by yearly contracts (staggered months): demands of inflation, productivity
 * and a share of the margin; strikes when a demand is refused; new techniques through productivity
 * deals. Within the margins, "the improvement of exploitation" (¶34); beyond them, "political
 * blockage in the mechanism of the economic laws" (¶33).
 */
export const bargaining: Strategy<"bargaining"> = {
  name: "bargaining",
  organises: true,
  unionSetsWages: true,
  passive: false,
  blocksAdoption: false,
  paysMutualAid: false,
  struggle(ctx) {
    unsupervised(ctx);
    if (ctx.p.unionBargaining) bargain(ctx);
  },
  adoption: adoptThroughDeals,
};

/** M5, M6, M2: yearly contracts at recognised firms, and bargaining strikes under way. */
function bargain(ctx: Ctx): void {
  const { s, p, regime } = ctx;
  const moy = s.month % 12;
  const norm = p.inflationTarget + s.productivityGrowth;
  const coverage = fundCoverage(s, p.strikePay);
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    if (s.strikeKind[j] === STRIKE.bargaining) {
      continueBargainingStrike(ctx, j, coverage);
      continue;
    }
    if (!s.recognised[j] || s.contractMonth[j] !== moy || s.strikeKind[j] !== STRIKE.none) continue;
    const margin = bargainingMargin(
      s.revenue12[j],
      s.wageBill12[j],
      s.avgPrice * s.capital[j],
      12 * p.depreciation,
      p.normalProfitRate,
    );
    const expected = p.inflationIndexation * s.inflation;
    let [d, extra] = unionDemand(expected, s.productivityGrowth, margin, p.marginShare, p.demandExcess);
    if (regime.incomesPolicy && p.incomesPolicyRule) {
      // Incomes policy (M7): the settlement may not exceed the norm plus what the margin allows.
      const cap = Math.max(0, norm) + Math.max(0, margin);
      if (d > cap) {
        extra = Math.max(0, extra - (d - cap));
        d = cap;
      }
    }
    s.events[EVENT.workersDemand]++;
    if (withinMargin(extra, margin)) {
      concede(ctx, j, d, extra);
      continue;
    }
    s.events[EVENT.demandRefused]++;
    const offer = firmOffer(expected, s.productivityGrowth, margin, d);
    const k = workplaceStrike(ctx, j, 0, coverage);
    if (k >= p.strikeQuorum * s.workforce[j] && k > 0) {
      s.strikeKind[j] = STRIKE.bargaining;
      s.strikeAge[j] = 0;
      s.strikeDemand[j] = d;
      s.strikeOffer[j] = offer;
      s.strikeExtra[j] = extra;
      s.strikesStarted++;
      respondToBargainingStrike(ctx, j);
    } else {
      endStrike(s, j);
      s.raise[j] += offer;
    }
  }
}

/** A bargaining strike's next month: it goes on, or collapses and the union takes the offer. */
function continueBargainingStrike(ctx: Ctx, j: number, coverage: number): void {
  const { s, p } = ctx;
  s.strikeAge[j]++;
  const k = workplaceStrike(ctx, j, s.strikeAge[j], coverage);
  if (k < p.strikeQuorum * s.workforce[j] || k === 0 || s.strikeAge[j] >= 12) {
    // collapse: the union accepts the offer
    endStrike(s, j);
    s.raise[j] += s.strikeOffer[j];
    return;
  }
  respondToBargainingStrike(ctx, j);
}

/** The struck firm weighs conceding the demand against waiting and its other responses (M4). */
function respondToBargainingStrike(ctx: Ctx, j: number): void {
  const { s, p } = ctx;
  const loss = currentStrikeLoss(s, j);
  // the fund must pay this strike (and the others under way) every month
  const share = s.workforce[j] > 0 ? s.strikers[j] / s.workforce[j] : 0;
  const bill = p.strikePay * Math.max(s.strikeWages, share * s.wageSum[j], 1);
  const months = expectedStrikeMonths(s.fund, bill, 12);
  const extraCost = s.strikeDemand[j] - s.strikeOffer[j];
  const r = firmResponse(responseCosts(ctx, j, loss, months, extraCost));
  if (r === RESPONSE.concede) {
    s.responses[r]++;
    endStrike(s, j);
    concede(ctx, j, s.strikeDemand[j], s.strikeExtra[j]);
  } else applyResponse(ctx, j, r);
}
