import type { Ctx } from "../context.ts";
import {
  bargainingMargin,
  compressedMarkup,
  firmOffer,
  unionDemand,
  withinMargin,
} from "../mechanisms/bargaining.ts";
import { cascadeCount, cascadeShareFromHistogram, thresholdBin } from "../mechanisms/cascade.ts";
import { callsGeneralStrike, fairShareRaise } from "../mechanisms/generalStrike.ts";
import { supervisionShare } from "../mechanisms/passivity.ts";
import { affordableStrikes, blocksAdoption, strategicPoints } from "../mechanisms/refusal.ts";
import { automationCost, firmResponse, hireAroundCost, type ResponseCosts } from "../mechanisms/responses.ts";
import { expectedStrikeMonths, strikeLoss, strikeThreshold } from "../mechanisms/strike.ts";
import { incomesPolicy, monthlyRaise, phillipsWageGrowth } from "../mechanisms/wages.ts";
import { EVENT, NONE, RESPONSE, type RefusalState, STRIKE } from "../state.ts";
import { endStrike, separate } from "../workforce.ts";

/**
 * Phase "bargain and struggle" (M2, M4–M10, M12), ¶13 ¶14 ¶33–¶38: the moment where the workers'
 * "No" (¶13: "refusing to receive work from the capitalist") meets capital's answers. In order:
 * labour-market wages (¶34), passivity and supervision (¶37), union bargaining (¶33 ¶34 ¶36),
 * strikes under way (¶14), the general strike (¶14), the rotating strikes of organised refusal
 * (¶37 ¶38), and the firms' responses to each confrontation (¶17). Each rule is written from
 * the actor's point of view; none reads what a strategy is expected to produce.
 */
export function bargainAndStruggle(ctx: Ctx): void {
  const { s, p } = ctx;
  setMarketWages(ctx);
  if (p.strategy === "passivity") superviseAndAutomate(ctx);
  else for (let j = 0; j < s.nf; j++) s.supervision[j] = 0;
  if (p.strategy === "bargaining" && p.unionBargaining) bargain(ctx);
  if (p.strategy === "general-strike" && p.generalStrikes) generalStrike(ctx);
  if (p.strategy === "refusal" && p.rotatingStrikes) rotateStrikes(ctx);
  let firmsOnStrike = 0;
  for (let j = 0; j < s.nf; j++) {
    if (s.strikers[j] > 0) firmsOnStrike++;
    s.wins[j] *= 1 - 1 / 24;
    if (s.raise[j] !== 0) s.postedWage[j] *= 1 + s.raise[j];
  }
  s.firmsOnStrike = firmsOnStrike;
}

/** Mean wage at firm j (last workplace pass), or its posted wage. */
function meanWageOf(s: RefusalState, j: number): number {
  const n = s.workforce[j];
  return n > 0 ? s.wageSum[j] / n : s.postedWage[j];
}

function productivity(s: RefusalState, j: number): number {
  return s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : s.frontierA;
}

/** Labour-market wages (Phillips), pulled to the norm under planning; plus productivity deals. */
function setMarketWages(ctx: Ctx): void {
  const { s, p } = ctx;
  const unionSetsWages = p.strategy === "bargaining" && p.unionBargaining;
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
      if (p.regime === "planning" && p.incomesPolicyRule)
        annual = incomesPolicy(annual, p.incomesPolicy, p.inflationTarget, s.productivityGrowth);
      r = monthlyRaise(annual, p.maxWageCut);
    }
    s.raise[j] = r + s.dealRaise[j];
    s.dealRaise[j] = 0;
  }
}

