import { lendFirm } from "../bank.ts";
import type { Ctx } from "../context.ts";
import { creditRoom, netWorth } from "../mechanisms/finance.ts";
import {
  desiredInvestment,
  expectedDemand,
  keenMultiplier,
  plannedOutput,
} from "../mechanisms/investment.ts";
import { lumpyOrder, makerWorkforce } from "../mechanisms/machines.ts";
import { okishioViable, unitCost } from "../mechanisms/okishio.ts";
import { ADOPT, NONE, SECTOR } from "../state.ts";

/**
 * Phase "plan and invest". Consumption-good firms: expectations, planned output, desired
 * workforce, and a machine order: its size (`desiredInvestment()`, a monthly flow gathered until
 * it is worth an order, `lumpyOrder()`, and added to what is still on order; ¶37: what a maker has
 * not made, its clients wait for), its maker (reviewed at most once a year: the one whose machine gives the lowest unit cost at the firm's wage among its supplier and
 * a few others, Dosi et al. 2010's brochures), its technique and its finance (retained funds first, then loans up to the leverage
 * limit). The maker's technique is adopted only if Okishio-viable at the firm's wage (plus a premium
 * under an automation drive, M4), as the workers' strategy answers it (`adoption`,
 * phases/adoption.ts): adopted as it comes, through a productivity deal where a recognised union
 * sits (M12, capital's offer), or refused by the organised workplace (M9), in which case the maker
 * builds the firm's old model. Machine makers then plan to make their backlog.
 */
export function planAndInvest(ctx: Ctx): void {
  const { s } = ctx;
  for (let j = 0; j < s.nf; j++)
    if (s.active[j] && s.sector[j] === SECTOR.consumption) planConsumptionFirm(ctx, j);
  for (let j = 0; j < s.nf; j++) if (s.active[j] && s.sector[j] === SECTOR.machines) planMaker(ctx, j);
}

function planConsumptionFirm(ctx: Ctx, j: number): void {
  const { s, p } = ctx;
  const P = s.avgPrice;
  const userCost = p.interestRate + p.depreciation;
  const a = s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : s.labA[j];
  const nu = s.capacity[j] > 0 ? s.capital[j] / (12 * s.capacity[j]) : s.labNu[j];
  // Expectations learn from sales only when the firm had goods on the market.
  if (s.sales[j] > 0 || s.inventory[j] > 0)
    s.expDemand[j] = expectedDemand(s.expDemand[j], s.sales[j], p.demandAdaptation);
  const yp = plannedOutput(
    s.expDemand[j],
    s.inventory[j],
    p.inventoryTarget,
    p.inventoryAdjustment,
    s.capacity[j],
  );
  s.plannedOutput[j] = yp;
  const eff = p.livingLabour ? Math.max(0.05, s.meanEffort[j] * (1 - s.supervision[j])) : 1;
  s.desiredWorkforce[j] = Math.ceil(yp / (a * eff) - 1e-9);
  const automating = s.automate[j] > 0;
  if (automating) s.automate[j]--;

  // Investment order.
  const kappa = keenMultiplier(
    s.profitRate[j],
    p.normalProfitRate,
    p.investmentProfitSensitivity,
    p.investmentMaxMultiplier,
  );
  const ue = s.capacity[j] > 0 ? s.expDemand[j] / s.capacity[j] : 1;
  let real = desiredInvestment(
    s.capital[j],
    ue,
    p.utilisationTarget,
    p.depreciation,
    p.investmentAdjustment,
    kappa,
  );
  // A new firm buys the capital its expected demand needs at once.
  if (s.capital[j] <= 0) real = (12 * s.labNu[j] * s.expDemand[j]) / p.utilisationTarget;
  // Lumpy investment (`lumpyOrder()`): the month's desired investment waits until what has
  // accumulated is worth an order.
  const plan = s.investPlan[j] + Math.max(0, real);
  if (!lumpyOrder(plan, s.capital[j], p.investmentLumpiness)) {
    s.investPlan[j] = plan;
    return;
  }
  s.investPlan[j] = 0;
  real = plan;
  const wage = s.workforce[j] > 0 ? s.wageSum[j] / s.workforce[j] : s.postedWage[j];
  // A client reviews its maker at most once a year (and whenever it has none).
  const current = s.supplier[j];
  const review = current === NONE || !s.active[current] || s.month - s.reviewed[j] >= 12;
  const k = review ? chooseMaker(ctx, j, wage, userCost) : current;
  if (k === NONE) return;
  if (review) s.reviewed[j] = s.month;
  // Machines still on order from another maker move with the firm (paid on delivery, nothing is lost).
  let carried = 0;
  if (current !== k && current !== NONE && s.orderQty[j] > 0) {
    carried = s.orderQty[j];
    s.backlog[current] = Math.max(0, s.backlog[current] - carried);
  }
  s.supplier[j] = k;
  const pk = s.price[k];
  // Technique of the new machines.
  const judgedWage = automating ? wage * (1 + p.automationPremium) : wage;
  let adopt: number = ADOPT.own;
  if (s.capacity[j] <= 0) adopt = ADOPT.frontier;
  else if (s.labA[k] > a * (1 + 1e-12) || s.labNu[k] < nu * (1 - 1e-12)) {
    if (okishioViable(judgedWage, a, nu, s.labA[k], s.labNu[k], pk, userCost)) {
      s.adoptionAttempts++;
      // A new technique on offer since the last deal at this firm: capital makes an offer (M12).
      const newOffer = s.labA[k] > s.lastOffer[j];
      adopt = ctx.strategy.adoption(ctx, j, newOffer);
      if (newOffer) s.lastOffer[j] = s.labA[k];
    }
  }
  if (automating && adopt) {
    // M4: an automation drive scraps a twelfth of its share of the capital each month and
    // replaces it (only when the maker's technique is adopted: a refused workplace blocks the drive).
    const z = p.automationShare / 12;
    const scrapped = z * s.capital[j];
    s.capital[j] -= scrapped;
    s.capacity[j] *= 1 - z;
    s.labourReq[j] *= 1 - z;
    s.scrapped += scrapped;
    real += scrapped;
  }
  s.adopt[j] = adopt;
  // The whole order outstanding takes this month's terms: price and technique.
  if (s.orderQty[j] > 0) setTerms(s, j, pk, adopt ? s.labA[k] : a, adopt ? s.labNu[k] : nu);
  s.backlog[k] += carried;
  if (!(real > 0)) return;
  // Finance: own funds beyond a month of wages, then loans as far as the firm's net worth
  // allows (credit rationing, `creditRoom()`). The machines are paid on delivery.
  let budget = Math.round(real * pk);
  const own = Math.max(0, Math.floor(s.deposits[j] - s.wageSum[j]));
  if (budget > own) {
    const nw = netWorth(s.deposits[j], s.loans[j], P * (s.capital[j] + s.inventory[j]));
    const room = creditRoom(nw, s.loans[j], p.leverageLimit);
    const borrow = Math.min(budget - own, room);
    lendFirm(s, j, borrow);
    budget = own + Math.max(0, borrow);
  }
  const q = Math.max(0, Math.min(budget, s.deposits[j])) / pk;
  if (!(q > 0)) return;
  s.orderQty[j] += q;
  setTerms(s, j, pk, adopt ? s.labA[k] : a, adopt ? s.labNu[k] : nu);
  s.backlog[k] += q;
}

