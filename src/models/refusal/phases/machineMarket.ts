import { book, C, R } from "../accounts.ts";
import { install } from "../capital.ts";
import type { Ctx } from "../context.ts";
import { productivityDealRaise } from "../mechanisms/bargaining.ts";
import { ewma } from "../mechanisms/finance.ts";
import { deliveredShare, machinePrice } from "../mechanisms/machines.ts";
import { ADOPT, NONE } from "../state.ts";

/** An order smaller than this share of its first size is done. */
const DONE = 1e-9;

/**
 * Phase "machine market" (issue 13 item 1; Dosi, Fagiolo & Roventini 2010): each machine maker
 * delivers to every client the same share of its outstanding order (`deliveredShare()`: what it
 * made this month over its backlog); the client pays on delivery at the order's price out of its
 * deposits, and what it cannot pay for is scrapped; the machines are installed with the order's
 * technique (a productivity deal's raise, M12, follows the gain). ¶37: what a stoppage at a maker
 * did not make stays on order, and its clients wait. Then the makers' market shares and prices
 * (`machinePrice()`, a fixed markup on unit labour cost).
 */
export function machineMarket(ctx: Ctx): void {
  const { s, p } = ctx;
  const share = s.weight;
  const paidTo = s.supplyValue;
  for (let k = 0; k < s.makers; k++) {
    share[k] = s.active[k] ? deliveredShare(s.output[k], s.backlog[k]) : 0;
    paidTo[k] = 0;
  }
  let paid = 0;
  let installed = 0;
  let unpaid = 0;
  for (let j = s.makers; j < s.nf; j++) {
    const k = s.supplier[j];
    if (!s.active[j] || s.orderQty[j] <= 0 || k === NONE) continue;
    const q = s.orderQty[j] * share[k];
    if (!(q > 0)) continue;
    const due = Math.round(q * s.orderPrice[j]);
    const pay = Math.min(due, Math.max(0, Math.floor(s.deposits[j])));
    const got = due > 0 ? (q * pay) / due : q;
    s.deposits[j] -= pay;
    s.deposits[k] += pay;
    paidTo[k] += pay;
    paid += pay;
    if (got > 0) {
      const before = s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : 0;
      install(s, j, got, s.orderA[j], s.orderNu[j]);
      if (s.adopt[j] === ADOPT.deal && before > 0) {
        // the productivity deal: a share of the firm's productivity gain, paid as a raise next month
        const after = s.capacity[j] / s.labourReq[j];
        s.dealRaise[j] += productivityDealRaise(before, after, p.productivityDealShare);
      }
      installed += got;
    }
    unpaid += q - got;
    const left = s.orderQty[j] - q;
    s.orderQty[j] = left > DONE * q ? left : 0;
    const b = s.backlog[k] - q;
    s.backlog[k] = b > DONE * q ? b : 0;
  }
  s.scrapped += unpaid;
  book(s.tfm, R.investment, C.firmsCapital, C.firmsCurrent, paid);
  const f = s.flows;
  f.investment = paid;
  f.investmentReal = paid / s.avgPrice;
  f.machinesInstalled = installed;
  f.machinesUnpaid = unpaid;
  f.salesValue += paid;
  // Makers' sales, market shares and prices.
  for (let k = 0; k < s.makers; k++) {
    if (!s.active[k]) continue;
    s.revenue[k] += paidTo[k];
    s.sales[k] = s.output[k] * share[k];
    if (paid > 0) s.share12[k] = ewma(s.share12[k], paidTo[k] / paid, 1 / 12);
    const n = s.workforce[k];
    const wbar = n > 0 ? s.wageSum[k] / n : s.postedWage[k];
    const onLine = Math.max(0.05, 1 - s.supervision[k] - s.lab[k]);
    const eff = p.livingLabour ? s.meanEffort[k] * onLine : onLine;
    s.price[k] = machinePrice(p.machineMarkup, wbar, s.labB[k], eff);
  }
}
