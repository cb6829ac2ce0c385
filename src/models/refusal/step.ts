import { C, cell, NS, R } from "./accounts.ts";
import type { Ctx } from "./context.ts";
import { finance } from "./mechanisms/finance.ts";
import { goodsMarket } from "./mechanisms/goodsMarket.ts";
import { innovate } from "./mechanisms/innovation.ts";
import { planAndInvest } from "./mechanisms/investment.ts";
import { labourMarket } from "./mechanisms/labourMarket.ts";
import { organise } from "./mechanisms/organise.ts";
import { pay } from "./mechanisms/pay.ts";
import { statePolicy } from "./mechanisms/policy.ts";
import { produce } from "./mechanisms/production.ts";
import { bargainAndStruggle } from "./mechanisms/struggle.ts";
import type { RefusalState } from "./state.ts";

/**
 * One month of the `refusal` economy: the model's table of contents. Each phase is a thin
 * mutator over pure mechanisms (mechanisms/*.ts); the ¶ is the essay's paragraph it implements.
 * The record phase (metrics, summaries) is run by the simulation right after.
 */
export function stepRefusal(ctx: Ctx): void {
  startMonth(ctx.s);
  innovate(ctx); // ¶12 ¶15 — induced innovation moves the technique frontier (M3)
  planAndInvest(ctx); // ¶12 ¶17 ¶37 — expectations, investment, Okishio adoption, refusal's block (M3 M9 M4)
  labourMarket(ctx); // ¶14 ¶17 — dismissals, hiring, hiring around the organised (M4)
  bargainAndStruggle(ctx); // ¶13 ¶14 ¶33–¶38 — wages, bargaining, strikes, general strike, refusal, responses (M2 M4–M10 M12)
  produce(ctx); // ¶9 ¶15 ¶17 — Leontief in worked hours and capital; effort under passivity (M1 M8)
  pay(ctx); // ¶14 ¶15 — wages to those who worked, strike pay, benefits, dues, taxes, interest
  goodsMarket(ctx); // ¶9 — one good for consumption and investment, prices and markups
  finance(ctx); // ¶17 ¶33 — profits, dividends, bank, State budget, bankruptcy, entry
  organise(ctx); // ¶32 ¶33 ¶20 — threshold contagion of organisation (M11 M13)
  statePolicy(ctx); // ¶18 ¶19 ¶20 — recognition, repression (M7 M13)
  closeBooks(ctx.s); // the month's retained earnings close the firms' current account
}

/** Reset the month's counters and its transaction-flow matrix. */
function startMonth(s: RefusalState): void {
  s.month++;
  s.tfm.fill(0);
  s.events.fill(0);
  s.responses.fill(0);
  s.adoptionAttempts = 0;
  s.adoptionBlocked = 0;
  s.repressionCalls = 0;
  s.repressed = 0;
  s.bankruptcies = 0;
  s.entries = 0;
  s.writeOffs = 0;
  s.innovations = 0;
  s.scrapped = 0;
  s.strikesStarted = 0;
  s.generalCalls = 0;
  const f = s.flows;
  f.wages = 0;
  f.consumptionWorkers = 0;
  f.consumptionCapitalists = 0;
  f.government = 0;
  f.investment = 0;
  f.investmentReal = 0;
  f.consumptionWorkersReal = 0;
  f.output = 0;
  f.potentialOutput = 0;
  f.salesValue = 0;
  f.depreciationValue = 0;
  f.taxes = 0;
  f.benefits = 0;
  f.hours = 0;
}

/**
 * Retained earnings: what is left in the firms' current account (sales less wages, interest and
 * dividends) moves to their capital account, where it finances investment and deposits.
 */
export function closeBooks(s: RefusalState): void {
  let fc = 0;
  for (let r = 0; r < R.retainedEarnings; r++) fc += cell(s.tfm, r, C.firmsCurrent);
  s.tfm[R.retainedEarnings * NS + C.firmsCurrent] = -fc;
  s.tfm[R.retainedEarnings * NS + C.firmsCapital] = fc;
}
