import type { Ctx } from "../context.ts";
import { affordableStrikes, strategicPoints } from "../mechanisms/refusal.ts";
import { firmResponse } from "../mechanisms/responses.ts";
import { refuseWhereOrganised } from "../phases/adoption.ts";
import { applyResponse, responseCosts } from "../phases/struggle/responses.ts";
import { unsupervised } from "../phases/struggle/supervision.ts";
import { currentStrikeLoss, fundCoverage, workplaceStrike } from "../phases/struggle/workplaceStrike.ts";
import { EVENT, RESPONSE, STRIKE } from "../state.ts";
import { endStrike } from "../workforce.ts";
import type { Strategy } from "./strategy.ts";

/**
 * `refusal`, organised refusal (M9, ¶32 ¶37 ¶38): "the refusal to collaborate actively in
 * capitalist development, the refusal to put forward positively a programme of demands" (¶32). No
 * demands are tabled; where the workplace is organised, productivity deals are refused and new
 * techniques and automation drives blocked; strikes rotate to the strategic points whose stoppage
 * removes most production, paid from the fund, and capital's offers to end them are refused;
 * unemployed members get mutual aid.
 */
export const refusal: Strategy<"refusal"> = {
  name: "refusal",
  organises: true,
  unionSetsWages: false,
  passive: false,
  blocksAdoption: true,
  paysMutualAid: true,
  struggle(ctx) {
    unsupervised(ctx);
    if (ctx.p.rotatingStrikes) rotateStrikes(ctx);
  },
  adoption: refuseWhereOrganised,
};

/** M9: rotating strikes at the strategic points, paid from the fund; capital's offers refused. */
function rotateStrikes(ctx: Ctx): void {
  const { s, p } = ctx;
  const coverage = fundCoverage(s, p.strikePay);
  let active = 0;
  // Strikes under way: a month older; rotation moves on.
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    active++;
    if (s.strikeKind[j] !== STRIKE.rotating) continue;
    s.strikeAge[j]++;
    if (s.strikeAge[j] >= p.rotationMonths) {
      endStrike(s, j);
      continue;
    }
    const k = workplaceStrike(ctx, j, s.strikeAge[j], coverage);
    if (k < p.strikeQuorum * s.workforce[j] || k === 0) endStrike(s, j);
    else respondToRotatingStrike(ctx, j);
  }
  // New strikes at the strategic points the fund can afford.
  const maxFirms = Math.max(1, Math.ceil(p.rotationFirms * active));
  const eligible = (j: number) =>
    s.active[j] === 1 &&
    s.strikeKind[j] === STRIKE.none &&
    s.workforce[j] > 0 &&
    s.month - s.lastStruck[j] >= 12 &&
    s.organisedCount[j] >= p.blockShare * s.workforce[j];
  const m = strategicPoints(s.output, eligible, maxFirms, s.order);
  let committed = 0;
  for (let q = 0; q < m; q++) {
    const j = s.order[q];
    const cost =
      p.strikePay * s.wageSum[j] * (s.organisedCount[j] / Math.max(1, s.workforce[j])) * p.rotationMonths;
    const can = affordableStrikes(
      s.fund - committed,
      (p.fundReserveMonths * cost) / p.rotationMonths,
      cost,
      1,
    );
    if (can < 1) break;
    s.lastStruck[j] = s.month;
    const k = workplaceStrike(ctx, j, 0, coverage);
    if (k >= p.strikeQuorum * s.workforce[j] && k > 0) {
      s.strikeKind[j] = STRIKE.rotating;
      s.strikeAge[j] = 0;
      s.strikesStarted++;
      committed += cost;
      respondToRotatingStrike(ctx, j);
    } else endStrike(s, j);
  }
}

/** The struck firm's response (M4); an offer of a raise is refused by the organised refusal (M12). */
function respondToRotatingStrike(ctx: Ctx, j: number): void {
  const { s, p } = ctx;
  const months = p.rotationMonths - s.strikeAge[j];
  const r = firmResponse(responseCosts(ctx, j, currentStrikeLoss(s, j), months, p.strikeOfferRaise));
  if (r === RESPONSE.concede) {
    s.responses[r]++;
    s.events[EVENT.capitalOffer]++;
    s.events[EVENT.offerRefused]++;
  } else applyResponse(ctx, j, r);
}
