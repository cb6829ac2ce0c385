import type { Ctx } from "../context.ts";
import { supervisionShare } from "../mechanisms/passivity.ts";
import { automationCost, firmResponse, type ResponseCosts } from "../mechanisms/responses.ts";
import { adoptOutright } from "../phases/adoption.ts";
import { applyResponse } from "../phases/struggle/responses.ts";
import { productivityOf, RESPONSE } from "../state.ts";
import type { Strategy } from "./strategy.ts";

/**
 * `passivity` (M8, ¶11 ¶37): "the refusal - collective, mass, expressed in passive forms" (¶11),
 * unorganised. Workers paid below their fairness reference withdraw effort (in the phase "produce");
 * there are no demands, no strikes, no organisation. Its struggle is the firms' answer: supervision
 * and, when cheaper than the lost effort, automation (M4).
 */
export const passivity: Strategy<"passivity"> = {
  name: "passivity",
  organises: false,
  unionSetsWages: false,
  passive: true,
  blocksAdoption: false,
  paysMutualAid: false,
  struggle: superviseAndAutomate,
  adoption: adoptOutright,
};

/** M8: firms answer effort withdrawal with supervision and, when cheaper than the loss, automation (M4). */
function superviseAndAutomate(ctx: Ctx): void {
  const { s, p } = ctx;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const e = s.meanEffort[j];
    s.supervision[j] = supervisionShare(e, p.supervisionResponse, p.maxSupervision);
    if (!p.automationResponse || e >= 0.98 || s.automate[j] > 0 || s.month - s.lastAutomation[j] < 24)
      continue;
    const loss = (1 - e) * s.price[j] * productivityOf(s, j) * s.workforce[j] * p.responseHorizon;
    const costs: ResponseCosts = {
      wait: loss,
      concede: Number.POSITIVE_INFINITY,
      automate: automationCost(s.avgPrice * s.capital[j], p.automationShare, p.scrapLoss),
      hireAround: Number.POSITIVE_INFINITY,
      repression: Number.POSITIVE_INFINITY,
    };
    const r = firmResponse(costs);
    if (r === RESPONSE.automate) applyResponse(ctx, j, r);
  }
}