/** M8: firms answer effort withdrawal with supervision and, when cheaper than the loss, automation (M4). */
function superviseAndAutomate(ctx: Ctx): void {
  const { s, p } = ctx;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const e = s.meanEffort[j];
    s.supervision[j] = supervisionShare(e, p.supervisionResponse, p.maxSupervision);
    if (!p.automationResponse || e >= 0.98 || s.automate[j] > 0 || s.month - s.lastAutomation[j] < 24)
      continue;
    const loss = (1 - e) * s.price[j] * productivity(s, j) * s.workforce[j] * p.responseHorizon;
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

/**
 * Threshold cascade among firm j's workers for a strike in its `months`-th month, from the strikers
 * already out (none for a new strike): sets `striking` for exactly the participants and returns
 * their number (M2).
 */
export function workplaceStrike(ctx: Ctx, j: number, months: number, coverage: number): number {
  const { s, p } = ctx;
  if (!p.workplaceStrikes) {
    // M2 off: nobody walks out.
    s.strikers[j] = 0;
    return 0;
  }
  const t = s.scratch;
  const R = p.repressionDeterrence * s.repression;
  let n = 0;
  for (let i = s.head[j]; i !== NONE; i = s.next[i])
    t[n++] = strikeThreshold(
      s.threshold[i],
      s.organised[i] === 1,
      p.memberResolve,
      months,
      coverage,
      p.strikeFatigue,
      R,
    );
  if (n === 0) return 0;
  const sorted = t.subarray(0, n).sort();
  const k = cascadeCount(sorted, n, months > 0 ? s.strikers[j] : 0);
  const cutoff = k > 0 ? sorted[k - 1] : Number.NEGATIVE_INFINITY;
  let c = 0;
  for (let i = s.head[j]; i !== NONE; i = s.next[i]) {
    const th = strikeThreshold(
      s.threshold[i],
      s.organised[i] === 1,
      p.memberResolve,
      months,
      coverage,
      p.strikeFatigue,
      R,
    );
    const on = th <= cutoff && c < k;
    s.striking[i] = on ? 1 : 0;
    if (on) c++;
  }
  s.strikers[j] = c;
  return c;
}

/** The share of promised strike pay the fund can cover next month (all strikes together). */
function fundCoverage(s: RefusalState, strikePay: number): number {
  const due = strikePay * s.strikeWages;
  return due > 0 ? Math.min(1, s.fund / due) : 1;
}

/** Expected costs of each response for firm j facing a strike that costs `loss` a month. */
function responseCosts(
  ctx: Ctx,
  j: number,
  loss: number,
  months: number,
  concedeRaise: number,
): ResponseCosts {
  const { s, p } = ctx;
  const orgShare = s.workforce[j] > 0 ? s.organisedCount[j] / s.workforce[j] : 0;
  return {
    wait: loss * months,
    // the firm expects to pass a share of any raise on in prices (Kalecki 1971): it counts the rest
    concede: (1 - p.passThrough) * concedeRaise * s.wageSum[j] * p.responseHorizon,
    automate:
      !p.automationResponse ||
      (p.adoptionVeto && blocksAdoption(p.strategy, orgShare, p.blockShare)) ||
      s.automate[j] > 0 ||
      s.month - s.lastAutomation[j] < 24
        ? Number.POSITIVE_INFINITY
        : automationCost(s.avgPrice * s.capital[j], p.automationShare, p.scrapLoss),
    hireAround:
      !p.hireAroundResponse || s.hireAround[j] > 0
        ? Number.POSITIVE_INFINITY
        : hireAroundCost(s.organisedCount[j], meanWageOf(s, j), p.hiringCost, s.poolSize),
    repression:
      p.repressionResponse && p.regime === "repression" && s.repression < 0.5
        ? p.repressionCost * s.wageSum[j]
        : Number.POSITIVE_INFINITY,
  };
}

/** Monthly loss to firm j of its current strike. */
function currentStrikeLoss(s: RefusalState, j: number): number {
  const n = s.workforce[j];
  if (n === 0 || s.strikers[j] === 0) return 0;
  const share = s.strikers[j] / n;
  return strikeLoss(s.price[j], productivity(s, j), share * s.effortSum[j], share * s.wageSum[j]);
}

/**
 * Apply a firm's response (M4): `concede` is handled by the caller (it depends on the strike);
 * automation orders a drive for the next investment; hiring around dismisses organised workers
 * (strikers first) and passes over organised applicants for a year; repression is a call on the
 * State, answered in the organise phase.
 */
function applyResponse(ctx: Ctx, j: number, r: number): void {
  const { s, p } = ctx;
  s.responses[r]++;
  if (r === RESPONSE.automate) {
    s.automate[j] = 12;
    s.lastAutomation[j] = s.month;
  } else if (r === RESPONSE.hireAround) {
    s.hireAround[j] = 12;
    let k = Math.ceil(p.firingLimit * s.workforce[j]);
    for (let i = s.tail[j]; i !== NONE && k > 0; ) {
      const before = s.prev[i];
      if (s.organised[i]) {
        separate(s, i);
        k--;
      }
      i = before;
    }
  } else if (r === RESPONSE.repression) {
    s.repressionCalls++;
  }
}

/** A concession of raise `x` of which `extra` exceeds inflation and productivity (markup compressed). */
function concede(ctx: Ctx, j: number, x: number, extra: number): void {
  const { s, p } = ctx;
  s.raise[j] += x;
  if (p.markupCompression) s.markup[j] = compressedMarkup(s.markup[j], extra, p.passThrough);
  s.wins[j] += 1;
}

/** M5, M6, M2: yearly contracts at recognised firms, and bargaining strikes under way. */
function bargain(ctx: Ctx): void {
  const { s, p } = ctx;
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
    if (p.regime === "planning" && p.incomesPolicyRule) {
      // Incomes policy: the settlement may not exceed the norm plus what the margin allows.
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

/** M10: the general strike. */
function generalStrike(ctx: Ctx): void {
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
