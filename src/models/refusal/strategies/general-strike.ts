import type { Ctx } from "../context.ts";
import { cascadeShareFromHistogram, thresholdBin } from "../mechanisms/cascade.ts";
import { callsGeneralStrike, fairShareRaise } from "../mechanisms/generalStrike.ts";
import { firmResponse } from "../mechanisms/responses.ts";
import { strikeThreshold } from "../mechanisms/strike.ts";
import { adoptThroughDeals } from "../phases/adoption.ts";
import { applyResponse, concede, responseCosts } from "../phases/struggle/responses.ts";
import { unsupervised } from "../phases/struggle/supervision.ts";
import { currentStrikeLoss, fundCoverage } from "../phases/struggle/workplaceStrike.ts";
import { EVENT, NONE, RESPONSE, STRIKE } from "../state.ts";
import { endStrike } from "../workforce.ts";
import type { Strategy } from "./strategy.ts";

/**
 * `general-strike` (M10, ¶14): an organisation that, once density passes a trigger, calls a
 * class-wide strike for a "fair share" (a target wage share). Participation spreads by a
 * class-wide threshold cascade; each struck firm concedes when waiting costs more than the raise;
 * the strike ends on concession by half the employment, on collapse below the quorum, or at its
 * longest length. Between strikes no demands are tabled; new techniques come through productivity
 * deals where recognised.
 */
export const generalStrike: Strategy<"general-strike"> = {
  name: "general-strike",
  organises: true,
  unionSetsWages: false,
  passive: false,
  blocksAdoption: false,
  paysMutualAid: false,
  struggle(ctx) {
    unsupervised(ctx);
    if (ctx.p.generalStrikes) callOrContinueGeneralStrike(ctx);
  },
  adoption: adoptThroughDeals,
};

/** M10: a month of the general strike, or the call for one. */
function callOrContinueGeneralStrike(ctx: Ctx): void {
  const { s, p } = ctx;
  s.monthsSinceGeneralStrike++;
  const active = s.generalStrike > 0;
  if (!active) {
    if (
      !callsGeneralStrike(
        s.density,
        p.generalStrikeTrigger,
        false,
        s.monthsSinceGeneralStrike,
        p.generalStrikeCooldown,
      )
    )
      return;
    s.monthsSinceGeneralStrike = 0;
    s.generalCalls++;
    const share = classWideStrike(ctx, 0, 1);
    if (share < p.generalStrikeQuorum) {
      endGeneralStrike(ctx);
      return;
    }
    s.generalStrike = 1;
    s.generalConceded = 0;
    s.events[EVENT.workersDemand]++;
    return;
  }
  // A month of general strike: each struck firm weighs conceding the fair-share raise against
  // waiting out the rest of the strike's declared length.
  s.generalStrike++;
  const months = Math.max(1, p.generalStrikeMaxMonths - s.generalStrike + 1);
  let employed = 0;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    employed += s.workforce[j];
    if (s.strikeKind[j] !== STRIKE.general) continue;
    const share = s.revenue12[j] > 0 ? s.wageBill12[j] / s.revenue12[j] : s.wageShare;
    const x = fairShareRaise(p.targetWageShare, share, p.maxConcession);
    const r = firmResponse(responseCosts(ctx, j, currentStrikeLoss(s, j), months, x));
    if (r === RESPONSE.concede) {
      s.responses[r]++;
      endStrike(s, j);
      s.strikeKind[j] = STRIKE.none;
      concede(ctx, j, x, x);
      s.generalConceded += s.workforce[j];
    } else applyResponse(ctx, j, r);
  }
  const conceded = employed > 0 ? s.generalConceded / employed : 0;
  if (conceded >= 0.5 || s.generalStrike > p.generalStrikeMaxMonths) {
    endGeneralStrike(ctx);
    return;
  }
  const share = classWideStrike(ctx, s.generalStrike - 1, fundCoverage(s, p.strikePay));
  if (share < p.generalStrikeQuorum * (1 - conceded)) endGeneralStrike(ctx);
}

/** The general strike ends: every firm still struck goes back to work. */
function endGeneralStrike(ctx: Ctx): void {
  const { s } = ctx;
  for (let j = 0; j < s.nf; j++) if (s.strikeKind[j] === STRIKE.general) endStrike(s, j);
  s.generalStrike = 0;
  s.generalConceded = 0;
}

/**
 * Class-wide cascade (M10): the share of the employed at firms that have not conceded who strike,
 * by a histogram of strike thresholds; sets `striking` and the firms' strike state. Returns the
 * participating share.
 */
function classWideStrike(ctx: Ctx, months: number, coverage: number): number {
  const { s, p } = ctx;
  const hist = s.hist;
  const bins = hist.length - 1;
  hist.fill(0);
  const R = p.repressionDeterrence * s.repression;
  let n = 0;
  let out = 0;
  const eligible = (j: number) => s.strikeKind[j] === STRIKE.general || s.generalStrike === 0;
  const binOf = (i: number) =>
    thresholdBin(
      strikeThreshold(
        s.threshold[i],
        s.organised[i] === 1,
        p.memberResolve,
        months,
        coverage,
        p.strikeFatigue,
        R,
      ),
      bins,
    );
  for (let i = 0; i < s.n; i++) {
    const j = s.employer[i];
    if (j === NONE || !eligible(j)) continue;
    n++;
    out += s.striking[i];
    const b = binOf(i);
    if (b >= 0) hist[b]++;
  }
  const share = cascadeShareFromHistogram(hist, bins, n, months > 0 && n > 0 ? out / n : 0);
  const top = Math.floor(share * bins + 1e-9);
  for (let j = 0; j < s.nf; j++) if (eligible(j)) s.strikers[j] = 0;
  for (let i = 0; i < s.n; i++) {
    const j = s.employer[i];
    if (j === NONE || !eligible(j)) continue;
    const b = binOf(i);
    const on = share > 0 && b >= 0 && b <= top;
    s.striking[i] = on ? 1 : 0;
    if (on) s.strikers[j]++;
  }
  for (let j = 0; j < s.nf; j++) {
    if (!eligible(j)) continue;
    s.strikeKind[j] = s.strikers[j] > 0 ? STRIKE.general : STRIKE.none;
  }
  return share;
}
