import { book, C, R } from "../accounts.ts";
import { ensureStateFunds } from "../bank.ts";
import type { Ctx } from "../context.ts";
import { capitalistConsumption } from "../mechanisms/consumption.ts";
import { ewma } from "../mechanisms/finance.ts";
import { allocateDemand, nextMarkup, nextPrice, splitExactly } from "../mechanisms/goodsMarket.ts";
import { type RefusalState, SECTOR } from "../state.ts";

/**
 * Phase "goods market", ¶9: production becomes the aim of society in general. The consumption
 * good's market (machines have their own, phase machine market). Demand — workers' and
 * capitalists' consumption, State spending — is pooled and split among the consumption-good
 * firms in proportion to their customers (the households whose shop they are, phase customers;
 * prices act through the households that change shop); what a firm cannot supply spills over to
 * the others, and the firm is marked as sold out; what nobody can supply is not spent (the buyers
 * are rationed pro rata). Then prices move toward the markup
 * target (Kalecki 1971, markup on prime cost), the markup nudged by inventories.
 */
export function goodsMarket(ctx: Ctx): void {
  const { s, p } = ctx;
  const nf = s.nf;
  const tfm = s.tfm;
  // Capitalists' plans (out of last month's dividends and their money), set aside now.
  let capPlan = 0;
  for (let k = 0; k < nf; k++) {
    const c = capitalistConsumption(
      p.capitalistPropensity,
      p.capitalistWealthPropensity,
      s.dividends[k],
      s.capMoney[k],
    );
    s.capSpend[k] = c;
    s.capMoney[k] -= c;
    capPlan += c;
  }
  // State spending, set aside (the State borrows if it must).
  const G = Math.max(0, s.stateSpending);
  ensureStateFunds(s, G);
  s.stateDeposits -= G;
  const workersPlan = s.plannedWorkers;
  const D = workersPlan + capPlan + G;
  // Supply and weights.
  const w = s.weight;
  const cap = s.supplyValue;
  for (let j = 0; j < nf; j++) {
    if (!s.active[j] || s.inventory[j] <= 0) {
      w[j] = 0;
      cap[j] = 0;
      continue;
    }
    w[j] = s.customers[j];
    cap[j] = Math.floor(s.inventory[j] * s.price[j]);
  }
  const soldTotal = allocateDemand(D, w, cap, nf, s.revenue);
  // A shop with customers that sold all it had (or had nothing) has run out: its customers may look elsewhere.
  for (let j = 0; j < nf; j++)
    s.soldOut[j] = s.active[j] && s.customers[j] > 0 && s.revenue[j] >= cap[j] ? 1 : 0;
  // Deliver goods and credit the sellers.
  let realTotal = 0;
  for (let j = 0; j < nf; j++) {
    const x = s.revenue[j];
    if (s.active[j] && s.sector[j] === SECTOR.consumption)
      s.share12[j] = ewma(s.share12[j], soldTotal > 0 ? x / soldTotal : 0, 1 / 12);
    if (x <= 0) {
      s.sales[j] = 0;
      continue;
    }
    const q = x / s.price[j];
    s.sales[j] = q;
    s.inventory[j] = Math.max(0, s.inventory[j] - q);
    s.deposits[j] += x;
    realTotal += q;
  }
  const realPerMoney = soldTotal > 0 ? realTotal / soldTotal : 0;
  // Who actually bought: split the sales among the buyers in proportion to their plans.
  const groups = s.groupPlan;
  groups[0] = workersPlan;
  groups[1] = capPlan;
  groups[2] = G;
  const got = s.groupGot;
  splitExactly(groups, 3, soldTotal, got);
  // Workers: refund the unspent part pro rata (only when rationed).
  if (got[0] < workersPlan) refundWorkers(s, workersPlan, got[0]);
  // Capitalists.
  if (got[1] < capPlan) {
    splitExactly(s.capSpend, nf, got[1], s.capGot);
    for (let k = 0; k < nf; k++) s.capMoney[k] += s.capSpend[k] - s.capGot[k];
  }
  // State.
  s.stateDeposits += G - got[2];
  book(tfm, R.consumption, C.workers, C.firmsCurrent, got[0]);
  book(tfm, R.consumption, C.capitalists, C.firmsCurrent, got[1]);
  book(tfm, R.government, C.state, C.firmsCurrent, got[2]);
  const f = s.flows;
  f.consumptionWorkers = got[0];
  f.consumptionCapitalists = got[1];
  f.government = got[2];
  f.consumptionWorkersReal = got[0] * realPerMoney;
  f.consumptionReal = (got[0] + got[1]) * realPerMoney;
  f.governmentReal = got[2] * realPerMoney;
  f.salesValue = soldTotal;
  // Prices, markups, the mean price.
  let pq = 0;
  let q = 0;
  for (let j = 0; j < nf; j++) {
    if (!s.active[j] || s.sector[j] !== SECTOR.consumption) continue;
    const a = s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : s.labA[j];
    const n = s.workforce[j];
    const wbar = n > 0 ? s.wageSum[j] / n : s.postedWage[j];
    const eff = Math.max(0.05, s.meanEffort[j] * (1 - s.supervision[j] - s.lab[j]));
    const invMonths = s.expDemand[j] > 0 ? s.inventory[j] / s.expDemand[j] : p.inventoryTarget;
    s.markup[j] = nextMarkup(
      s.markup[j],
      p.markup,
      p.markupRecovery,
      p.markupFlexibility,
      invMonths,
      p.inventoryTarget,
    );
    s.price[j] = nextPrice(s.price[j], s.markup[j], wbar / (a * eff), p.priceAdjustment);
    const weight = s.output[j] + s.inventory[j];
    pq += s.price[j] * weight;
    q += weight;
  }
  if (q > 0) s.avgPrice = pq / q;
}

/** Give back to worker households the part of their planned outlay that found no goods, exactly. */
function refundWorkers(s: RefusalState, plan: number, got: number): void {
  const q = got / plan;
  let cum = 0;
  let prev = 0;
  const { spend, money } = s;
  for (let i = 0; i < s.n; i++) {
    const c = spend[i];
    if (c <= 0) continue;
    cum += c;
    const r = cum === plan ? got : Math.round(cum * q);
    const actual = r - prev;
    prev = r;
    money[i] += c - actual;
    spend[i] = actual;
  }
}
