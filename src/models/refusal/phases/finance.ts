import { book, C, R } from "../accounts.ts";
import { bankPaysDividends, repayFirm, stateRepays } from "../bank.ts";
import { depreciate } from "../capital.ts";
import type { Ctx } from "../context.ts";
import { bankrupt, dividend, ewma, marketExit, netProfit } from "../mechanisms/finance.ts";
import type { FiscalInputs } from "../mechanisms/policy.ts";
import type { RefusalParams } from "../params.ts";
import type { Regime } from "../regimes/regime.ts";
import { type RefusalState, SECTOR } from "../state.ts";
import { enterFirm, exitFirm } from "./firmSlots.ts";

/**
 * Phase "finance, entry and exit", ¶17 ¶33: profits are what capital draws from living labour
 * (¶17: "the necessity of exploitation"); when demands or refusal squeeze them under the hurdle,
 * accumulation stops and firms fail — "political blockage in the mechanism of the economic laws"
 * (¶33). Depreciation, profits and dividends, the bank's payout, the State's budget for next
 * month by its fiscal rule, bankruptcy (the bank writes off what the firm cannot repay) and entry of new firms by
 * capitalist households with enough wealth (as in Wright 2005, firms are founded by households).
 */
export function finance(ctx: Ctx): void {
  const { s, p, rng, regime } = ctx;
  const P = s.avgPrice;
  const tfm = s.tfm;
  for (let k = 0; k < s.nf; k++) s.dividends[k] = 0;
  let depValue = 0;
  let divTaxes = 0;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const dv = p.depreciation * s.capital[j] * P;
    depreciate(s, j, p.depreciation);
    depValue += dv;
    const profit = netProfit(s.revenue[j], s.wageDue[j], s.interestPaid[j], dv);
    const kv = P * s.capital[j];
    s.revenue12[j] = ewma(s.revenue12[j], 12 * s.revenue[j], 1 / 12);
    s.wageBill12[j] = ewma(s.wageBill12[j], 12 * s.wageDue[j], 1 / 12);
    if (kv > 0)
      s.profitRate[j] = ewma(s.profitRate[j], (12 * (s.revenue[j] - s.wageDue[j] - dv)) / kv, 1 / 6);
    // Deposits above the cash target repay loans first; a share of what is left is paid out.
    const target = p.cashTarget * s.wageSum[j];
    const excess = Math.floor(s.deposits[j] - target);
    if (excess > 0 && s.loans[j] > 0) repayFirm(s, j, Math.min(excess, s.loans[j]));
    const div = dividend(profit, p.payoutRatio, s.deposits[j], s.wageSum[j], target, p.excessPayout);
    if (div > 0) {
      const o = s.owner[j];
      const tax = Math.round(p.taxRate * div);
      s.deposits[j] -= div;
      s.capMoney[o] += div - tax;
      s.dividends[o] += div - tax;
      divTaxes += tax;
      book(tfm, R.firmDividends, C.firmsCurrent, C.capitalists, div);
    }
    s.interestPaid[j] = 0;
  }
  s.stateDeposits += divTaxes;
  book(tfm, R.taxes, C.capitalists, C.state, divTaxes);
  s.flows.taxes += divTaxes;
  s.flows.depreciationValue = depValue;
  // The bank pays out most of its interest income.
  bankPaysDividends(s, Math.round(p.bankPayout * s.interestIncome));
  s.interestIncome = 0;
  // Exit: negative net worth, illiquidity (wages needed more credit than the firm's net worth
  // commands) or a collapsing market share within its sector (issue 13 item 4).
  const makersActive = countActive(s, 0, s.makers);
  const consumersActive = countActive(s, s.makers, s.nf);
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const maker = s.sector[j] === SECTOR.machines;
    const assets = P * (s.capital[j] + s.inventory[j]);
    if (
      bankrupt(s.deposits[j], s.loans[j], assets) ||
      s.illiquid[j] ||
      marketExit(
        s.share12[j],
        maker ? makersActive : consumersActive,
        p.exitShare,
        s.month - s.born[j],
        p.exitGrace,
      ) ||
      (!maker && s.capital[j] <= 0 && s.orderQty[j] <= 0 && s.month > 1)
    )
      exitFirm(s, j);
  }
  // Entry. A consumption-good firm starts with a share of the mean firm's capital value; a machine
  // maker, which needs no capital, with that share of the cash a maker of the start's mean size
  // keeps (cashTarget months of its wage bill).
  let kSum = 0;
  for (let j = s.makers; j < s.nf; j++) if (s.active[j]) kSum += s.capital[j];
  const meanCapitalValue = consumersActive > 0 ? (P * kSum) / consumersActive : 0;
  const costC = Math.round(p.entryCapital * meanCapitalValue);
  const costK = Math.round(p.entryCapital * p.cashTarget * s.makerSize0 * s.meanWage);
  for (let k = 0; k < s.nf; k++) {
    if (s.active[k]) continue;
    const cost = s.sector[k] === SECTOR.machines ? costK : costC;
    if (rng.entry.float() < p.entryProbability && cost > 0 && s.capMoney[k] >= cost) enterFirm(ctx, k, cost);
  }
  // The State: repay what it can, then set next month's spending by its fiscal rule.
  stateRepays(s);
  const fl = s.flows;
  s.taxes12 = ewma(s.taxes12, fl.taxes, 1 / 12);
  s.interest12 = ewma(s.interest12, fl.stateInterest, 1 / 12);
  s.nominalOutput12 = ewma(s.nominalOutput12, fl.output * P, 1 / 12);
  s.stateSpending = regime.spending(p, fiscalInputs(s, p, regime));
}

/** What the State's fiscal rule reads (`fiscalRule()`): its 12-month means and unemployment. */
export function fiscalInputs(s: RefusalState, p: RefusalParams, regime: Regime): FiscalInputs {
  return {
    taxes: s.taxes12,
    interest: s.interest12,
    nominalOutput: s.nominalOutput12,
    structuralBenefits: regime.benefitRate(p) * s.meanWage * p.naturalUnemployment * (s.n - s.reserveSize),
    unemployment: s.unemployment,
  };
}

/** Active firms among slots [from, to). */
function countActive(s: RefusalState, from: number, to: number): number {
  let c = 0;
  for (let j = from; j < to; j++) c += s.active[j];
  return c;
}
