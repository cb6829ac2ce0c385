import { book, C, R } from "../accounts.ts";
import { bankPaysDividends, repayFirm, stateRepays, writeOffFirm } from "../bank.ts";
import type { Ctx } from "../context.ts";
import { NONE, type RefusalState } from "../state.ts";
import { separate } from "../workforce.ts";
import { endStrike, stateSpendingRule } from "./policy.ts";
import { depreciate } from "./technique.ts";

/**
 * Phase "finance, entry and exit", ¶17 ¶33: profits are what capital draws from living labour
 * (¶17: "the necessity of exploitation"); when demands or refusal squeeze them under the hurdle,
 * accumulation stops and firms fail — "political blockage in the mechanism of the economic laws"
 * (¶33). Depreciation, profits and dividends, the bank's payout, the State's budget for next
 * month, bankruptcy (the bank writes off what the firm cannot repay) and entry of new firms by
 * capitalist households with enough wealth (as in Wright 2005, firms are founded by households).
 */

/** Net profit of a month: revenue - wages - interest - depreciation at replacement cost. */
export function netProfit(
  revenue: number,
  wages: number,
  interest: number,
  depreciationValue: number,
): number {
  return revenue - wages - interest - depreciationValue;
}

/**
 * Dividends: a share of positive profit plus a share of the deposits above the cash target,
 * floor(payout max(0, profit) + x max(0, D - target)), never more than the deposits beyond `buffer`.
 */
export function dividend(
  profit: number,
  payout: number,
  deposits: number,
  buffer: number,
  target: number,
  excessShare: number,
): number {
  const d = payout * Math.max(0, profit) + excessShare * Math.max(0, deposits - target);
  return Math.max(0, Math.min(Math.floor(d), Math.floor(deposits - buffer)));
}

/** A firm is bankrupt when its net worth, deposits - loans + value of capital and stocks, is negative. */
export function bankrupt(deposits: number, loans: number, assetsValue: number): boolean {
  return deposits - loans + assetsValue < 0;
}

/** Exponentially weighted moving average: x <- x + w (v - x). */
export function ewma(x: number, v: number, w: number): number {
  return x + w * (v - x);
}

/** Phase "finance, entry and exit". */
export function finance(ctx: Ctx): void {
  const { s, p, rng } = ctx;
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
  // Exit.
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const assets = P * (s.capital[j] + s.inventory[j]);
    if (
      bankrupt(s.deposits[j], s.loans[j], assets) ||
      (s.capital[j] <= 0 && s.investBudget[j] <= 0 && s.month > 1)
    )
      exitFirm(s, j);
  }
  // Entry.
  let kSum = 0;
  let nActive = 0;
  for (let j = 0; j < s.nf; j++)
    if (s.active[j]) {
      kSum += s.capital[j];
      nActive++;
    }
  const meanCapitalValue = nActive > 0 ? (P * kSum) / nActive : 0;
  const cost = Math.round(p.entryCapital * meanCapitalValue);
  for (let k = 0; k < s.nf; k++) {
    if (s.active[k]) continue;
    if (rng.entry.float() < p.entryProbability && cost > 0 && s.capMoney[k] >= cost) enterFirm(ctx, k, cost);
  }
  // The State: repay what it can, then set next month's spending.
  stateRepays(s);
  let cap = 0;
  let lab = 0;
  for (let j = 0; j < s.nf; j++) {
    cap += s.capacity[j];
    lab += s.labourReq[j];
  }
  const a = lab > 0 ? cap / lab : s.frontierA;
  s.stateSpending = stateSpendingRule(
    p.regime,
    p.stateShare,
    P * a * s.n,
    s.unemployment,
    p.unemploymentTarget,
    p.counterCyclical,
    s.flows.output * P,
  );
}

/** Firm j goes out of business: workers dismissed, deposits repay the loan, the rest is written off or returned to the owner, capital scrapped. */
export function exitFirm(s: RefusalState, j: number): void {
  endStrike(s, j);
  while (s.tail[j] !== NONE) separate(s, s.tail[j]);
  repayFirm(s, j, Math.min(s.deposits[j], s.loans[j]));
  writeOffFirm(s, j);
  const left = s.deposits[j];
  if (left > 0) {
    s.deposits[j] = 0;
    s.capMoney[s.owner[j]] += left;
    book(s.tfm, R.equity, C.firmsCapital, C.capitalists, left);
  }
  s.scrapped += s.capital[j] + s.inventory[j];
  s.active[j] = 0;
  s.capital[j] = 0;
  s.capacity[j] = 0;
  s.labourReq[j] = 0;
  s.inventory[j] = 0;
  s.output[j] = 0;
  s.sales[j] = 0;
  s.recognised[j] = 0;
  s.organisedCount[j] = 0;
  s.bankruptcies++;
}

/** Capitalist household k founds a firm in its slot with equity `equity`. */
function enterFirm(ctx: Ctx, k: number, equity: number): void {
  const { s, p, rng } = ctx;
  s.capMoney[k] -= equity;
  s.deposits[k] += equity;
  book(s.tfm, R.equity, C.capitalists, C.firmsCapital, equity);
  s.active[k] = 1;
  s.owner[k] = k;
  s.loans[k] = 0;
  s.capital[k] = 0;
  s.capacity[k] = 0;
  s.labourReq[k] = 0;
  s.inventory[k] = 0;
  s.price[k] = s.avgPrice;
  s.markup[k] = p.markup;
  s.postedWage[k] = s.meanWage;
  // Expected demand such that the equity, less a month of wages, buys the capital it needs.
  const P = s.avgPrice;
  s.expDemand[k] = ((0.8 * equity) / P) * (p.utilisationTarget / (12 * s.frontierNu));
  s.sales[k] = 0;
  s.revenue[k] = 0;
  s.revenue12[k] = 0;
  s.wageBill12[k] = 0;
  s.profitRate[k] = p.normalProfitRate;
  s.wins[k] = 0;
  s.hireAround[k] = 0;
  s.automate[k] = 0;
  s.strikeKind[k] = 0;
  s.strikers[k] = 0;
  s.workforce[k] = 0;
  s.supervision[k] = 0;
  s.meanEffort[k] = 1;
  s.dealRaise[k] = 0;
  s.lastOffer[k] = s.frontierA;
  s.vacancyRate[k] = 0;
  s.contractMonth[k] = rng.entry.int(12);
  s.entries++;
}