function setTerms(s: Ctx["s"], j: number, price: number, a: number, nu: number): void {
  s.orderPrice[j] = price;
  s.orderA[j] = a;
  s.orderNu[j] = nu;
}

/**
 * The maker firm j orders from: of its current supplier and `brochures` makers drawn at random,
 * the one whose machine gives the lowest unit cost at the firm's wage, w / a* + (r + delta) 12 nu* p_K
 * (`unitCost()`). NONE when no maker is active.
 */
function chooseMaker(ctx: Ctx, j: number, wage: number, userCost: number): number {
  const { s, p, rng } = ctx;
  let best = NONE;
  let bestCost = Number.POSITIVE_INFINITY;
  // Candidate c = -1 is the current supplier, 0 .. brochures - 1 the makers drawn; then, with no
  // maker found, every maker in turn.
  const drawn = p.brochures;
  for (let c = -1; c < drawn + s.makers; c++) {
    if (c === drawn && best !== NONE) break;
    const k = c < 0 ? s.supplier[j] : c < drawn ? rng.machines.int(s.makers) : c - drawn;
    if (k === NONE || !s.active[k] || s.sector[k] !== SECTOR.machines) continue;
    const cost = unitCost(wage, s.labA[k], s.labNu[k], s.price[k], userCost);
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
    }
  }
  return best;
}

/**
 * A machine maker plans to make a 1 / L share of its backlog this month, L the delivery time
 * (`makerWorkforce()`): it hires for it as far as it can pay the wages; its researchers (`lab`,
 * phase innovate) are a share of that workforce.
 */
function planMaker(ctx: Ctx, j: number): void {
  const { s, p } = ctx;
  // Orders are worked off over the delivery time: a maker plans a 1 / L share of its backlog a month.
  s.plannedOutput[j] = s.backlog[j] / p.deliveryMonths;
  const onLine = Math.max(0.05, 1 - s.supervision[j] - s.lab[j]);
  const eff = p.livingLabour ? Math.max(0.05, s.meanEffort[j] * onLine) : onLine;
  const wage = s.workforce[j] > 0 ? s.wageSum[j] / s.workforce[j] : s.postedWage[j];
  const nw = netWorth(s.deposits[j], s.loans[j], 0);
  const funds = Math.max(0, s.deposits[j]) + Math.max(0, creditRoom(nw, s.loans[j], p.leverageLimit));
  const n = makerWorkforce(s.plannedOutput[j], s.labB[j], eff, funds, wage);
  // The laboratory stays when the order book is empty: at least its researchers are kept.
  s.desiredWorkforce[j] = Math.max(n, Math.round(s.lab[j] * s.workforce[j]));
}
