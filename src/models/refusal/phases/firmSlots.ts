import { book, C, R } from "../accounts.ts";
import { repayFirm, writeOffFirm } from "../bank.ts";
import type { Ctx } from "../context.ts";
import { median5 } from "../mechanisms/innovation.ts";
import { machinePrice } from "../mechanisms/machines.ts";
import { resetBy, resetRow } from "../state/columns.ts";
import { FIRM } from "../state/firms.ts";
import { NONE, type RefusalState, SECTOR } from "../state.ts";
import { endStrike, separate } from "../workforce.ts";
import { openShop } from "./customers.ts";

/**
 * Firm slots, ¶17: a firm that fails leaves its slot to its owner, the capitalist household of the
 * same index, who may found a firm there again (as in Wright 2005, firms are founded by
 * households). Part of the phase "finance, entry and exit". Which columns a slot clears when its
 * firm exits, and which a new firm starts from their initial value, is declared with the columns
 * (`state/firms.ts`); the rest of a new firm's start is set here.
 */

const CLEARED_AT_EXIT = resetBy(FIRM, "exit");
/** A firm that exits before this age (months) counts as an entrant that failed (`youngExits`). */
export const YOUNG_MONTHS = 24;
const RESET_AT_ENTRY = resetBy(FIRM, "entry");

/** Firm j goes out of business: workers dismissed, deposits repay the loan, the rest is written off or returned to the owner, capital scrapped. */
export function exitFirm(s: RefusalState, j: number): void {
  cancelOrders(s, j);
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
  if (s.month - s.born[j] < YOUNG_MONTHS) s.youngExits++;
  resetRow(s, FIRM, CLEARED_AT_EXIT, j);
  s.bankruptcies++;
}

/**
 * The orders firm j's exit cancels: a consumption-good firm's outstanding order leaves its maker's
 * backlog; a maker's clients lose their orders (paid on delivery, so no money changes hands).
 */
function cancelOrders(s: RefusalState, j: number): void {
  if (s.sector[j] === SECTOR.consumption) {
    const k = s.supplier[j];
    if (k !== NONE && s.orderQty[j] > 0) s.backlog[k] = Math.max(0, s.backlog[k] - s.orderQty[j]);
    return;
  }
  for (let c = s.makers; c < s.nf; c++)
    if (s.supplier[c] === j) {
      s.supplier[c] = NONE;
      s.orderQty[c] = 0;
    }
}

/** The machine makers' designs, mean weighted by market share: [a*, nu*, b]. */
export function industryTechnique(s: RefusalState): [a: number, nu: number, b: number] {
  let w = 0;
  let a = 0;
  let nu = 0;
  let b = 0;
  for (let j = 0; j < s.makers; j++) {
    if (!s.active[j]) continue;
    const c = s.share12[j] + 1e-9;
    w += c;
    a += c * s.labA[j];
    nu += c * s.labNu[j];
    b += c * s.labB[j];
  }
  return w > 0 ? [a / w, nu / w, b / w] : [s.frontierA, s.frontierNu, s.frontierA];
}

/** Capitalist household k founds a firm in its slot with equity `equity`. */
export function enterFirm(ctx: Ctx, k: number, equity: number): void {
  const { s, p, rng } = ctx;
  s.capMoney[k] -= equity;
  s.deposits[k] += equity;
  book(s.tfm, R.equity, C.capitalists, C.firmsCapital, equity);
  resetRow(s, FIRM, RESET_AT_ENTRY, k);
  s.active[k] = 1;
  s.owner[k] = k;
  s.price[k] = s.avgPrice;
  s.markup[k] = p.markup;
  s.postedWage[k] = s.meanWage;
  // The entrant's technique is drawn near the industry's (Dosi et al. 2010: entrants copy a
  // technique around the incumbents' mean): the mean laboratory scaled by a Beta(3, 3) draw.
  const [a, nu, bK] = industryTechnique(s);
  const r = rng.entry;
  const m = 1 + p.entrySpread * (2 * median5(r.float(), r.float(), r.float(), r.float(), r.float()) - 1);
  s.labA[k] = a * m;
  s.labNu[k] = nu;
  s.labB[k] = bK * m;
  s.born[k] = s.month;
  const maker = s.sector[k] === SECTOR.machines;
  let active = 1;
  for (let j = maker ? 0 : s.makers; j < (maker ? s.makers : s.nf); j++) if (j !== k) active += s.active[j];
  s.share12[k] = 1 / active;
  if (maker) {
    s.markup[k] = p.machineMarkup;
    s.price[k] = machinePrice(p.machineMarkup, s.meanWage, s.labB[k], 1);
  } else openShop(ctx, k);
  // Expected demand such that the equity, less a month of wages, buys the capital it needs.
  const P = s.avgPrice;
  s.expDemand[k] = ((0.8 * equity) / P) * (p.utilisationTarget / (12 * s.labNu[k]));
  s.profitRate[k] = p.normalProfitRate;
  s.lastOffer[k] = s.labA[k];
  s.contractMonth[k] = rng.entry.int(12);
  s.entries++;
}
