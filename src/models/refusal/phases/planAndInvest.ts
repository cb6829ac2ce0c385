import { lendFirm } from "../bank.ts";
import type { Ctx } from "../context.ts";
import { creditRoom, netWorth } from "../mechanisms/finance.ts";
import {
  desiredInvestment,
  expectedDemand,
  keenMultiplier,
  plannedOutput,
} from "../mechanisms/investment.ts";
import { okishioViable } from "../mechanisms/okishio.ts";
import { ADOPT } from "../state.ts";

/**
 * Phase "plan and invest" for every active firm: expectations, planned output, desired workforce,
 * investment order and its finance (retained funds first, then loans up to the leverage limit),
 * and the technique the new capital will embody: its laboratory's (phase innovate) if Okishio-viable at the firm's
 * wage (plus a premium under an automation drive, M4), as the workers' strategy answers it
 * (`adoption`, phases/adoption.ts): adopted as it comes, through a productivity deal where a
 * recognised union sits (M12, capital's offer), or refused by the organised workplace (M9).
 */
export function planAndInvest(ctx: Ctx): void {
  const { s, p, strategy } = ctx;
  const P = s.avgPrice;
  const userCost = p.interestRate + p.depreciation;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
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
    // The laboratory's researchers are hired on top of those on the line.
    s.desiredWorkforce[j] = Math.ceil(yp / (a * eff * (1 - s.lab[j])) - 1e-9);

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
    // Technique of the new capital.
    const wage = s.workforce[j] > 0 ? s.wageSum[j] / s.workforce[j] : s.postedWage[j];
    const automating = s.automate[j] > 0;
    const judgedWage = automating ? wage * (1 + p.automationPremium) : wage;
    let adopt: number = ADOPT.own;
    if (s.labA[j] > a * (1 + 1e-12) || s.labNu[j] < nu * (1 - 1e-12)) {
      if (okishioViable(judgedWage, a, nu, s.labA[j], s.labNu[j], P, userCost)) {
        s.adoptionAttempts++;
        // A new technique on offer since the last deal at this firm: capital makes an offer (M12).
        const newOffer = s.labA[j] > s.lastOffer[j];
        adopt = strategy.adoption(ctx, j, newOffer);
        if (newOffer) s.lastOffer[j] = s.labA[j];
      }
    }
    if (automating) {
      // M4: an automation drive scraps a twelfth of its share of the capital each month and
      // replaces it (only when the frontier is adopted: a refused workplace blocks the drive).
      if (adopt) {
        const z = p.automationShare / 12;
        const scrapped = z * s.capital[j];
        s.capital[j] -= scrapped;
        s.capacity[j] *= 1 - z;
        s.labourReq[j] *= 1 - z;
        s.scrapped += scrapped;
        real += scrapped;
      }
      s.automate[j]--;
    }
    s.adopt[j] = adopt;
    // Finance: own funds beyond a month of wages, then loans as far as the firm's net worth
    // allows (credit rationing, `creditRoom()`).
    let budget = Math.round(real * P);
    const own = Math.max(0, Math.floor(s.deposits[j] - s.wageSum[j]));
    if (budget > own) {
      const nw = netWorth(s.deposits[j], s.loans[j], P * (s.capital[j] + s.inventory[j]));
      const room = creditRoom(nw, s.loans[j], p.leverageLimit);
      const borrow = Math.min(budget - own, room);
      lendFirm(s, j, borrow);
      budget = own + Math.max(0, borrow);
    }
    // The order is paid in the goods market; until then the money stays in the firm's deposits.
    s.investBudget[j] = Math.max(0, Math.min(budget, s.deposits[j]));
  }
}
